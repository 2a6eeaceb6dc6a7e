// GUI tests of the insight area, offscreen: data sets, import (mapping, cancel), the
// dashboard's charts against the engine, scenarios (run, store, stale), map overlays,
// responsiveness during long jobs and a render check.

#include "fakeappcontext.h"
#include "fixtures.h"

#include "app/insight/backgroundjob.h"
#include "app/insight/chartpanel.h"
#include "app/insight/dashboardwidget.h"
#include "app/insight/errorbaritem.h"
#include "app/insight/feedbackcontroller.h"
#include "app/insight/feedbackpanel.h"
#include "app/insight/feedbackscoresview.h"
#include "app/insight/datasetsdock.h"
#include "app/insight/importmappingdialog.h"
#include "app/insight/insightprompts.h"
#include "app/insight/insightsession.h"
#include "app/insight/insighttools.h"
#include "app/insight/kpibulletview.h"
#include "app/insight/kpitrendview.h"
#include "app/insight/mapoverlaycontroller.h"
#include "app/insight/sankeyview.h"
#include "app/insight/scenariocompareview.h"
#include "app/insight/scenariopanel.h"
#include "document/document.h"
#include "document/insight/insightcommands.h"
#include "document/insight/mapoverlays.h"
#include "format/projectfile.h"
#include "model/lookup.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace omnimap;
using namespace omnimap::insight;

namespace {

/// Answers every question without a dialog: the paths the test chose, and "accept"
/// for the mapping dialog after recording what it guessed.
class ScriptedPrompts final : public InsightPrompts
{
public:
    QString dataSet;
    QString csv;
    QHash<QString, QString> guessed;
    QString openDataSetPath(QWidget *) override { return dataSet; }
    QString newDataSetPath(QWidget *) override { return dataSet; }
    QString csvPath(QWidget *) override { return csv; }
    qint64 sampleEventCount = 5000;
    qint64 sampleEvents(QWidget *) override { return sampleEventCount; }
    bool exec(QDialog *dialog) override
    {
        if (auto *mapping = qobject_cast<ImportMappingDialog *>(dialog))
            guessed = mapping->mapping();
        return true;
    }
};

/// Ticks every 10 ms and records the longest gap: the event loop's worst stall.
class StallMeter
{
public:
    /// The longest stall a user would not notice: 100 ms. Under ASan + UBSan the GUI
    /// thread's own work takes several times longer, so the budget scales like the
    /// sanitizer builds' test timeouts (4×): the test is about work kept off that thread.
    static constexpr qint64 budgetMs()
    {
#if defined(__SANITIZE_ADDRESS__)
        return 400;
#else
        return 100;
#endif
    }

    StallMeter()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.elapsed();
            m_maxGap = std::max(m_maxGap, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 maxGap() const { return m_maxGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
};

QList<double> setValues(QChartView *view, int set)
{
    QList<double> values;
    const QList<QAbstractSeries *> series = view->chart()->series();
    if (series.isEmpty())
        return values;
    auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
    if (!bars || set >= bars->count())
        return values;
    QBarSet *s = bars->barSets().at(set);
    for (int i = 0; i < s->count(); ++i)
        values.append(s->at(i));
    return values;
}

bool waitForJob(BackgroundJob *job, int timeoutMs = 30000)
{
    return QTest::qWaitFor([job] { return !job->isRunning(); }, timeoutMs);
}

} // namespace

class TestInsight final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void mappingDialogGuessesColumns();
    void importThroughMappingDialog();
    void cancelledImportLeavesDataSetUnchanged();
    void summaryAddsMissingChannelsUndoably();
    void dashboardChartsHoldEngineNumbers();
    void attributionModelSelector();
    void attributionErrorBarsAndOrderChoice();
    void scenarioRunStoresResultAndCompares();
    void scenarioEditsAreUndoable();
    void unreachedTrailingStagesGetNoHeat();
    void staleResultAfterDataSetChanges();
    void overlaysFromSimulation();
    void dashboardRendersNotBlank();
    void feedbackOnMapPanelAndPainPoint();
    void dashboardNpsAndCsatPerStageAndChannel();
    void documentationScreenshots();
    void dashboardKpiTrends();

private:
    /// Opens a fresh data set and imports `customers` customers through the GUI path.
    void importCustomers(int customers);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeAppContext> m_context;
    ScriptedPrompts *m_prompts = nullptr;
    InsightTools *m_tools = nullptr;
};

void TestInsight::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_context = std::make_unique<test::FakeAppContext>(test::cafeProject());
    auto prompts = std::make_unique<ScriptedPrompts>();
    m_prompts = prompts.get();
    m_prompts->dataSet = m_dir->filePath(QStringLiteral("cafe.sqlite"));
    m_prompts->csv = m_dir->filePath(QStringLiteral("events.csv"));
    m_tools = insight::installInsightTools(*m_context, std::move(prompts));
    m_context->window()->resize(1500, 1000);
}

void TestInsight::cleanup()
{
    m_context.reset();
    m_tools = nullptr;
    m_dir.reset();
}

void TestInsight::importCustomers(int customers)
{
    QVERIFY(test::writeEventsCsv(m_prompts->csv, customers) > 0);
    InsightSession &session = m_tools->session();
    if (session.dataSetPath().isEmpty()) {
        m_tools->newDataSet();
        QVERIFY(QTest::qWaitFor([&] { return session.hasDataSet(); }, 10000));
    }
    QSignalSpy finished(&session, &InsightSession::dataJobFinished);
    QSignalSpy changed(&session, &InsightSession::dataSetChanged);
    m_tools->importCsv();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(changed.count() > 0 || changed.wait(10000));
}

