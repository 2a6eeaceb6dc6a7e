// The user guide's experiment pictures (issue 14): the experiment editor opened from a
// card, the card's "needs N days" badge, and the results view on a generated data set
// with a planted effect.
#include "guidescript.h"

#include "app/experiment/experimenteditor.h"
#include "app/experiment/experimentresultsview.h"
#include "app/insight/insightsession.h"
#include "app/insight/insighttools.h"
#include "app/shell/appcontext.h"
#include "app/shell/mainwindowcontext.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "mainwindow.h"
#include "ui_experimenteditor.h"

#include "dataset.h"
#include "samplegenerator.h"

#include "document/document.h"
#include "model/lookup.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollBar>

namespace omnimap::screenshots {

void GuideScript::experiments()
{
    const QString editorShot = QStringLiteral("40-experiment-editor"), badgeShot = QStringLiteral("41-experiment-badge"),
                  resultsShot = QStringLiteral("42-experiment-results");
    if (!m_window->openSample(m_options.sample)) {
        fail(editorShot + QStringLiteral(".png"), QStringLiteral("sample not opened"));
        return;
    }
    settle(300);
    const Project &project = m_window->document()->project();
    const Journey &journey = project.journeys.first();
    // The test sits on the second card of the map (past the entry) and is decided by the
    // plan's first KPI bound to the data.
    // The conversion KPI (numerator "purchase": what the generator's planted effect moves),
    // the repurchase KPI as its guard-rail.
    const Kpi *primary = nullptr, *guardrail = nullptr;
    for (const Kpi &kpi : project.kpis) {
        if (kpi.binding && kpi.binding->numeratorEventType == QLatin1String("purchase") && !primary)
            primary = &kpi;
        if (kpi.binding && kpi.binding->numeratorEventType == QLatin1String("repurchase") && !guardrail)
            guardrail = &kpi;
    }
    if (journey.touchpoints.size() < 2 || !primary) {
        fail(editorShot + QStringLiteral(".png"), QStringLiteral("the sample has no second card or no bound KPI"));
        return;
    }
    const Id journeyId = journey.id, touchpointId = journey.touchpoints.at(1).id, kpiId = primary->id;
    const Id guardrailId = guardrail ? guardrail->id : Id();
    static_cast<MainWindowContext *>(m_window->context())->requestExperiment(journeyId, touchpointId); // what the card's menu does
    settle(300);
    ExperimentEditor *editor = nullptr;
    for (ExperimentEditor *e : m_window->findChildren<ExperimentEditor *>())
        if (e->isVisible())
            editor = e;
    if (!editor) {
        fail(editorShot + QStringLiteral(".png"), QStringLiteral("the experiment editor did not open"));
        return;
    }
    Ui::ExperimentEditor *form = editor->form();
    form->name->setText(pick("Receipt QR vs SMS link", "영수증 QR 대 문자 링크"));
    emit form->name->editingFinished();
    form->hypothesis->setText(pick("A QR code on the receipt brings more customers into the app than an SMS link",
                                   "영수증의 QR 코드가 문자 링크보다 더 많은 고객을 앱으로 데려온다"));
    emit form->hypothesis->editingFinished();
    form->variants->item(0, 1)->setText(pick("SMS link (today)", "문자 링크 (현재)"));
    form->variants->item(1, 1)->setText(pick("QR code on the receipt", "영수증 QR 코드"));
    const int at = form->primaryKpi->findData(kpiId);
    form->primaryKpi->setCurrentIndex(at);
    emit form->primaryKpi->activated(at);
    for (int i = 0; i < form->guardrails->count(); ++i)
        if (form->guardrails->item(i)->data(Qt::UserRole).toString() == guardrailId)
            form->guardrails->item(i)->setCheckState(Qt::Checked);
    form->mde->setValue(3.0);

    // The data: the sample generator on this plan, B planted +4 points.
    auto *tools = m_window->findChild<insight::InsightTools *>(QStringLiteral("insightTools"));
    const QString path = QDir(m_options.workDir).filePath(QStringLiteral("experiment.sqlite"));
    QFile::remove(path);
    {
        sim::DataSet dataSet;
        sim::GeneratorOptions options;
        options.events = 150000;
        options.seed = 14;
        options.effects = {{QStringLiteral("B"), 0.04}};
        if (!dataSet.open(path, sim::DataSet::OpenMode::Create) || !sim::generateSample(dataSet, project, options).ok) {
            fail(badgeShot + QStringLiteral(".png"), QStringLiteral("no experiment data generated"));
            return;
        }
    }
    tools->session().openDataSet(path);
    waitFor([&] { return tools->session().hasDataSet() && !tools->session().isInfoLoading(); }, 20000);
    // "A/B · needs N days" once the planner has read the traffic.
    waitFor([&] { return m_window->currentMapScene()->experimentBadges().value(touchpointId).contains(QRegularExpression(QStringLiteral("\\d"))); },
            20000);
    settle(300);
    capture(editorShot, m_window, editor);
    editor->close();

    // The map: the card carries the badge; scrolled to it.
    if (MapView *view = m_window->currentMapView()) {
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->minimum());
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->minimum());
        m_window->currentMapScene()->selectIds({touchpointId});
    }
    settle(300);
    capture(badgeShot, m_window);

    auto *results = m_window->findChild<ExperimentResultsView *>();
    if (!results) {
        fail(resultsShot + QStringLiteral(".png"), QStringLiteral("the Experiments tab is not installed"));
        return;
    }
    m_window->context()->showEditorTab(results);
    results->showExperiment(m_window->document()->project().journeys.first().touchpoints.at(1).experiment->id);
    waitFor([&] { return !results->isReading(); }, 60000);
    settle(300);
    capture(resultsShot, m_window);
}

} // namespace omnimap::screenshots
