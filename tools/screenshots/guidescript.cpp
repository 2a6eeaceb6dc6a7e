#include "guidescript.h"

#include "samplecsv.h"

#include "app/about/aboutdialog.h"
#include "app/export/exportdialogs.h"
#include "app/insight/backgroundjob.h"
#include "app/insight/dashboardwidget.h"
#include "app/insight/kpitrendview.h"
#include "app/insight/datasetsdock.h"
#include "app/insight/importmappingdialog.h"
#include "app/insight/insightsession.h"
#include "app/insight/insighttools.h"
#include "app/insight/scenariopanel.h"
#include "app/merge/conflictdialog.h"
#include "app/merge/conflictview.h"
#include "app/merge/mergedialogs.h"
#include "app/merge/mergeflow.h"
#include "app/plan/campaigntimeline.h"
#include "app/plan/checklisteditor.h"
#include "app/plan/branddialog.h"
#include "app/plan/kpibindingdialog.h"
#include "app/plan/kpihistorydialog.h"
#include "app/plan/kpitablemodel.h"
#include "app/plan/kpitableview.h"
#include "app/plan/planpropertiesdialog.h"
#include "ui_branddialog.h"
#include "ui_planpropertiesdialog.h"
#include "app/settings/appearance.h"
#include "app/shell/appcontext.h"
#include "app/shell/dialogservice.h"
#include "canvas/inlineeditor.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "mainwindow.h"

#include "format/projectfile.h"
#include "model/lookup.h"
#include "plan/kpilibrary.h"

#include <QSortFilterProxyModel>
#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QCheckBox>
#include <QApplication>
#include <QChartView>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QTabWidget>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>

#include <cmath>

namespace omnimap::screenshots {

namespace {

/// The main window's questions, answered for an unattended run; errors are kept.
class GuideDialogs final : public DialogService
{
public:
    QStringList errors;

    LockChoice lockedFile(const QString &, const LockInfo &, bool) override { return LockChoice::IgnoreLock; }
    ChangeChoice changedOnDisk(const QString &, bool) override { return ChangeChoice::Overwrite; }
    RecoveryChoice offerRecovery(const RecoveryEntry &) override { return RecoveryChoice::Discard; }
    CloseChoice unsavedChanges(const QString &) override { return CloseChoice::Discard; }
    QString openFileName(const QString &, const QString &) override { return {}; }
    QString saveFileName(const QString &, const QString &, const QString &) override { return {}; }
    QString imageFileName(const QString &) override { return {}; }
    void error(const QString &, const QString &text) override { errors.append(text); }
};

class GuideExportDialogs final : public ExportDialogs
{
public:
    QString path;
    QStringList errors;

    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return path; }
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
    QString directory(QWidget *, const QString &) override { return {}; }
    void showError(QWidget *, const QString &message) override { errors.append(message); }
};

class GuideMergeDialogs final : public MergeDialogs
{
public:
    std::function<QMap<int, ConflictChoice>(QWidget *, const MergeConflicts &)> resolve;
    QStringList messages;

    QString chooseProjectFile(QWidget *, const QString &) override { return {}; }
    std::optional<QMap<int, ConflictChoice>> resolveConflicts(QWidget *parent, const MergeConflicts &conflicts) override
    {
        return resolve(parent, conflicts);
    }
    void showChanges(QWidget *, const QString &, const Changes &) override {}
    void showMessage(QWidget *, const QString &, const QString &text) override { messages.append(text); }
};

/// The window with the dialog drawn over it, as the user sees it: the window dimmed,
/// the dialog centred with a title bar and a shadow (offscreen windows have no frame).
QImage composeOver(const QImage &window, const QImage &dialog, const QString &title)
{
    QImage out = window.convertToFormat(QImage::Format_RGB32);
    QPainter p(&out);
    p.fillRect(out.rect(), QColor(0, 0, 0, 70));
    const int bar = 30;
    const QRect frame((out.width() - dialog.width()) / 2, std::max(0, (out.height() - dialog.height() - bar) / 2),
                      dialog.width(), dialog.height() + bar);
    for (int i = 1; i <= 8; ++i)
        p.fillRect(frame.translated(i, i), QColor(0, 0, 0, 10));
    p.fillRect(QRect(frame.topLeft(), QSize(frame.width(), bar)), QColor(0xE8, 0xEA, 0xED));
    QFont font = QApplication::font();
    font.setBold(true);
    p.setFont(font);
    p.setPen(QColor(0x20, 0x21, 0x24));
    p.drawText(QRect(frame.left() + 12, frame.top(), frame.width() - 24, bar), Qt::AlignVCenter | Qt::AlignLeft, title);
    p.drawImage(frame.left(), frame.top() + bar, dialog);
    p.setPen(QColor(0, 0, 0, 110));
    p.drawRect(frame.adjusted(0, 0, -1, -1));
    return out;
}

} // namespace

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    do {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    } while (timer.elapsed() < ms);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

bool runDataJob(insight::InsightSession &session, const std::function<bool()> &start, int timeoutMs,
                QString *error)
{
    bool finished = false, ok = false;
    QString message;
    // The connection ends with this call: the session outlives it, and a later job
    // reaching this call's locals would write into a stack frame long gone.
    QObject scope;
    QObject::connect(&session, &insight::InsightSession::dataJobFinished, &scope,
                     [&](bool success, const QString &text) {
                         finished = true;
                         ok = success;
                         message = text;
                     });
    if (!start()) {
        *error = QStringLiteral("the job did not start");
        return false;
    }
    if (!waitFor([&] { return finished; }, timeoutMs)) {
        *error = QStringLiteral("the job did not finish in %1 s").arg(timeoutMs / 1000);
        return false;
    }
    *error = message;
    return ok;
}