void TestInsight::mappingDialogGuessesColumns()
{
    QVERIFY(test::writeEventsCsv(m_prompts->csv, 20) > 0);
    ImportMappingDialog dialog(m_prompts->csv);
    QVERIFY(dialog.isValid());
    QCOMPARE(dialog.preview().header.size(), 7);
    QVERIFY(dialog.preview().rows.size() > 10);
    const QHash<QString, QString> m = dialog.mapping();
    QCOMPARE(m.value(QStringLiteral("customer")), QStringLiteral("user_id"));
    QCOMPARE(m.value(QStringLiteral("ts")), QStringLiteral("timestamp"));
    QCOMPARE(m.value(QStringLiteral("channel")), QStringLiteral("Source"));
    QCOMPARE(m.value(QStringLiteral("event_type")), QStringLiteral("event"));
    QCOMPARE(m.value(QStringLiteral("revenue")), QStringLiteral("amount"));
    QCOMPARE(m.value(QStringLiteral("region")), QStringLiteral("region"));
    QVERIFY(dialog.problem().isEmpty());
    // Without a customer column the dialog refuses to import, naming the field.
    dialog.setColumn(QStringLiteral("customer"), QString());
    QVERIFY(dialog.problem().contains(QStringLiteral("Customer")));
    // One column for two fields is refused too.
    dialog.setColumn(QStringLiteral("customer"), QStringLiteral("event"));
    QVERIFY(dialog.problem().contains(QStringLiteral("event")));
}

void TestInsight::importThroughMappingDialog()
{
    importCustomers(300);
    InsightSession &session = m_tools->session();
    QCOMPARE(m_prompts->guessed.value(QStringLiteral("channel")), QStringLiteral("Source"));
    QCOMPARE(session.info().customers, 300);
    QCOMPARE(session.info().events, session.lastImport().rowsImported);
    QVERIFY(session.info().channels.contains(QStringLiteral("kakao")));
    QCOMPARE(session.info().first.date(), QDate(2024, 3, 1));
    // The data set is remembered in the project, undoably, with its fingerprint.
    Document *doc = m_context->document();
    QCOMPARE(doc->project().dataSets.size(), 1);
    QCOMPARE(doc->project().dataSets.first().fingerprint, session.info().fingerprint);
    QVERIFY(doc->project().dataSets.first().path.endsWith(QStringLiteral("cafe.sqlite")));
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QVERIFY(doc->project().dataSets.isEmpty());
}

void TestInsight::cancelledImportLeavesDataSetUnchanged()
{
    importCustomers(200);
    InsightSession &session = m_tools->session();
    const qint64 eventsBefore = session.info().events;
    const QString fingerprintBefore = session.info().fingerprint;
    // A file big enough that the import is still running when the cancel arrives.
    QVERIFY(test::writeEventsCsv(m_prompts->csv, 150000, 11) > 300000);
    StallMeter meter;
    QSignalSpy finished(&session, &InsightSession::dataJobFinished);
    BackgroundJob *job = nullptr;
    QMetaObject::Connection started = connect(&session, &InsightSession::dataJobStarted, this, [&](BackgroundJob *j) { job = j; });
    m_tools->importCsv();
    disconnect(started);
    QVERIFY(job);
    QSignalSpy progress(job, &BackgroundJob::progress);
    QVERIFY(progress.wait(20000)); // midway: some rows are in the open transaction
    job->cancel();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(session.lastImport().cancelled);
    QVERIFY(QTest::qWaitFor([&] { return !session.isInfoLoading(); }, 10000));
    const DataSetInfo after = readDataSetInfo(session.dataSetPath());
    QCOMPARE(after.events, eventsBefore);
    QCOMPARE(after.fingerprint, fingerprintBefore);
    QVERIFY2(meter.maxGap() < StallMeter::budgetMs(),
             qPrintable(QStringLiteral("event loop stalled %1 ms").arg(meter.maxGap())));
}

void TestInsight::summaryAddsMissingChannelsUndoably()
{
    importCustomers(200);
    DataSetsDock *dock = m_tools->dock();
    QCOMPARE(dock->channelsMissingInPlan(), QStringList{QStringLiteral("kakao")});
    QCOMPARE(dock->channelsWithoutData(), QStringList{});
    Document *doc = m_context->document();
    const qsizetype channels = doc->project().channels.size();
    dock->addMissingChannels();
    QCOMPARE(doc->project().channels.size(), channels + 1);
    const Channel &kakao = doc->project().channels.last();
    QCOMPARE(kakao.name, QStringLiteral("kakao"));
    QCOMPARE(kakao.kind, ChannelKind::Kakao);
    QVERIFY(doc->project().journeys.first().channelIds.contains(kakao.id));
    QVERIFY(dock->channelsMissingInPlan().isEmpty());
    doc->undoStack()->undo();
    QCOMPARE(doc->project().channels.size(), channels);
    QCOMPARE(doc->project().journeys.first().channelIds.size(), 4);
    QCOMPARE(dock->channelsMissingInPlan(), QStringList{QStringLiteral("kakao")});
}

