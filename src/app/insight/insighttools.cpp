#include "insighttools.h"

#include "backgroundjob.h"
#include "dashboardwidget.h"
#include "datasetsdock.h"
#include "importmappingdialog.h"
#include "insightprompts.h"
#include "insightsession.h"
#include "jobprogressdialog.h"
#include "mapoverlaycontroller.h"
#include "scenariopanel.h"

#include "app/shell/appcontext.h"

#include <QAction>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

namespace omnimap::insight {

InsightTools::InsightTools(AppContext &context, std::unique_ptr<InsightPrompts> prompts)
    : QObject(&context)
    , m_context(context)
    , m_session(new InsightSession(context, std::move(prompts), this))
    , m_dock(new DataSetsDock(*m_session, context.window()))
    , m_dashboard(new DashboardWidget(*m_session))
    , m_scenarios(new ScenarioPanel(*m_session))
    , m_overlays(new MapOverlayController(*m_session, this))
{
    setObjectName(QStringLiteral("insightTools"));
    context.addDock(m_dock, Qt::RightDockWidgetArea);
    context.addEditorTab(m_dashboard, tr("Dashboard"));
    context.addEditorTab(m_scenarios, tr("Scenarios"));

    connect(m_dock, &DataSetsDock::newRequested, this, &InsightTools::newDataSet);
    connect(m_dock, &DataSetsDock::openRequested, this, &InsightTools::openDataSet);
    connect(m_dock, &DataSetsDock::importRequested, this, &InsightTools::importCsv);
    connect(m_dock, &DataSetsDock::sampleRequested, this, &InsightTools::generateSample);
    connect(&context, &AppContext::dataSetRequested, this, [this](const QString &path) { m_session->openDataSet(path); });
    // A language switch rebuilds the window: the open data set comes along.
    connect(&context, &AppContext::aboutToRebuild, this, [this](QVariantHash &state) {
        if (m_session->hasDataSet())
            state.insert(QStringLiteral("insight/dataSet"), m_session->dataSetPath());
    });
    connect(&context, &AppContext::rebuilt, this, [this](const QVariantHash &state) {
        const QString path = state.value(QStringLiteral("insight/dataSet")).toString();
        if (!path.isEmpty() && QFileInfo::exists(path))
            m_session->openDataSet(path);
    });
    connect(m_session, &InsightSession::dataJobFinished, this, [this](bool ok, const QString &message) {
        m_context.showStatusMessage(message.section(QLatin1Char('\n'), 0, 0), ok ? 5000 : 10000);
    });

    if (QMenu *data = context.menu(AppContext::Menu::Data)) {
        QAction *a = data->addAction(tr("&New Data Set…"), this, &InsightTools::newDataSet);
        a = data->addAction(tr("&Open Data Set…"), this, &InsightTools::openDataSet);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        a = data->addAction(tr("&Import Events CSV…"), this, &InsightTools::importCsv);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        data->addAction(tr("Generate &Sample Data…"), this, &InsightTools::generateSample);
        data->addSeparator();
        a = data->addAction(tr("&Dashboard"), this, [this] { m_context.showEditorTab(m_dashboard); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        a = data->addAction(tr("What-if &Scenarios"), this, [this] { m_context.showEditorTab(m_scenarios); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
        data->addAction(m_dock->toggleViewAction());
    }
    if (QMenu *view = context.menu(AppContext::Menu::View)) {
        QMenu *overlays = view->addMenu(tr("Simulation Overlays"));
        overlays->addAction(m_overlays->badgesAction());
        overlays->addAction(m_overlays->flowAction());
        overlays->addAction(m_overlays->heatAction());
    }
}

InsightTools::~InsightTools() = default;

void InsightTools::newDataSet()
{
    const QString path = m_session->prompts().newDataSetPath(m_context.window());
    if (!path.isEmpty())
        m_session->openDataSet(path, true);
}

void InsightTools::openDataSet()
{
    const QString path = m_session->prompts().openDataSetPath(m_context.window());
    if (!path.isEmpty())
        m_session->openDataSet(path);
}

bool InsightTools::ensureDataSet()
{
    if (!m_session->dataSetPath().isEmpty())
        return true;
    newDataSet();
    return !m_session->dataSetPath().isEmpty();
}

void InsightTools::importCsv()
{
    if (m_session->dataJob()->isRunning() || !ensureDataSet())
        return;
    const QString csv = m_session->prompts().csvPath(m_context.window());
    if (csv.isEmpty())
        return;
    ImportMappingDialog dialog(csv, m_context.window());
    if (!m_session->prompts().exec(&dialog) || !dialog.problem().isEmpty())
        return;
    BackgroundJob *job = m_session->importCsv(csv, dialog.mapping(), dialog.skipBadRows());
    if (!job)
        return;
    auto *progress = new JobProgressDialog(job, tr("Importing %1").arg(csv.section(QLatin1Char('/'), -1)), tr("rows"),
                                           1.0 / std::max(1.0, dialog.preview().bytesPerRow), m_context.window());
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->show();
}

void InsightTools::generateSample()
{
    if (m_session->dataJob()->isRunning() || !ensureDataSet())
        return;
    const qint64 events = m_session->prompts().sampleEvents(m_context.window());
    if (events <= 0)
        return;
    BackgroundJob *job = m_session->generateSample(events, 42);
    if (!job)
        return;
    auto *progress = new JobProgressDialog(job, tr("Generating sample data"), tr("events"), 1.0, m_context.window());
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->show();
}

InsightTools *installInsightTools(AppContext &context, std::unique_ptr<InsightPrompts> prompts)
{
    return new InsightTools(context, std::move(prompts));
}

} // namespace omnimap::insight

namespace omnimap {

void installInsightTools(AppContext &context)
{
    insight::installInsightTools(context, std::make_unique<insight::InsightPrompts>());
}

} // namespace omnimap