GuideScript::GuideScript(GuideOptions options)
    : m_options(std::move(options))
{
    if (m_options.sample.isEmpty())
        m_options.sample = korean() ? QStringLiteral("cafe-order-pickup") : QStringLiteral("travel-booking-kiosk");
}

GuideScript::~GuideScript() = default;

QString GuideScript::pick(const char *english, const char *korean) const
{
    return QString::fromUtf8(this->korean() ? korean : english);
}

void GuideScript::fail(const QString &capture, const QString &text)
{
    m_problems.append({capture, QString(), text});
}

QAction *GuideScript::action(const QKeySequence &shortcut) const
{
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *candidate : actions)
        if (candidate->shortcut() == shortcut)
            return candidate;
    return nullptr;
}

QList<CaptureProblem> GuideScript::run()
{
    QDir().mkpath(m_options.outDir);
    QDir().mkpath(m_options.workDir);
    auto dialogs = std::make_unique<GuideDialogs>();
    GuideDialogs *answers = dialogs.get();
    MainWindow window;
    m_window = &window;
    window.setDialogService(std::move(dialogs));
    window.setRecoveryDirectory(QDir(m_options.workDir).filePath(QStringLiteral("recovery")));
    window.setAutosaveInterval(60 * 60 * 1000);
    window.resize(m_options.windowSize);
    window.show();
    settle(200);

    const std::pair<const char *, void (GuideScript::*)()> tasks[] = {
        {"build a journey", &GuideScript::buildJourney},
        {"KPIs and checklist", &GuideScript::kpisAndChecklist},
        {"campaigns", &GuideScript::campaigns},
        {"import data", &GuideScript::importData},
        {"customer feedback", &GuideScript::customerFeedback},
        {"simulate a scenario", &GuideScript::simulateScenario},
        {"export a PDF", &GuideScript::exportPdf},
        {"merge two copies", &GuideScript::mergeCopies},
        {"about", &GuideScript::about},
        {"plan setup", &GuideScript::planSetup},
        {"dark and high-contrast appearance", &GuideScript::appearances},
        {"the lock dialog", &GuideScript::lockDialog},
        {"blank plan", &GuideScript::blankPlan},
        {"experiments", &GuideScript::experiments},
        // Last: its capture closes the docks for room, and the window does not give
        // them back their widths afterwards (later captures' dock tabs were clipped).
        {"campaign effect", &GuideScript::campaignEffect},
    };
    for (const auto &[name, task] : tasks) {
        const int before = int(m_problems.size());
        (this->*task)();
        if (m_problems.size() > before)
            qInfo("task \"%s\": %d problem(s)", name, int(m_problems.size()) - before);
    }
    for (const QString &error : std::as_const(answers->errors))
        fail(QStringLiteral("(main window)"), QStringLiteral("error shown: ") + error);
    // The window goes before the tools that reference it.
    window.close();
    m_window = nullptr;
    return m_problems;
}

void GuideScript::capture(const QString &name, QWidget *window, QWidget *dialog)
{
    // Long enough for debounced views (plan checks, dashboard) to catch up, so two runs
    // give the same pictures.
    settle(500);
    const QString file = name + QStringLiteral(".png");
    if (window == m_window && window->size() != m_options.windowSize)
        fail(file, QStringLiteral("the window does not fit %1x%2: it is %3x%4 (its docks and tabs need at least %5x%6)")
                       .arg(m_options.windowSize.width())
                       .arg(m_options.windowSize.height())
                       .arg(window->width())
                       .arg(window->height())
                       .arg(window->minimumSizeHint().width())
                       .arg(window->minimumSizeHint().height()));
    if (qEnvironmentVariableIsSet("OMNIMAP_SCREENSHOTS_DEBUG")) {
        const QList<QWidget *> all = window->findChildren<QWidget *>();
        for (QWidget *w : all)
            if (w->isVisible() && w->minimumSizeHint().height() > 150 && (qobject_cast<QDockWidget *>(w) || qobject_cast<QDockWidget *>(w->parentWidget())))
                qInfo("%s min %dx%d size %dx%d", qPrintable(describeWidget(w)), w->minimumSizeHint().width(),
                      w->minimumSizeHint().height(), w->width(), w->height());
    }
    const QImage windowShot = window->grab().toImage();
    double share = 0.0;
    if (isBlank(windowShot, &share))
        fail(file, QStringLiteral("blank capture of %1 (%2 % one colour)").arg(describeWidget(window)).arg(100.0 * share, 0, 'f', 1));
    QImage shot = windowShot;
    if (dialog) {
        const QImage dialogShot = dialog->grab().toImage();
        if (isBlank(dialogShot, &share))
            fail(file, QStringLiteral("blank capture of %1 (%2 % one colour)").arg(describeWidget(dialog)).arg(100.0 * share, 0, 'f', 1));
        shot = composeOver(windowShot, dialogShot, dialog->windowTitle());
    }
    m_problems += clippedTexts(file, window);
    if (dialog)
        m_problems += clippedTexts(file, dialog);
    if (korean()) {
        const QStringList texts = visibleTexts(dialog ? dialog : window);
        if (std::none_of(texts.cbegin(), texts.cend(), containsHangul))
            fail(file, QStringLiteral("no Korean text in %1 (translations not loaded?)").arg(describeWidget(dialog ? dialog : window)));
    }
    if (m_options.maxWidth > 0 && shot.width() > m_options.maxWidth)
        shot = shot.scaledToWidth(m_options.maxWidth, Qt::SmoothTransformation);
    const QString path = QDir(m_options.outDir).filePath(file);
    if (!shot.convertToFormat(QImage::Format_RGB888).save(path, "PNG", 0))
        fail(file, QStringLiteral("could not write %1").arg(path));
    else
        m_saved.append(path);
}