void TestInsight::dashboardChartsHoldEngineNumbers()
{
    importCustomers(400);
    DashboardWidget *dash = m_tools->dashboard();
    QSignalSpy computed(dash, &DashboardWidget::computed);
    dash->refresh();
    QVERIFY(computed.wait(20000));
    // The engine's own numbers for the same query.
    const DashboardData expected = computeDashboard(m_context->document()->project(), dash->query(), nullptr);
    QVERIFY(expected.ok);
    QCOMPARE(dash->data().summary.journeys, expected.summary.journeys);

    // Funnel: first stage on top, so the series runs last stage → first.
    QList<double> reached;
    for (auto it = expected.funnel.rbegin(); it != expected.funnel.rend(); ++it)
        reached.append(double(it->customers));
    QCOMPARE(setValues(dash->funnelView(), 0), reached);
    QCOMPARE(expected.funnel.front().stage, QStringLiteral("awareness"));
    QCOMPARE(expected.funnel.front().customers, 400);

    // Attribution: one bar set per chosen model, channel values from the engine.
    const auto *bars = qobject_cast<QAbstractBarSeries *>(dash->attributionView()->chart()->series().first());
    QCOMPARE(bars->count(), dash->attributionModels().size());
    const sim::AttributionResult &linear = expected.attribution[std::size_t(sim::AttributionModel::Linear)];
    QBarSet *linearSet = nullptr;
    for (QBarSet *s : bars->barSets()) {
        if (s->objectName() == QStringLiteral("linear"))
            linearSet = s;
    }
    QVERIFY(linearSet);
    double total = 0.0;
    for (int i = 0; i < linearSet->count(); ++i)
        total += linearSet->at(i);
    QVERIFY(total > 0.0);
    QCOMPARE(qRound(total * 1000), qRound(linear.totalConversions * 1000));

    // Time to convert: the histogram's bins.
    QList<double> bins;
    for (const sim::TimeToConvert::Bin &b : expected.timeToConvert.bins)
        bins.append(double(b.count));
    QCOMPARE(setValues(dash->timeView(), 0), bins);

    // Channel flow: every move of the matrix is drawn.
    double moves = 0.0;
    const int n = expected.transitions.size;
    for (int f = 0; f < n - 2; ++f) {
        for (int t = 1; t < n; ++t)
            moves += expected.transitions.count(f, t);
    }
    QVERIFY(moves > 0.0);
    QCOMPARE(dash->flowView()->drawnTotal(), moves);

    // Top paths and KPIs.
    QCOMPARE(dash->pathsTable()->rowCount(), int(expected.topPaths.size()));
    QCOMPARE(dash->pathsTable()->item(0, 0)->text(), expected.topPaths.front().label);
    const QList<KpiBulletView::Row> &rows = dash->kpiView()->rows();
    QCOMPARE(rows.size(), 2);
    for (const sim::KpiValue &k : expected.kpis) {
        if (k.kpiId == QStringLiteral("kpi-conv")) {
            QVERIFY(k.measured);
            QVERIFY(rows.first().actual);
            QCOMPARE(*rows.first().actual, k.value);
            QCOMPARE(rows.first().status, kpiStatus(m_context->document()->project().kpis.first(), k.value));
        }
    }
    // Persona filter: fewer journeys for Seoul only.
    dash->setPersona(QStringLiteral("pe-seoul"));
    QVERIFY(computed.wait(20000));
    QVERIFY(dash->data().summary.journeys < expected.summary.journeys);
    QVERIFY(dash->data().summary.journeys > 0);
}

void TestInsight::attributionModelSelector()
{
    importCustomers(200);
    DashboardWidget *dash = m_tools->dashboard();
    QSignalSpy computed(dash, &DashboardWidget::computed);
    dash->refresh();
    QVERIFY(computed.wait(20000));
    dash->setAttributionModels({sim::AttributionModel::FirstTouch, sim::AttributionModel::Markov});
    const auto *bars = qobject_cast<QAbstractBarSeries *>(dash->attributionView()->chart()->series().first());
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets().at(1)->objectName(), QStringLiteral("markov"));
    const sim::AttributionResult &first = dash->data().attribution.front();
    QCOMPARE(bars->barSets().at(0)->at(0), first.channels.front().conversions);
}

void TestInsight::attributionErrorBarsAndOrderChoice()
{
    importCustomers(400);
    DashboardWidget *dash = m_tools->dashboard();
    QSignalSpy computed(dash, &DashboardWidget::computed);
    dash->refresh();
    QVERIFY(computed.wait(20000));
    dash->attributionView()->resize(640, 360);
    QChart *chart = dash->attributionView()->chart();
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    // Every shown bar has a whisker from the engine's interval, around the bar's value.
    const ErrorBarItem *errors = errorBarsOf(chart);
    QVERIFY(errors);
    int expectedBars = 0;
    for (const sim::AttributionResult &r : dash->data().attribution) {
        QCOMPARE(r.bootstrap, 200);
        if (dash->attributionModels().contains(r.model))
            expectedBars += int(r.channels.size());
    }
    QCOMPARE(int(errors->bars().size()), expectedBars);
    const QList<QLineF> whiskers = errors->whiskers();
    for (qsizetype i = 0; i < errors->bars().size(); ++i) {
        const ErrorBarItem::Bar &bar = errors->bars().at(i);
        QBarSet *set = series->barSets().at(bar.set);
        sim::AttributionModel model {};
        QVERIFY(sim::attributionModelFromName(set->objectName(), model));
        const sim::ChannelCredit &credit = dash->data().attribution[std::size_t(model)].channels[std::size_t(bar.category)];
        QCOMPARE(bar.low, credit.conversionsLow);
        QCOMPARE(bar.high, credit.conversionsHigh);
        QVERIFY(bar.low <= set->at(bar.category) + 1e-9 && set->at(bar.category) <= bar.high + 1e-9);
        // Drawn where the values are: the whisker's ends map back to low and high.
        const double span = chart->mapToValue(chart->plotArea().topLeft(), series).y();
        QVERIFY(std::fabs(chart->mapToValue(whiskers.at(i).p1(), series).y() - bar.low) < 1e-6 * span);
        QVERIFY(std::fabs(chart->mapToValue(whiskers.at(i).p2(), series).y() - bar.high) < 1e-6 * span);
        QVERIFY(std::fabs(chart->mapToValue(whiskers.at(i).p1(), series).x() - bar.category) < 0.5);
    }
    // The PDF report gets the same results.
    QVERIFY(m_context->attribution());
    QCOMPARE(m_context->attribution()->size(), dash->data().attribution.size());

    // Through the card's Markov menu: order chosen by cross-validation.
    auto *button = dash->findChild<QToolButton *>(QStringLiteral("markovOptions"));
    QVERIFY(button && button->menu());
    const QList<QAction *> actions = button->menu()->actions();
    actions.at(4)->trigger();
    QCOMPARE(dash->markovOrder(), 0);
    QVERIFY(computed.wait(20000));
    const sim::AttributionResult &markov = dash->data().attribution[std::size_t(sim::AttributionModel::Markov)];
    QVERIFY(markov.orderChoice.ok);
    double best = -1e300;
    int bestOrder = 0;
    for (const sim::OrderScore &score : markov.orderChoice.scores) {
        if (score.logLikelihood > best) {
            best = score.logLikelihood;
            bestOrder = score.order;
        }
    }
    QCOMPARE(markov.markovOrder, bestOrder);
    const QString subtitle = dash->attributionSubtitle();
    QVERIFY2(subtitle.contains(QStringLiteral("Markov order %1, chosen by 5-fold cross-validation").arg(bestOrder)), qPrintable(subtitle));
    QVERIFY(subtitle.contains(QStringLiteral("200 bootstrap replicates")));
    auto *note = dash->findChild<QLabel *>(QStringLiteral("attributionNote"));
    QVERIFY(note && note->isVisibleTo(dash));
    QCOMPARE(note->text(), subtitle);
    // The older variant, as a check box of the same menu.
    QAction *collapse = actions.last();
    QVERIFY(collapse->isCheckable());
    collapse->trigger();
    QVERIFY(dash->collapseRepeats());
    QVERIFY(computed.wait(20000));
    QVERIFY(dash->data().attribution[std::size_t(sim::AttributionModel::Markov)].collapseRepeats);
    QVERIFY(dash->attributionSubtitle().contains(QStringLiteral("repeated touches counted once")));
}

