#include "insighttools.h"

#include "feedbackcontroller.h"
#include "feedbackpanel.h"
#include "feedbackscoresview.h"

#include "backgroundjob.h"
#include "chartpanel.h"
#include "dashboardwidget.h"
#include "datasetsdock.h"
#include "importmappingdialog.h"
#include "insightprompts.h"
#include "insightsession.h"
#include "jobprogressdialog.h"
#include "mapoverlaycontroller.h"
#include "scenariopanel.h"
#include "warehouseconnectiondialog.h"
#include "warehousepasswords.h"

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
    , m_feedback(new FeedbackController(*m_session, this))
    , m_feedbackPanel(new FeedbackPanel(*m_session, *m_feedback))
{
    setObjectName(QStringLiteral("insightTools"));
    context.addDock(m_dock, Qt::RightDockWidgetArea);
    context.addEditorTab(m_dashboard, tr("Dashboard"));
    context.addEditorTab(m_scenarios, tr("Scenarios"));
    context.addEditorTab(m_feedbackPanel, tr("Feedback"));
    m_feedbackScores = new FeedbackScoresView(*m_feedback);
    auto *scoresPanel = new ChartPanel(tr("Customer feedback: NPS and CSAT"), m_feedbackScores, &m_session->prompts());
    scoresPanel->setSubtitle(tr("per stage and per channel, with n"));
    m_dashboard->appendSection(scoresPanel);

    connect(m_dock, &DataSetsDock::newRequested, this, &InsightTools::newDataSet);
    connect(m_dock, &DataSetsDock::openRequested, this, &InsightTools::openDataSet);
    connect(m_dock, &DataSetsDock::importRequested, this, &InsightTools::importCsv);
    connect(m_dock, &DataSetsDock::sampleRequested, this, &InsightTools::generateSample);
    connect(&context, &AppContext::dataSetRequested, this, [this](const QString &path) {
        if (sim::WarehouseConnection::isWarehouseUrl(path))
            openWarehouseUrl(path, QString());
        else
            m_session->openDataSet(path);
    });
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
        a = data->addAction(tr("Connect to &Warehouse…"), this, &InsightTools::connectWarehouse);
        a->setObjectName(QStringLiteral("connectWarehouseAction"));
        a = data->addAction(tr("&Import Events CSV…"), this, &InsightTools::importCsv);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        data->addAction(tr("Generate &Sample Data…"), this, &InsightTools::generateSample);
        a = data->addAction(tr("Import &Feedback CSV…"), this, &InsightTools::importFeedbackCsv);
        a->setObjectName(QStringLiteral("importFeedbackAction"));
        data->addSeparator();
        a = data->addAction(tr("&Dashboard"), this, [this] { m_context.showEditorTab(m_dashboard); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        a = data->addAction(tr("What-if &Scenarios"), this, [this] { m_context.showEditorTab(m_scenarios); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
        a = data->addAction(tr("Customer F&eedback"), this, [this] { m_context.showEditorTab(m_feedbackPanel); });
        a->setObjectName(QStringLiteral("showFeedbackAction"));
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
    if (m_session->isWarehouse()) {
        // Omnimap never writes to a warehouse: imports and samples need a local data set.
        m_context.showStatusMessage(tr("A warehouse is only read: open or create a local data set to import or generate events."), 10000);
        return false;
    }
    if (!m_session->dataSetPath().isEmpty())
        return true;
    newDataSet();
    return !m_session->dataSetPath().isEmpty();
}

void InsightTools::importCsv()
{
    importCsvOfKind(ImportMappingDialog::Kind::Events);
}

void InsightTools::importFeedbackCsv()
{
    importCsvOfKind(ImportMappingDialog::Kind::Feedback);
}

/// Events and feedback share the whole path: pick the file, map its columns, import in the
/// background with progress; only the session's import job differs.
void InsightTools::importCsvOfKind(ImportMappingDialog::Kind kind)
{
    if (m_session->dataJob()->isRunning() || !ensureDataSet())
        return;
    const QString csv = m_session->prompts().csvPath(m_context.window());
    if (csv.isEmpty())
        return;
    ImportMappingDialog dialog(csv, m_context.window(), kind);
    if (!m_session->prompts().exec(&dialog) || !dialog.problem().isEmpty())
        return;
    BackgroundJob *job = kind == ImportMappingDialog::Kind::Feedback
        ? m_session->importFeedbackCsv(csv, dialog.mapping(), dialog.skipBadRows())
        : m_session->importCsv(csv, dialog.mapping(), dialog.skipBadRows());
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

void InsightTools::connectWarehouse()
{
    sim::WarehouseConnection initial;
    if (m_session->isWarehouse())
        sim::WarehouseConnection::fromUrl(m_session->dataSetPath(), initial, nullptr);
    WarehouseConnectionDialog dialog(initial, m_context.window());
    dialog.setKeychainAvailable(warehousepasswords::isCompiledIn());
    if (!m_session->prompts().exec(&dialog))
        return;
    const sim::WarehouseConnection connection = dialog.connection();
    if (dialog.rememberPassword()) {
        warehousepasswords::write(connection.keychainKey(), dialog.password(), this, [this](bool ok, const QString &, const QString &error) {
            if (!ok)
                m_context.showStatusMessage(tr("The password was not kept (%1): it will be asked next time.").arg(error), 10000);
        });
    }
    m_session->openWarehouse(connection, dialog.password());
}

void InsightTools::openWarehouseUrl(const QString &url, const QString &name)
{
    sim::WarehouseConnection connection;
    QString error;
    if (!sim::WarehouseConnection::fromUrl(url, connection, &error)) {
        m_context.showStatusMessage(error, 10000);
        return;
    }
    if (!name.isEmpty())
        connection.name = name;
    // The keychain first (a colleague's machine has none for it: they are asked for
    // their own password), then the user.
    warehousepasswords::read(connection.keychainKey(), this, [this, connection](bool found, const QString &password, const QString &) {
        if (found) {
            m_session->openWarehouse(connection, password);
            return;
        }
        const QString typed = m_session->prompts().warehousePassword(m_context.window(), connection.name, connection.user);
        if (!typed.isEmpty())
            m_session->openWarehouse(connection, typed);
    });
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