void GuideScript::withModal(const std::function<void()> &trigger, const std::function<void(QDialog *)> &inside)
{
    bool handled = false;
    QPointer<QWidget> before = QApplication::activeModalWidget();
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        QDialog *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog == before || handled)
            return;
        handled = true;
        poll.stop();
        settle(200);
        inside(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    poll.start();
    trigger(); // returns when the dialog is closed (exec) or at once (open)
    waitFor([&] { return handled; }, 10000);
    poll.stop();
    if (!handled)
        fail(QStringLiteral("(dialog)"), QStringLiteral("no dialog opened"));
}

// ---- 1. Build a journey -------------------------------------------------------------------

void GuideScript::buildJourney()
{
    if (!m_window->openSample(m_options.sample)) {
        fail(QStringLiteral("01-journey-map.png"), QStringLiteral("sample %1 did not open").arg(m_options.sample));
        return;
    }
    settle(200);
    MapView *view = m_window->currentMapView();
    MapScene *scene = m_window->currentMapScene();
    if (!view || !scene || !scene->journey()) {
        fail(QStringLiteral("01-journey-map.png"), QStringLiteral("no journey map shown"));
        return;
    }
    const Journey journey = *scene->journey();
    view->setZoomPercent(70);
    view->horizontalScrollBar()->setValue(0);
    view->verticalScrollBar()->setValue(0);
    if (!journey.touchpoints.isEmpty())
        scene->selectIds({journey.touchpoints.first().id});
    capture(QStringLiteral("01-journey-map"), m_window);

    // A new touchpoint in the first empty cell of the early stages, titled in place.
    Id stageId, channelId;
    for (int s = 0; s < std::min<int>(3, int(journey.stages.size())) && stageId.isEmpty(); ++s) {
        for (const Id &channel : journey.channelIds) {
            const bool used = std::any_of(journey.touchpoints.cbegin(), journey.touchpoints.cend(), [&](const Touchpoint &t) {
                return t.stageId == journey.stages.at(s).id && t.channelId == channel;
            });
            if (!used) {
                stageId = journey.stages.at(s).id;
                channelId = channel;
                break;
            }
        }
    }
    if (stageId.isEmpty()) {
        stageId = journey.stages.first().id;
        channelId = journey.channelIds.first();
    }
    const Id added = scene->addTouchpoint(stageId, channelId, pick("Price alert", "가격 알림 메시지"));
    scene->selectIds({added});
    view->setFocus();
    scene->editFocusedCard();
    settle(100);
    capture(QStringLiteral("02-add-touchpoint"), m_window);
    if (InlineEditor *editor = scene->activeEditor())
        editor->finish(true);
    if (!findById(m_window->document()->project().journeys.first().touchpoints, added))
        fail(QStringLiteral("02-add-touchpoint.png"), QStringLiteral("the touchpoint was not added"));
}

// ---- 2. KPIs and a checklist --------------------------------------------------------------