void TestInsight::scenarioRunStoresResultAndCompares()
{
    importCustomers(400);
    ScenarioPanel *panel = m_tools->scenarios();
    Document *doc = m_context->document();
    const Id id = panel->addScenario(QStringLiteral("광고 예산 20% → 카카오"));
    QCOMPARE(panel->currentScenarioId(), id);
    ScenarioModifier shift;
    shift.kind = ModifierKind::ScaleConversion;
    shift.channelId = QStringLiteral("ch-app");
    shift.value = 1.5;
    doc->undoStack()->push(setScenarioModifiersCommand(doc, id, {shift}, QStringLiteral("test")));
    QTRY_COMPARE(panel->modifierTable()->rowCount(), 1);
    panel->setCustomers(20000);

    StallMeter meter;
    QVERIFY(panel->run());
    QVERIFY(!panel->run()); // one run at a time
    // The user keeps editing while it runs.
    doc->undoStack()->push(setScenarioNameCommand(doc, id, QStringLiteral("Kakao shift")));
    QVERIFY(waitForJob(panel->job()));
    QVERIFY2(meter.maxGap() < StallMeter::budgetMs(),
             qPrintable(QStringLiteral("event loop stalled %1 ms").arg(meter.maxGap())));

    const Scenario *scenario = findById(doc->project().scenarios, id);
    QVERIFY(scenario);
    QCOMPARE(scenario->name, QStringLiteral("Kakao shift"));
    const ScenarioRecord record = ScenarioRecord::fromJson(scenario->result);
    QVERIFY(!record.isEmpty());
    QCOMPARE(record.fingerprint, m_tools->session().info().fingerprint);
    QCOMPARE(record.scenario.customers, 20000);
    QVERIFY(record.inputs == modifiersToJson({shift}));
    QVERIFY(record.scenario.conversionRate > record.baseline.conversionRate); // converting more after the app helps

    // The comparison shows exactly the stored numbers.
    ScenarioCompareView *view = panel->compareView();
    QVERIFY(view->staleText().isEmpty());
    QTableWidget *table = view->table();
    QCOMPARE(table->item(0, 1)->text(), QLocale().toString(100.0 * record.baseline.conversionRate, 'f', 2) + QStringLiteral(" %"));
    QCOMPARE(table->item(0, 2)->text(), QLocale().toString(100.0 * record.scenario.conversionRate, 'f', 2) + QStringLiteral(" %"));
    QVERIFY(table->item(0, 3)->text().startsWith(QStringLiteral("▲")));
    QList<double> reach;
    for (double r : record.scenario.stageReach)
        reach.append(100.0 * r);
    QCOMPARE(setValues(view->reachView(), 1), reach);

    // Storing the result is one undo step.
    doc->undoStack()->undo();
    QVERIFY(ScenarioRecord::fromJson(findById(doc->project().scenarios, id)->result).isEmpty());
    doc->undoStack()->redo();
    QVERIFY(!ScenarioRecord::fromJson(findById(doc->project().scenarios, id)->result).isEmpty());

    // Editing the inputs afterwards marks the result as not matching them.
    shift.value = 2.0;
    doc->undoStack()->push(setScenarioModifiersCommand(doc, id, {shift}, QStringLiteral("test")));
    QVERIFY(!view->staleText().isEmpty());
}

void TestInsight::scenarioEditsAreUndoable()
{
    ScenarioPanel *panel = m_tools->scenarios();
    Document *doc = m_context->document();
    const Id id = panel->addScenario(QStringLiteral("Remove SNS"));
    QCOMPARE(doc->project().scenarios.size(), 1);
    ScenarioModifier m;
    m.kind = ModifierKind::BudgetShift;
    m.channelId = QStringLiteral("ch-sns");
    m.targetChannelId = QStringLiteral("ch-app");
    m.value = 0.2;
    doc->undoStack()->push(setScenarioModifiersCommand(doc, id, {m}, QStringLiteral("test")));
    QTRY_COMPARE(panel->modifierTable()->rowCount(), 1);
    // The value editor shows percent and writes the fraction back through an undo command.
    auto *spin = qobject_cast<QDoubleSpinBox *>(panel->modifierTable()->cellWidget(0, 3));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 20.0);
    spin->setValue(35.0);
    QCOMPARE(findById(doc->project().scenarios, id)->modifiers.first().value, 0.35);
    QTest::qWait(20); // the editor is rebuilt from the model after the edit
    doc->undoStack()->undo();
    QCOMPARE(findById(doc->project().scenarios, id)->modifiers.first().value, 0.2);
    doc->undoStack()->undo();
    QVERIFY(findById(doc->project().scenarios, id)->modifiers.isEmpty());
    doc->undoStack()->undo();
    QVERIFY(doc->project().scenarios.isEmpty());
}