void GuideScript::kpisAndChecklist()
{
    QAction *showKpis = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    auto *kpis = m_window->findChild<KpiTableView *>(QStringLiteral("kpiTableView"));
    if (!showKpis || !kpis) {
        fail(QStringLiteral("03-kpis.png"), QStringLiteral("Plan → KPIs (Ctrl+Shift+K) not found"));
        return;
    }
    showKpis->trigger();
    QString key;
    for (const KpiLibraryEntry &entry : kpiLibrary()) {
        const QString candidate = QString::fromLatin1(entry.key);
        const QList<Kpi> &existing = m_window->document()->project().kpis;
        if (std::none_of(existing.cbegin(), existing.cend(), [&](const Kpi &k) { return k.libraryKey == candidate; })) {
            key = candidate;
            break;
        }
    }
    const int before = int(m_window->document()->project().kpis.size());
    kpis->addKpi(key);
    if (m_window->document()->project().kpis.size() != before + 1)
        fail(QStringLiteral("03-kpis.png"), QStringLiteral("no KPI added from the library"));
    capture(QStringLiteral("03-kpis"), m_window);

    // Recorded history: the Record measurement dialog, then two records of the first KPI
    // and the table's "Last recorded" / "Since previous" columns.
    kpis->table()->selectRow(0);
    withModal([&] { kpis->recordMeasurementOfSelected(); }, [&](QDialog *dialog) {
        if (auto *note = dialog->findChild<QLineEdit *>(QStringLiteral("measurementNote")))
            note->setText(pick("After the app-only coupon", "앱 전용 쿠폰 후"));
        if (auto *source = dialog->findChild<QLineEdit *>(QStringLiteral("measurementSource")))
            source->setText(pick("April sales report", "4월 매출 보고서"));
        settle(100);
        capture(QStringLiteral("03b-record-measurement"), m_window, dialog);
    });
    const auto made = [](const char *date, double value, const QString &note) {
        KpiMeasurement m;
        m.id = newId();
        m.date = QString::fromLatin1(date);
        m.actual = value;
        m.note = note;
        return m;
    };
    // Values on the KPI's own scale: a third and then two thirds of the way from its baseline
    // to its target (fixed numbers looked odd beside a KPI counted in hundreds of thousands).
    const Kpi &first = m_window->document()->project().kpis.first();
    const double from = first.baseline.value_or(0.0);
    const double to = first.target.value_or(from > 0.0 ? from * 1.2 : 10.0);
    const auto between = [&](double share) {
        const double v = from + (to - from) * share;
        return std::fabs(v) >= 100.0 ? std::round(v) : std::round(v * 10.0) / 10.0;
    };
    QList<KpiMeasurement> records{made("2024-03-31", between(1.0 / 3.0), pick("Before the spring campaign", "봄 캠페인 전")),
                                  made("2024-04-30", between(2.0 / 3.0), pick("After the app-only coupon", "앱 전용 쿠폰 후"))};
    kpis->setMeasurementEditor([&records](const Kpi &, const KpiMeasurement &, QWidget *) -> std::optional<KpiMeasurement> {
        if (records.isEmpty())
            return std::nullopt;
        return records.takeFirst();
    });
    kpis->recordMeasurementOfSelected();
    kpis->recordMeasurementOfSelected();
    kpis->setMeasurementEditor(dialogKpiMeasurementEditor());
    // The new columns are the last ones: sized to their text and scrolled into view, so
    // "Since previous" is shown whole (a stretched last section was cut at the edge).
    kpis->table()->horizontalHeader()->setStretchLastSection(false);
    kpis->table()->resizeColumnToContents(KpiTableModel::Recorded);
    kpis->table()->resizeColumnToContents(KpiTableModel::Movement);
    // By pixel: scrolling by whole columns stopped short of the last one's right edge
    // when its text is long (the Korean capture cut "Since previous").
    kpis->table()->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    settle(100);
    kpis->table()->horizontalScrollBar()->setValue(kpis->table()->horizontalScrollBar()->maximum());
    settle(100);
    capture(QStringLiteral("03c-kpi-history"), m_window);
    // History…: the records of the KPI, to edit or delete.
    kpis->setHistoryHandler([&](KpiHistoryDialog *dialog) {
        dialog->show();
        if (dialog->table()->rowCount() < 2)
            fail(QStringLiteral("03d-kpi-history-dialog.png"), QStringLiteral("the two records are not in the history"));
        else
            dialog->table()->setCurrentCell(dialog->table()->rowCount() - 1, 0);
        settle(200);
        capture(QStringLiteral("03d-kpi-history-dialog"), m_window, dialog);
        dialog->hide();
    });
    kpis->showHistoryOfSelected();
    kpis->setHistoryHandler({});

    QAction *showChecklists = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    auto *checklists = m_window->findChild<ChecklistEditor *>(QStringLiteral("checklistEditor"));
    if (!showChecklists || !checklists) {
        fail(QStringLiteral("04-checklist.png"), QStringLiteral("Plan → Brand checklists (Ctrl+Shift+L) not found"));
        return;
    }
    showChecklists->trigger();
    settle(100);
    if (checklists->table()->model() && checklists->table()->model()->rowCount() > 2)
        checklists->table()->selectRow(2);
    capture(QStringLiteral("04-checklist"), m_window);
}

// ---- 2b. Campaigns ------------------------------------------------------------------------

void GuideScript::campaigns()
{
    // The sample's campaign with its budget per channel and the bold total row: the
    // clipped-text check reads every cell, so a total cut by a narrow column fails here.
    const QString file = QStringLiteral("15-campaigns.png");
    QAction *show = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    auto *timeline = m_window->findChild<CampaignTimeline *>(QStringLiteral("campaignTimeline"));
    if (!show || !timeline) {
        fail(file, QStringLiteral("Plan → Campaign timeline (Ctrl+Shift+T) not found"));
        return;
    }
    show->trigger();
    settle(200);
    if (timeline->campaignId().isEmpty() || timeline->budgetTable()->rowCount() < 2) {
        fail(file, QStringLiteral("the sample's campaign and its budget are not shown"));
        return;
    }
    capture(QStringLiteral("15-campaigns"), m_window);
}

// ---- 3. Import data -----------------------------------------------------------------------

void GuideScript::importData()
{
    auto *tools = m_window->findChild<insight::InsightTools *>(QStringLiteral("insightTools"));
    if (!tools) {
        fail(QStringLiteral("05-import-mapping.png"), QStringLiteral("the Data tools are not installed"));
        return;
    }
    insight::InsightSession &session = tools->session();
    const QString csv = QDir(m_options.workDir).filePath(pick("crm-events.csv", "crm-이벤트.csv"));
    QString error;
    const qint64 rows = writeSampleEventsCsv(m_window->document()->project(), m_options.workDir, csv, 60000, &error);
    if (rows <= 0) {
        fail(QStringLiteral("05-import-mapping.png"), QStringLiteral("sample CSV not written: ") + error);
        return;
    }
    const QString dataSet = QDir(m_options.workDir).filePath(QStringLiteral("customers.sqlite"));
    QFile::remove(dataSet);
    session.openDataSet(dataSet, true);
    if (!waitFor([&] { return session.hasDataSet() && !session.isInfoLoading(); }, 20000)) {
        fail(QStringLiteral("05-import-mapping.png"), QStringLiteral("data set not created: ") + session.lastError());
        return;
    }

    tools->dock()->raise(); // the Data sets tab, next to History
    insight::ImportMappingDialog dialog(csv, m_window);
    dialog.show();
    settle(200);
    if (!dialog.problem().isEmpty())
        fail(QStringLiteral("05-import-mapping.png"), QStringLiteral("mapping refused: ") + dialog.problem());
    capture(QStringLiteral("05-import-mapping"), m_window, &dialog);
    const QHash<QString, QString> mapping = dialog.mapping();
    const bool skipBad = dialog.skipBadRows();
    dialog.accept();

    if (!runDataJob(session, [&] { return session.importCsv(csv, mapping, skipBad); }, 60000, &error)) {
        fail(QStringLiteral("06-dashboard.png"), QStringLiteral("import failed: ") + error);
        return;
    }
    waitFor([&] { return !session.isInfoLoading() && session.info().events > 0; }, 20000);
    if (session.info().events != rows)
        fail(QStringLiteral("06-dashboard.png"), QStringLiteral("imported %1 of %2 rows").arg(session.info().events).arg(rows));

    QAction *showDashboard = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    insight::DashboardWidget *dashboard = tools->dashboard();
    if (!showDashboard) {
        fail(QStringLiteral("06-dashboard.png"), QStringLiteral("Data → Dashboard (Ctrl+Shift+D) not found"));
        return;
    }
    showDashboard->trigger();
    settle(400);
    if (!waitFor([&] { return !dashboard->isComputing(); }, 60000))
        fail(QStringLiteral("06-dashboard.png"), QStringLiteral("the dashboard did not finish computing"));
    settle(300);
    capture(QStringLiteral("06-dashboard"), m_window);

    // The attribution card close up, the Markov order chosen by cross-validation.
    auto *markov = dashboard->findChild<QToolButton *>(QStringLiteral("markovOptions"));
    if (!markov || !markov->menu() || markov->menu()->actions().size() < 5) {
        fail(QStringLiteral("06b-attribution.png"), QStringLiteral("the attribution card's Markov menu not found"));
        return;
    }
    markov->menu()->actions().at(4)->trigger();
    settle(400);
    if (!waitFor([&] { return !dashboard->isComputing(); }, 60000))
        fail(QStringLiteral("06b-attribution.png"), QStringLiteral("the dashboard did not finish computing"));
    settle(300);
    capture(QStringLiteral("06b-attribution"), dashboard->attributionView()->parentWidget()->parentWidget());

    // KPIs over time: the trend card under the other cards (each bound KPI per ISO week,
    // its target dashed, the campaigns' dates shaded).
    if (dashboard->trendView()->charts().isEmpty()) {
        fail(QStringLiteral("06c-kpi-trends.png"), QStringLiteral("no KPI trend: ") + dashboard->trendView()->message());
        return;
    }
    // The dashboard scrolled down to the card, as a user would (so the card's texts count as
    // shown), and back to the top for the captures that follow.
    QWidget *trendCard = dashboard->trendView()->parentWidget();
    QScrollArea *scroll = nullptr;
    for (QWidget *w = trendCard; w && !scroll; w = w->parentWidget())
        scroll = qobject_cast<QScrollArea *>(w);
    if (scroll) // the card's top at the top of the view (it may be taller than the view)
        scroll->verticalScrollBar()->setValue(trendCard->mapTo(scroll->widget(), QPoint(0, 0)).y());
    settle(200);
    capture(QStringLiteral("06c-kpi-trends"), trendCard);
    if (scroll)
        scroll->ensureVisible(0, 0);
    settle(100);
}

// ---- 4. Simulate a scenario ---------------------------------------------------------------

void GuideScript::simulateScenario()
{
    auto *tools = m_window->findChild<insight::InsightTools *>(QStringLiteral("insightTools"));
    QAction *showScenarios = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    if (!tools || !showScenarios) {
        fail(QStringLiteral("07-scenario.png"), QStringLiteral("Data → What-if Scenarios (Ctrl+Shift+W) not found"));
        return;
    }
    // The scenario editor is wide: close the Project dock for room, as the guide says.
    auto *projectDock = m_window->findChild<QDockWidget *>(QStringLiteral("projectDock"));
    if (projectDock)
        projectDock->hide();
    settle(50);
    showScenarios->trigger();
    insight::ScenarioPanel *panel = tools->scenarios();
    const QList<Scenario> &scenarios = m_window->document()->project().scenarios;
    if (scenarios.isEmpty())
        panel->addScenario(pick("Move 20% of the ad budget to the app", "광고 예산 20% 앱으로 이동"));
    else
        panel->selectScenario(scenarios.first().id);
    panel->setCustomers(20000);
    settle(100);
    if (!panel->run()) {
        fail(QStringLiteral("07-scenario.png"), QStringLiteral("the scenario did not start"));
        return;
    }
    if (!waitFor([&] { return !panel->job()->isRunning(); }, 90000))
        fail(QStringLiteral("07-scenario.png"), QStringLiteral("the scenario run did not finish"));
    settle(400);
    const Scenario *run = findById(m_window->document()->project().scenarios, panel->currentScenarioId());
    if (!run || run->result.empty())
        fail(QStringLiteral("07-scenario.png"), QStringLiteral("no result stored in the scenario"));
    capture(QStringLiteral("07-scenario"), m_window);
    if (projectDock)
        projectDock->show();
}