void TestInsight::staleResultAfterDataSetChanges()
{
    importCustomers(300);
    ScenarioPanel *panel = m_tools->scenarios();
    panel->addScenario(QStringLiteral("Baseline check"));
    panel->setCustomers(5000);
    QVERIFY(panel->run());
    QVERIFY(waitForJob(panel->job()));
    QVERIFY(panel->compareView()->staleText().isEmpty());
    const QString before = m_tools->session().info().fingerprint;
    // More customers arrive: the data set's fingerprint changes, the result is stale.
    QVERIFY(test::writeEventsCsv(m_prompts->csv, 50, 3) > 0);
    QSignalSpy finished(&m_tools->session(), &InsightSession::dataJobFinished);
    QSignalSpy changed(&m_tools->session(), &InsightSession::dataSetChanged);
    m_tools->importCsv();
    QVERIFY(finished.wait(20000));
    QVERIFY(changed.count() > 0 || changed.wait(10000));
    QVERIFY(m_tools->session().info().fingerprint != before);
    QVERIFY(panel->compareView()->staleText().contains(QStringLiteral("other data")));
    // Running again clears it.
    QVERIFY(panel->run());
    QVERIFY(waitForJob(panel->job()));
    QVERIFY(panel->compareView()->staleText().isEmpty());
}

void TestInsight::overlaysFromSimulation()
{
    importCustomers(400);
    ScenarioPanel *panel = m_tools->scenarios();
    panel->addScenario(QStringLiteral("As is"));
    panel->setCustomers(10000);
    QVERIFY(panel->run());
    QVERIFY(waitForJob(panel->job()));
    MapOverlayController *controller = m_tools->overlays();
    controller->flowAction()->setChecked(true);
    controller->heatAction()->setChecked(true);
    const MapOverlays &o = controller->overlays();
    // Hand-offs: relative widths with the busiest at 1.
    QCOMPARE(o.handoffVolume.size(), 3);
    double largest = 0.0;
    for (double v : o.handoffVolume) {
        QVERIFY(v >= 0.0 && v <= 1.0);
        largest = std::max(largest, v);
    }
    QCOMPARE(largest, 1.0);
    QVERIFY(o.handoffCustomers.value(QStringLiteral("ho-1")) > 0.0);
    // Stages: drop-off shares, and the KPI badges where KPIs are attached.
    QVERIFY(o.stageDropOff.contains(QStringLiteral("st-purchase")));
    QVERIFY(o.stageDropOff.value(QStringLiteral("st-purchase")) > 0.0);
    QVERIFY(o.stageBadges.contains(QStringLiteral("st-purchase")));
    QVERIFY(o.touchpointBadges.contains(QStringLiteral("tp-order")));
    QCOMPARE(o.stageBadges.value(QStringLiteral("st-consider")).kpiNames, QStringList{QStringLiteral("Menu visits")});
    MapRenderOptions options;
    applyOverlays(o, options);
    QCOMPARE(options.handoffVolume, o.handoffVolume);
    // Switching a layer off empties it.
    controller->flowAction()->setChecked(false);
    QVERIFY(controller->overlays().handoffVolume.isEmpty());
    QVERIFY(!controller->overlays().stageDropOff.isEmpty());
}

void TestInsight::unreachedTrailingStagesGetNoHeat()
{
    // A plan-only run stops at the conversion stage: the stages after it are not
    // "−100 % drop-off", they are simply not simulated.
    Project project;
    Journey journey;
    journey.id = QStringLiteral("j");
    for (const char *name : {"aware", "consider", "buy", "keep", "tell"}) {
        Stage stage;
        stage.id = QStringLiteral("st-") + QLatin1String(name);
        stage.name = QLatin1String(name);
        journey.stages.append(stage);
    }
    project.journeys.append(journey);
    SimulationSummary simulation;
    simulation.stages = {QStringLiteral("aware"), QStringLiteral("consider"), QStringLiteral("buy"), QStringLiteral("keep"),
                         QStringLiteral("tell")};
    simulation.stageReach = {1.0, 0.0, 0.4, 0.0, 0.0};
    simulation.stageDropOff = {0.0, 1.0, 0.0, 1.0, 1.0};
    const MapOverlays o = computeOverlays(project, QStringLiteral("j"), simulation);
    QCOMPARE(o.stageDropOff.value(QStringLiteral("st-consider"), -1.0), 1.0); // a real loss mid-journey stays
    QCOMPARE(o.stageDropOff.value(QStringLiteral("st-buy"), -1.0), 0.0);
    QVERIFY(!o.stageDropOff.contains(QStringLiteral("st-keep")));
    QVERIFY(!o.stageDropOff.contains(QStringLiteral("st-tell")));
    QVERIFY(!o.stageReach.contains(QStringLiteral("st-tell")));
}