// ---- 5. Export a PDF ----------------------------------------------------------------------

void GuideScript::exportPdf()
{
    // The map tab is the current journey's; the report options follow it.
    m_window->showJourney(m_window->document()->project().journeys.first().id);
    QAction *exportAction = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    if (!exportAction) {
        fail(QStringLiteral("08-export-pdf.png"), QStringLiteral("File → Export → PDF Report (Ctrl+Shift+E) not found"));
        return;
    }
    GuideExportDialogs dialogs;
    dialogs.path = QDir(m_options.workDir).filePath(QStringLiteral("plan.pdf"));
    QFile::remove(dialogs.path);
    setExportDialogs(&dialogs);
    withModal([&] { exportAction->trigger(); },
              [&](QDialog *dialog) {
                  capture(QStringLiteral("08-export-pdf"), m_window, dialog);
                  dialog->accept();
              });
    if (!waitFor([&] { return QFileInfo(dialogs.path).size() > 0; }, 90000))
        fail(QStringLiteral("08-export-pdf.png"), QStringLiteral("no PDF written"));
    settle(300);
    setExportDialogs(nullptr);
    // "Exported /tmp/…/plan.pdf" would differ from run to run in the later pictures.
    m_window->statusBar()->clearMessage();
    for (const QString &error : std::as_const(dialogs.errors))
        fail(QStringLiteral("08-export-pdf.png"), QStringLiteral("export error: ") + error);
    qInfo("PDF: %s (%lld bytes)", qPrintable(dialogs.path), QFileInfo(dialogs.path).size());
    if (!m_options.pdfCopy.isEmpty()) {
        QFile::remove(m_options.pdfCopy);
        if (!QFile::copy(dialogs.path, m_options.pdfCopy))
            fail(QStringLiteral("08-export-pdf.png"), QStringLiteral("could not copy the PDF to ") + m_options.pdfCopy);
    }
}

// ---- 6. Merge two departments' copies -----------------------------------------------------

void GuideScript::mergeCopies()
{
    const QString file = QStringLiteral("09-merge-conflicts.png");
    const LoadResult loaded = loadProjectFile(QStringLiteral(":/samples/") + m_options.sample + QStringLiteral(".omnimap"));
    if (!loaded.ok() || loaded.project->journeys.isEmpty() || loaded.project->journeys.first().touchpoints.isEmpty()
        || loaded.project->kpis.isEmpty() || loaded.project->journeys.first().stages.size() < 3) {
        fail(file, QStringLiteral("sample not readable for the merge"));
        return;
    }
    // Marketing and CRM each edit a copy of the same plan: both retitle the first card
    // and change the first KPI's target (conflicts); CRM also adds a card (merges cleanly).
    const Project base = *loaded.project;
    Project ours = base, theirs = base;
    const Id cardId = base.journeys[0].touchpoints[0].id;
    const QString theirTitle = base.journeys[0].touchpoints[0].title + pick(" (members first)", " (회원 먼저)");
    ours.journeys[0].touchpoints[0].title = base.journeys[0].touchpoints[0].title + pick(" (spring campaign)", " (봄 캠페인)");
    theirs.journeys[0].touchpoints[0].title = theirTitle;
    ours.kpis[0].target = base.kpis[0].target.value_or(10.0) * 1.1;
    theirs.kpis[0].target = base.kpis[0].target.value_or(10.0) * 1.2;
    Touchpoint welcome;
    welcome.id = QStringLiteral("tp-crm-welcome");
    welcome.stageId = base.journeys[0].stages[2].id;
    welcome.channelId = base.journeys[0].touchpoints[0].channelId;
    welcome.title = pick("Member welcome message", "회원 환영 메시지");
    welcome.order = 99;
    theirs.journeys[0].touchpoints.append(welcome);

    const QString ourPath = QDir(m_options.workDir).filePath(pick("plan-marketing.omnimap", "플랜-마케팅팀.omnimap"));
    const SaveResult saved = saveProjectFile(ourPath, ours);
    if (!saved.ok || !m_window->openFile(ourPath)) {
        fail(file, QStringLiteral("marketing's copy did not open: ") + saved.error);
        return;
    }
    settle(200);

    auto merge = std::make_unique<GuideMergeDialogs>();
    GuideMergeDialogs *answers = merge.get();
    int shown = 0;
    answers->resolve = [&](QWidget *parent, const MergeConflicts &conflicts) {
        shown = int(conflicts.size());
        ConflictDialog dialog(conflicts, parent);
        dialog.show();
        settle(200);
        // The card's title decided (CRM's), the KPI target still open and shown.
        int title = 0, other = 0;
        for (int i = 0; i < conflicts.size(); ++i) {
            if (conflicts.at(i).itemKind == QLatin1String("touchpoint"))
                title = i;
            else
                other = i;
        }
        dialog.view()->choose(title, Resolution::Theirs);
        dialog.view()->setCurrentIndex(other);
        capture(QStringLiteral("09-merge-conflicts"), m_window, &dialog);
        dialog.view()->chooseAll(Resolution::Ours);
        dialog.view()->choose(title, Resolution::Theirs);
        QMap<int, ConflictChoice> choices = dialog.view()->choices();
        dialog.accept();
        return choices;
    };
    setMergeDialogs(std::move(merge));
    const bool merged = runMergeDialog(*m_window->context(), base, theirs);
    setMergeDialogs(nullptr);
    if (!merged || shown < 2)
        fail(file, QStringLiteral("merge not applied (%1 conflicts shown)").arg(shown));
    const Project &result = m_window->document()->project();
    if (!findById(result.journeys[0].touchpoints, welcome.id))
        fail(file, QStringLiteral("CRM's new card is missing after the merge"));
    const Touchpoint *mergedCard = findById(result.journeys[0].touchpoints, cardId);
    if (!mergedCard || mergedCard->title != theirTitle)
        fail(file, QStringLiteral("the chosen title (CRM's) was not applied: \"%1\"")
                       .arg(mergedCard ? mergedCard->title : QStringLiteral("(card missing)")));
}

// ---- Help → About -------------------------------------------------------------------------

void GuideScript::about()
{
    QAction *aboutAction = nullptr;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *candidate : actions)
        if (candidate->menuRole() == QAction::AboutRole)
            aboutAction = candidate;
    if (!aboutAction) {
        fail(QStringLiteral("10-about.png"), QStringLiteral("Help → About Omnimap not found"));
        return;
    }
    withModal([&] { aboutAction->trigger(); },
              [&](QDialog *dialog) { capture(QStringLiteral("10-about"), m_window, dialog); });
}

// ---- Plan ▸ Plan Properties… and Brand… -----------------------------------------------------

void GuideScript::planSetup()
{
    QAction *properties = m_window->findChild<QAction *>(QStringLiteral("planPropertiesAction"));
    QAction *brand = m_window->findChild<QAction *>(QStringLiteral("brandAction"));
    if (!properties || !brand) {
        fail(QStringLiteral("21-plan-properties.png"), QStringLiteral("Plan → Plan Properties… / Brand… not found"));
        return;
    }
    // A plan in won: the example line shows how every amount will be written.
    withModal([&] { properties->trigger(); }, [&](QDialog *dialog) {
        if (auto *editor = qobject_cast<PlanPropertiesDialog *>(dialog)) {
            editor->form()->currency->setCurrentText(QStringLiteral("KRW"));
            editor->form()->language->setCurrentIndex(editor->form()->language->findData(m_options.language));
        }
        settle(100);
        capture(QStringLiteral("21-plan-properties"), m_window, dialog);
    });
    withModal([&] { brand->trigger(); }, [&](QDialog *dialog) {
        if (auto *editor = qobject_cast<BrandDialog *>(dialog)) {
            if (editor->form()->forbidden->toPlainText().isEmpty())
                editor->form()->forbidden->setPlainText(pick("cheapest\nlast chance", "최저가\n마감 임박"));
        }
        settle(100);
        capture(QStringLiteral("22-brand"), m_window, dialog);
    });
}

// ---- View → Appearance, and the lock question -------------------------------------------

void GuideScript::appearances()
{
    // The window as left by the tasks (the dashboard and the map), then the Preferences
    // dialog over it, in the dark and the high-contrast palettes.
    QMenu *appearanceMenu = m_window->findChild<QMenu *>(QStringLiteral("appearanceMenu"));
    if (!appearanceMenu) {
        fail(QStringLiteral("11-dark.png"), QStringLiteral("View → Appearance not found"));
        return;
    }
    QAction *preferences = nullptr;
    for (QAction *candidate : m_window->findChildren<QAction *>())
        if (candidate->menuRole() == QAction::PreferencesRole)
            preferences = candidate;
    const auto choose = [&](const QString &appearance) {
        for (QAction *action : appearanceMenu->actions())
            if (action->data().toString() == appearance)
                action->trigger();
        settle(300);
    };
    const std::pair<QString, QString> looks[] = {{QStringLiteral("dark"), QStringLiteral("11-dark")},
                                                 {QStringLiteral("highcontrast"), QStringLiteral("12-high-contrast")}};
    for (const auto &[appearance, name] : looks) {
        choose(appearance);
        if (!isDarkPalette(QApplication::palette()))
            fail(name + QStringLiteral(".png"), QStringLiteral("the %1 palette was not applied").arg(appearance));
        // The map first (it switches to its dark paper), then the dashboard (a light
        // report sheet on purpose), then a dialog over the map.
        m_window->tabs()->setCurrentIndex(0);
        capture(name, m_window);
        if (appearance == QLatin1String("dark")) {
            for (int i = 0; i < m_window->tabs()->count(); ++i)
                if (m_window->tabs()->tabText(i).contains(korean() ? QStringLiteral("대시보드") : QStringLiteral("Dashboard")))
                    m_window->tabs()->setCurrentIndex(i);
            capture(name + QStringLiteral("-dashboard"), m_window);
            m_window->tabs()->setCurrentIndex(0);
        }
        if (preferences)
            withModal([&] { preferences->trigger(); },
                      [&](QDialog *dialog) { capture(name + QStringLiteral("-dialog"), m_window, dialog); });
    }
    choose(QStringLiteral("system"));
}