void TestInsight::dashboardRendersNotBlank()
{
    importCustomers(300);
    DashboardWidget *dash = m_tools->dashboard();
    m_context->window()->show();
    m_context->showEditorTab(dash);
    QSignalSpy computed(dash, &DashboardWidget::computed);
    dash->refresh();
    QVERIFY(computed.wait(20000));
    QCoreApplication::processEvents();
    const QImage image = dash->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(image.width() > 800 && image.height() > 500);
    // Not blank: many distinct colours and a fair share of non-background pixels.
    QSet<QRgb> colours;
    qint64 inked = 0;
    for (int y = 0; y < image.height(); y += 3) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 3) {
            colours.insert(line[x]);
            if (qGray(line[x]) < 200)
                ++inked;
        }
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    QVERIFY(inked > 2000);
    image.save(m_dir->filePath(QStringLiteral("dashboard.png")));
    // Each card exports the same drawing as PNG and SVG.
    auto *panel = dash->findChild<ChartPanel *>();
    QVERIFY(panel);
    QVERIFY(panel->savePng(m_dir->filePath(QStringLiteral("card.png"))));
    QVERIFY(panel->saveSvg(m_dir->filePath(QStringLiteral("card.svg"))));
    QFile svg(m_dir->filePath(QStringLiteral("card.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
}

void TestInsight::feedbackOnMapPanelAndPainPoint()
{
    // 40 Seoul customers (the persona's segment) score the purchase stage NPS 2 (emotion
    // −3) with a complaint, 40 Busan customers NPS 10 (+5).
    QFile events(m_prompts->csv);
    QVERIFY(events.open(QIODevice::WriteOnly));
    events.write("customer,ts,channel,event_type,region\n");
    for (int i = 0; i < 80; ++i)
        events.write("k" + QByteArray::number(i) + ",2024-01-01,app,visit," + (i < 40 ? "Seoul" : "Busan") + "\n");
    events.close();
    m_tools->newDataSet();
    QVERIFY(QTest::qWaitFor([&] { return m_tools->session().hasDataSet(); }, 10000));
    InsightSession &session = m_tools->session();
    QSignalSpy finished(&session, &InsightSession::dataJobFinished);
    m_tools->importCsv();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.takeFirst().at(0).toBool());

    m_prompts->csv = m_dir->filePath(QStringLiteral("feedback.csv"));
    QFile feedback(m_prompts->csv);
    QVERIFY(feedback.open(QIODevice::WriteOnly));
    feedback.write("customer,ts,stage,kind,score,comment\n");
    for (int i = 0; i < 80; ++i) {
        feedback.write("k" + QByteArray::number(i) + ",2024-01-02,purchase,nps,"
                       + (i < 40 ? QByteArray("2,픽업 대기 시간이 너무 길어요") : QByteArray("10,<b>좋아요</b>")) + "\n");
    }
    feedback.close();
    FeedbackController *controller = m_tools->feedback();
    m_tools->importFeedbackCsv();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(m_prompts->guessed.value(QStringLiteral("text")) == QStringLiteral("comment"));
    QVERIFY(QTest::qWaitFor([&] { return !controller->isComputing() && controller->results().table
                                         && controller->results().table->size() == 80; }, 30000));
    QVERIFY(QTest::qWaitFor([&] { return !controller->isComputing(); }, 30000));

    // The map's third line: per persona and for all customers.
    const auto measured = m_context->mapDecorations().measuredEmotion.value(QStringLiteral("st-purchase"));
    QCOMPARE(measured.value(QStringLiteral("pe-seoul")).n, 40);
    QCOMPARE(measured.value(QStringLiteral("pe-seoul")).mean, -3.0);
    QVERIFY(measured.value(QStringLiteral("pe-seoul")).enough);
    QCOMPARE(measured.value(Id()).n, 80);
    QCOMPARE(measured.value(Id()).mean, 1.0);

    // The panel: one stage row, its phrases, and a pain point made from one (undoable).
    FeedbackPanel *panel = m_tools->feedbackPanel();
    m_context->showEditorTab(panel);
    QCOMPARE(panel->groupTable()->rowCount(), 1);
    QCOMPARE(panel->groupTable()->item(0, 0)->text(), QStringLiteral("purchase"));
    QCOMPARE(panel->groupTable()->item(0, 5)->text(), QStringLiteral("0.0")); // 40 promoters, 40 detractors
    QVERIFY(panel->phraseTable()->rowCount() > 0);
    QCOMPARE(panel->phraseTable()->item(0, 0)->text(), QStringLiteral("대기 시간"));
    QCOMPARE(panel->phraseTable()->item(0, 1)->text(), QStringLiteral("40"));
    panel->phraseTable()->selectRow(0);
    QVERIFY(panel->painPointButton()->isEnabled());
    QTest::mouseClick(panel->painPointButton(), Qt::LeftButton);
    const auto painPoints = [&] {
        const Journey &j = m_context->document()->project().journeys.first();
        return findById(j.stages, QStringLiteral("st-purchase"))->painPoints;
    };
    QVERIFY(painPoints().contains(QStringLiteral("대기 시간")));
    m_context->document()->undoStack()->undo();
    QVERIFY(!painPoints().contains(QStringLiteral("대기 시간")));

    // A row naming a stage the plan does not have: nothing imported, line and column said.
    QVERIFY(feedback.open(QIODevice::WriteOnly));
    feedback.write("ts,stage,kind,score\n2024-01-03,nowhere,csat,3\n");
    feedback.close();
    finished.clear();
    m_tools->importFeedbackCsv();
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("feedback.csv:2: column 2 (stage)")),
             qPrintable(finished.first().at(1).toString()));
}