void GuideScript::lockDialog()
{
    // What someone sees when a colleague has the plan open on another computer.
    // Only shown in the question: nothing is read or written there.
    const QString path = QStringLiteral("/mnt/shared/marketing/travel-plan.omnimap");
    const LockInfo holder{QStringLiteral("minji.kim"), QStringLiteral("marketing-pc-3"), 4242,
                          QDateTime::currentDateTimeUtc().addSecs(-20 * 60)};
    MessageBoxDialogService real(m_window);
    withModal([&] { real.lockedFile(path, holder, true); },
              [&](QDialog *dialog) { capture(QStringLiteral("13-lock"), m_window, dialog); });
}

// ---- 7. Start from a blank plan --------------------------------------------------------

void GuideScript::blankPlan()
{
    if (!wanted(QStringLiteral("30-blank-start")) && !wanted(QStringLiteral("31-blank-map"))
        && !wanted(QStringLiteral("32-kpi-binding")))
        return;
    QAction *newPlan = action(QKeySequence::New);
    if (!newPlan) {
        fail(QStringLiteral("30-blank-start.png"), QStringLiteral("File → New (Ctrl+N) not found"));
        return;
    }
    newPlan->trigger();
    settle(300);
    MapScene *scene = m_window->currentMapScene();
    MapView *view = m_window->currentMapView();
    if (!scene || !view) {
        fail(QStringLiteral("30-blank-start.png"), QStringLiteral("no map after File → New"));
        return;
    }
    capture(QStringLiteral("30-blank-start"), m_window);

    // Stages named as they are added, lanes, cards, one hand-off; the last stage is left
    // in rename mode for the picture.
    const QStringList stages = korean()
        ? QStringList{QStringLiteral("발견"), QStringLiteral("앱 주문"), QStringLiteral("픽업")}
        : QStringList{QStringLiteral("Discover"), QStringLiteral("Order in app"), QStringLiteral("Pick up")};
    const QStringList lanes = korean() ? QStringList{QStringLiteral("앱"), QStringLiteral("카카오톡"), QStringLiteral("매장")}
                                       : QStringList{QStringLiteral("App"), QStringLiteral("KakaoTalk"), QStringLiteral("Store")};
    // What a user types into the in-place editor, then Enter.
    const auto typeName = [scene](const QString &name) {
        if (InlineEditor *editor = scene->activeEditor()) {
            editor->setPlainText(name);
            editor->finish(true);
        }
        settle(50);
    };
    for (const QString &name : stages) {
        scene->addStage();
        typeName(name);
    }
    for (const QString &name : lanes) {
        scene->addChannelLane();
        scene->renameLane(scene->renderer()->layout().channelIds().last());
        typeName(name);
    }
    const Id order = scene->addTouchpoint(scene->journey()->stages.at(1).id, scene->journey()->channelIds.at(0),
                                          pick("Order and pay", "주문·결제"));
    const Id push = scene->addTouchpoint(scene->journey()->stages.at(1).id, scene->journey()->channelIds.at(1),
                                         pick("Order ready push", "주문 준비 완료 알림"));
    const Id pickup = scene->addTouchpoint(scene->journey()->stages.at(2).id, scene->journey()->channelIds.at(2),
                                           pick("QR pick-up shelf", "QR 픽업 선반"));
    scene->addHandoff(order, push);
    scene->addHandoff(push, pickup);
    scene->addStage(); // named in place, as the guide describes
    typeName(pick("Return", "반품"));
    // The first card selected: the inspector shows its cost, role and assets.
    scene->selectIds({order});
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->minimum());
    settle(200);
    capture(QStringLiteral("31-blank-map"), m_window);

    // The KPI binding with the open data set's lists (task 3 opened one).
    QAction *kpisAction = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    if (!kpisAction) {
        fail(QStringLiteral("32-kpi-binding.png"), QStringLiteral("Plan → KPIs not found"));
        return;
    }
    kpisAction->trigger();
    settle(200);
    auto *kpis = m_window->findChild<KpiTableView *>(QStringLiteral("kpiTableView"));
    if (!kpis || kpis->addKpi(QStringLiteral("conversion_rate")).isEmpty()) {
        fail(QStringLiteral("32-kpi-binding.png"), QStringLiteral("no KPI added"));
        return;
    }
    withModal([kpis] { kpis->editBindingOfSelected(); },
              [this](QDialog *dialog) {
                  if (auto *bound = dialog->findChild<QCheckBox *>(QStringLiteral("bound")))
                      bound->setChecked(true);
                  // Chosen from the open data set's event types, as a user does.
                  if (auto *binding = qobject_cast<KpiBindingDialog *>(dialog)) {
                      const auto chooseType = [](QComboBox *combo, const QStringList &wanted) {
                          for (const QString &type : wanted)
                              if (const int at = combo->findText(type); at >= 0) {
                                  combo->setCurrentIndex(at);
                                  return;
                              }
                          if (combo->count() > 0)
                              combo->setCurrentIndex(0);
                      };
                      chooseType(binding->numeratorType(), {QStringLiteral("purchase"), QStringLiteral("booking")});
                      chooseType(binding->denominatorType(), {QStringLiteral("visit"), QStringLiteral("page_view")});
                  }
                  settle(100);
                  capture(QStringLiteral("32-kpi-binding"), m_window, dialog);
              });
}

bool GuideScript::wanted(const QString &name) const
{
    if (m_options.only.isEmpty())
        return true;
    for (const QString &prefix : m_options.only)
        if (name.startsWith(prefix))
            return true;
    return false;
}

} // namespace omnimap::screenshots