void TestInsight::dashboardNpsAndCsatPerStageAndChannel()
{
    FeedbackScoresView *scores = m_tools->feedbackScores();
    QVERIFY(scores);
    // The card sits in the Dashboard tab, reachable without a data set, and says why it is empty.
    QVERIFY(m_tools->dashboard()->isAncestorOf(scores));
    QCOMPARE(scores->stageTable()->rowCount(), 0);
    QVERIFY2(scores->messageLabel()->text().contains(QStringLiteral("No customer feedback loaded")),
             qPrintable(scores->messageLabel()->text()));

    importCustomers(20);
    // By hand: purchase/app  NPS 20×10, 10×8, 10×3 → n 40, 50 % promoters − 25 % detractors = 25.0
    //          purchase/store CSAT 18×5, 12×4, 6×3, 4×1 → n 40, 30 of 40 are 4 or 5 = 75.0 %
    //          awareness/store NPS 5×10 → n 5: below the minimum of 30, shown as "too few".
    //          A free-text row names a channel of its own ("<i>call</i>", shown literally).
    m_prompts->csv = m_dir->filePath(QStringLiteral("scores.csv"));
    QFile feedback(m_prompts->csv);
    QVERIFY(feedback.open(QIODevice::WriteOnly));
    feedback.write("ts,channel,stage,kind,score,text\n");
    auto rows = [&](int count, const char *channel, const char *stage, const char *kind, int score) {
        for (int i = 0; i < count; ++i)
            feedback.write(QByteArray("2024-01-02,") + channel + ',' + stage + ',' + kind + ',' + QByteArray::number(score) + ",\n");
    };
    rows(20, "app", "purchase", "nps", 10);
    rows(10, "app", "purchase", "nps", 8);
    rows(10, "app", "purchase", "nps", 3);
    rows(18, "store", "purchase", "csat", 5);
    rows(12, "store", "purchase", "csat", 4);
    rows(6, "store", "purchase", "csat", 3);
    rows(4, "store", "purchase", "csat", 1);
    rows(5, "store", "awareness", "nps", 10);
    feedback.write("2024-01-02,<i>call</i>,purchase,text,,slow\n");
    feedback.close();
    InsightSession &session = m_tools->session();
    QSignalSpy finished(&session, &InsightSession::dataJobFinished);
    FeedbackController *controller = m_tools->feedback();
    m_tools->importFeedbackCsv();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(QTest::qWaitFor([&] { return !controller->isComputing() && controller->results().table
                                         && controller->results().table->size() == 86; }, 30000));

    auto row = [](QTableWidget *table, const QString &name) {
        QStringList cells;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() != name)
                continue;
            for (int c = 1; c < table->columnCount(); ++c)
                cells.append(table->item(r, c)->text());
        }
        return cells;
    };
    // Columns: NPS, n, CSAT % satisfied, n.
    QCOMPARE(scores->stageTable()->rowCount(), 2); // the text-only channel row has no score
    QCOMPARE(row(scores->stageTable(), QStringLiteral("purchase")), (QStringList{QString::fromUtf8("25.0"), QString::fromUtf8("40"), QString::fromUtf8("75.0"), QString::fromUtf8("40")}));
    QCOMPARE(row(scores->stageTable(), QStringLiteral("awareness")), (QStringList{QString::fromUtf8("too few"), QString::fromUtf8("5"), QString::fromUtf8("–"), QString::fromUtf8("0")}));
    QCOMPARE(row(scores->channelTable(), QStringLiteral("app")), (QStringList{QString::fromUtf8("25.0"), QString::fromUtf8("40"), QString::fromUtf8("–"), QString::fromUtf8("0")}));
    QCOMPARE(row(scores->channelTable(), QStringLiteral("store")), (QStringList{QString::fromUtf8("too few"), QString::fromUtf8("5"), QString::fromUtf8("75.0"), QString::fromUtf8("40")}));
    QVERIFY(row(scores->channelTable(), QStringLiteral("<i>call</i>")).isEmpty()); // free text only: no scores
    QVERIFY(scores->messageLabel()->text().contains(QStringLiteral("30")));
    QCOMPARE(scores->messageLabel()->textFormat(), Qt::PlainText);
}

// Not a check: with OMNIMAP_INSIGHT_SHOTS=<dir> and OMNIMAP_INSIGHT_DB=<sample data set>,
// renders the documentation screenshots from the bundled café sample.
void TestInsight::documentationScreenshots()
{
    const QString shots = qEnvironmentVariable("OMNIMAP_INSIGHT_SHOTS");
    const QString db = qEnvironmentVariable("OMNIMAP_INSIGHT_DB");
    if (shots.isEmpty() || db.isEmpty())
        QSKIP("set OMNIMAP_INSIGHT_SHOTS and OMNIMAP_INSIGHT_DB to render the screenshots");
    const LoadResult loaded = loadProjectFile(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/cafe-order-pickup.omnimap"));
    QVERIFY(loaded.ok());
    m_context = std::make_unique<test::FakeAppContext>(*loaded.project);
    auto owned = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts *prompts = owned.get();
    prompts->dataSet = db;
    m_tools = insight::installInsightTools(*m_context, std::move(owned));
    QMainWindow *window = m_context->window();
    window->resize(1560, 1040);
    window->show();
    const bool generate = !QFile::exists(db);
    prompts->sampleEventCount = 100000;
    m_tools->openDataSet();
    QVERIFY(QTest::qWaitFor([&] { return m_tools->session().hasDataSet(); }, 30000));
    if (generate) { // the engine's sample, as `omnimap-cli generate-sample --events 100000 --seed 42`
        QSignalSpy done(&m_tools->session(), &InsightSession::dataJobFinished);
        m_tools->generateSample();
        QVERIFY(done.wait(120000));
        QVERIFY(QTest::qWaitFor([&] { return m_tools->session().info().events == 100000; }, 30000));
    }
    DashboardWidget *dash = m_tools->dashboard();
    m_context->showEditorTab(dash);
    QSignalSpy computed(dash, &DashboardWidget::computed);
    dash->refresh();
    QVERIFY(computed.wait(60000));
    QTest::qWait(200);
    QVERIFY(window->grab().save(shots + QStringLiteral("/dashboard.png")));

    ScenarioPanel *panel = m_tools->scenarios();
    m_context->showEditorTab(panel);
    panel->setCustomers(100000);
    panel->selectScenario(m_context->document()->project().scenarios.first().id);
    QVERIFY(panel->run());
    QVERIFY(waitForJob(panel->job(), 60000));
    QTest::qWait(200);
    QVERIFY(window->grab().save(shots + QStringLiteral("/scenario-compare.png")));
}

QTEST_MAIN(TestInsight)
void TestInsight::dashboardKpiTrends()
{
    // A campaign in the data's range is shaded; the charts follow the period chosen.
    Campaign campaign;
    campaign.id = QStringLiteral("cmp-1");
    campaign.name = QStringLiteral("Spring menu");
    campaign.start = QStringLiteral("2024-03-11");
    campaign.end = QStringLiteral("2024-03-24");
    Project project = m_context->document()->project();
    project.campaigns.append(campaign);
    m_context->document()->resetProject(project);
    importCustomers(300);
    DashboardWidget *dash = m_tools->dashboard();
    QSignalSpy computed(dash, &DashboardWidget::computed);
    dash->refresh();
    QVERIFY(computed.wait(20000));
    const QList<TrendChart> &charts = dash->trendView()->charts();
    QCOMPARE(charts.size(), 2); // both bound KPIs
    QCOMPARE(charts.at(0).title, QStringLiteral("Order conversion"));
    QCOMPARE(*charts.at(0).target, 35.0);
    QCOMPARE(charts.at(0).campaigns.size(), 1);
    // Reference from the CSV itself: purchases / visits per ISO week of the timestamp.
    QFile csv(m_prompts->csv);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    csv.readLine();
    QMap<QString, QPair<int, int>> perWeek; // "2024-W09" → (purchases, visits)
    while (!csv.atEnd()) {
        const QList<QByteArray> f = csv.readLine().trimmed().split(',');
        const QDate day = QDateTime::fromString(QString::fromLatin1(f.at(1)), Qt::ISODate).toUTC().date();
        const QDate thursday = day.addDays(4 - day.dayOfWeek());
        const QString week = QStringLiteral("%1-W%2").arg(thursday.year()).arg((thursday.dayOfYear() - 1) / 7 + 1, 2, 10, QLatin1Char('0'));
        perWeek[week].first += f.at(4) == "purchase";
        perWeek[week].second += f.at(4) == "visit";
    }
    QCOMPARE(charts.at(0).periodLabels, QStringList(perWeek.keys()));
    for (int i = 0; i < charts.at(0).periodLabels.size(); ++i) {
        const auto [purchases, visits] = perWeek.value(charts.at(0).periodLabels.at(i));
        QCOMPARE(charts.at(0).values[std::size_t(i)].has_value(), visits > 0);
        if (visits > 0)
            QVERIFY(std::abs(*charts.at(0).values[std::size_t(i)] - 100.0 * purchases / visits) < 1e-9);
    }
    // By month: March and April 2024 (the data runs about two months from 2024-03-01).
    dash->trendPeriodBox()->setCurrentIndex(2);
    QVERIFY(computed.wait(20000));
    QCOMPARE(dash->trendView()->charts().at(0).periodLabels.first(), QStringLiteral("2024-03"));
    // The card is painted, not blank: the shaded campaign band is there in the image.
    const QImage image = dash->trendView()->grab().toImage();
    bool shaded = false;
    for (int x = 0; x < image.width() && !shaded; x += 2) {
        for (int y = 0; y < image.height() && !shaded; y += 2) {
            const QColor c = image.pixelColor(x, y);
            shaded = c.red() > 245 && c.green() > 225 && c.green() < 245 && c.blue() < 225;
        }
    }
    QVERIFY(shaded);

    // Record these values: each KPI's last complete month with a value goes into the
    // plan's history, one undo step. Reference from the CSV: months by UTC date, a month
    // complete when the data's first and last days enclose it.
    QVERIFY(csv.seek(0));
    csv.readLine();
    QMap<QString, QPair<int, int>> perMonth; // "2024-03" → (purchases, visits)
    QDate firstDay, lastDay;
    while (!csv.atEnd()) {
        const QList<QByteArray> f = csv.readLine().trimmed().split(',');
        const QDate day = QDateTime::fromString(QString::fromLatin1(f.at(1)), Qt::ISODate).toUTC().date();
        firstDay = firstDay.isValid() ? std::min(firstDay, day) : day;
        lastDay = lastDay.isValid() ? std::max(lastDay, day) : day;
        perMonth[day.toString(QStringLiteral("yyyy-MM"))].first += f.at(4) == "purchase";
        perMonth[day.toString(QStringLiteral("yyyy-MM"))].second += f.at(4) == "visit";
    }
    QString chosen;
    for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it) {
        const QDate start = QDate::fromString(it.key() + QStringLiteral("-01"), Qt::ISODate);
        const bool complete = firstDay <= start && lastDay >= start.addMonths(1).addDays(-1);
        if (it.value().second > 0 && complete)
            chosen = it.key();
    }
    if (chosen.isEmpty()) // no complete month: the last one with a value
        for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it)
            if (it.value().second > 0)
                chosen = it.key();
    QVERIFY(dash->recordTrendsButton()->isEnabled());
    Document *doc = m_context->document();
    const int steps = doc->undoStack()->count();
    dash->recordTrendsButton()->click();
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    const Kpi *conversion = nullptr;
    for (const Kpi &k : doc->project().kpis)
        if (k.name == QStringLiteral("Order conversion"))
            conversion = &k;
    QVERIFY(conversion);
    QCOMPARE(conversion->measurements.size(), 1);
    const KpiMeasurement &m = conversion->measurements.first();
    const QDate monthStart = QDate::fromString(chosen + QStringLiteral("-01"), Qt::ISODate);
    QCOMPARE(m.periodStart, monthStart.toString(Qt::ISODate));
    QCOMPARE(m.date, monthStart.addMonths(1).addDays(-1).toString(Qt::ISODate));
    QVERIFY(std::abs(m.actual - 100.0 * perMonth.value(chosen).first / perMonth.value(chosen).second) < 1e-9);
    int recorded = 0;
    for (const Kpi &k : doc->project().kpis)
        recorded += int(k.measurements.size());
    QCOMPARE(recorded, 2); // both bound KPIs, one record each
    doc->undoStack()->undo();
    for (const Kpi &k : doc->project().kpis)
        QVERIFY(k.measurements.isEmpty());
}

#include "tst_insight.moc"
