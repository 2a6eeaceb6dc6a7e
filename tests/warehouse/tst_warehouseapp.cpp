// The app on a real warehouse (the PostgreSQL fixture of test_warehouse), offscreen:
// Data ▸ Connect to Warehouse… with Test connection (good and wrong password), the
// warehouse as the window's data set (remembered in the project without the password,
// undoable), the dashboard computed by the server and equal to the data set's, the
// password asked each time when there is no keychain, and imports refused.

#include "fakeappcontext.h"

#include "app/insight/backgroundjob.h"
#include "app/insight/dashboardwidget.h"
#include "app/insight/insightprompts.h"
#include "app/insight/insightsession.h"
#include "app/insight/insighttools.h"
#include "app/insight/simadapter.h"
#include "app/insight/warehouseconnectiondialog.h"
#include "app/insight/warehousequeryprogress.h"
#include "app/languagesettings.h"
#include "format/projectfile.h"

#include "stallproxy.h"
#include "ui_warehouseconnectiondialog.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QLabel>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <mutex>

using namespace omnimap;
using namespace omnimap::insight;

namespace {

QHash<QString, QString> readEnv()
{
    QHash<QString, QString> env;
    QFile file(qEnvironmentVariable("OMNIMAP_PG_ENV"));
    if (!file.open(QIODevice::ReadOnly))
        return env;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const auto eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return env;
}

/// Fills the connection dialog as a user would, tests it, then accepts.
class WarehousePrompts final : public InsightPrompts
{
public:
    QHash<QString, QString> env;
    QString password;
    int passwordsAsked = 0;
    bool testOk = false;
    QString testMessage;
    bool keepInKeychainEnabled = true;
    bool remember = false;
    QString table = QStringLiteral("events");

    QString warehousePassword(QWidget *, const QString &, const QString &) override
    {
        ++passwordsAsked;
        return env.value(QStringLiteral("OMNIMAP_PG_PASSWORD"));
    }
    bool exec(QDialog *dialog) override
    {
        auto *d = qobject_cast<WarehouseConnectionDialog *>(dialog);
        if (!d)
            return false;
        ::Ui::WarehouseConnectionDialog *f = d->form();
        f->name->setText(QStringLiteral("Test warehouse"));
        f->host->setText(env.value(QStringLiteral("PGHOST")));
        f->port->setValue(env.value(QStringLiteral("PGPORT")).toInt());
        f->database->setText(env.value(QStringLiteral("PGDATABASE")));
        f->user->setText(env.value(QStringLiteral("OMNIMAP_PG_USER")));
        f->tls->setCurrentIndex(f->tls->findData(QStringLiteral("disable")));
        f->table->setText(table);
        f->password->setText(password);
        keepInKeychainEnabled = f->remember->isEnabled();
        if (remember && f->remember->isEnabled())
            f->remember->setChecked(true);
        QSignalSpy finished(d, &WarehouseConnectionDialog::testFinished);
        QTest::mouseClick(f->test, Qt::LeftButton);
        if (!finished.wait(120000))
            return false;
        testOk = finished.at(0).at(0).toBool();
        testMessage = finished.at(0).at(1).toString();
        // The catalog's columns are offered; the sequence column keeps same-time order.
        auto *sequence = qobject_cast<QComboBox *>(f->mapping->cellWidget(int(sim::WarehouseConnection::fields().indexOf(QStringLiteral("sequence"))), 1));
        if (!sequence || sequence->findText(QStringLiteral("seq")) < 0)
            return false;
        sequence->setCurrentText(QStringLiteral("seq"));
        return testOk;
    }
};

/// Every message the app logs while a test runs (qDebug … qCritical), to check that no
/// password ever reaches a log.
QStringList g_log;
std::mutex g_logMutex;
QtMessageHandler g_previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        std::lock_guard<std::mutex> lock(g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestWarehouseApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_env = readEnv();
        if (m_env.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("No PostgreSQL test server (OMNIMAP_PG_ENV): in CI this is a failure.");
            QSKIP("No PostgreSQL test server: run through ctest.");
        }
        const LoadResult loaded = loadProjectFile(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/retail-click-collect.omnimap"));
        QVERIFY(loaded.ok());
        m_project = *loaded.project;
    }

    void wrongPasswordSaysSoAndChangesNothing()
    {
        test::FakeAppContext context(m_project);
        auto prompts = std::make_unique<WarehousePrompts>();
        WarehousePrompts *p = prompts.get();
        p->env = m_env;
        p->password = QStringLiteral("not the password");
        InsightTools *tools = installInsightTools(context, std::move(prompts));
        tools->connectWarehouse();
        QVERIFY(!p->testOk);
        QVERIFY2(p->testMessage.contains(QLatin1String("refused the password")), qPrintable(p->testMessage));
        QVERIFY(!tools->session().hasDataSet());
        QVERIFY(context.document()->project().dataSets.isEmpty());
        QVERIFY(!context.document()->isModified());
    }

    void connectRememberAndComputeOnTheWarehouse()
    {
        test::FakeAppContext context(m_project);
        auto prompts = std::make_unique<WarehousePrompts>();
        WarehousePrompts *p = prompts.get();
        p->env = m_env;
        p->password = m_env.value(QStringLiteral("OMNIMAP_PG_PASSWORD"));
        InsightTools *tools = installInsightTools(context, std::move(prompts));
        // Reachable from the Data menu.
        QAction *action = context.menu(AppContext::Menu::Data)->findChild<QAction *>(QStringLiteral("connectWarehouseAction"));
        QVERIFY(action);
        QSignalSpy changed(&tools->session(), &InsightSession::dataSetChanged);
        action->trigger();
        QVERIFY2(p->testOk, qPrintable(p->testMessage));
        QVERIFY2(p->testMessage.contains(QLatin1String("Connected")), qPrintable(p->testMessage));
        QVERIFY(changed.wait(60000) || changed.count() > 0);
        QVERIFY2(tools->session().hasDataSet(), qPrintable(tools->session().lastError()));
        QVERIFY(tools->session().isWarehouse());

        // The project keeps the name and the mapping, never the password; undoable.
        const Project &project = context.document()->project();
        QCOMPARE(project.dataSets.size(), 1);
        QCOMPARE(project.dataSets.first().name, QStringLiteral("Test warehouse"));
        QVERIFY(project.dataSets.first().path.contains(QLatin1String("map.sequence=seq")));
        const QByteArray saved = writeProject(project);
        QVERIFY(!saved.contains(p->password.toUtf8()));
        context.document()->undoStack()->undo();
        QVERIFY(context.document()->project().dataSets.isEmpty());
        context.document()->undoStack()->redo();

        // The dashboard's figures come from the server and match the local data set's.
        DashboardQuery remote;
        remote.dataSetPath = tools->session().dataSetPath();
        remote.password = tools->session().warehousePassword();
        remote.journeyId = project.journeys.first().id;
        DashboardQuery local = remote;
        local.dataSetPath = m_env.value(QStringLiteral("OMNIMAP_PG_DATASET"));
        local.password.clear();
        const DashboardData a = computeDashboard(project, local, nullptr);
        const DashboardData b = computeDashboard(project, remote, nullptr);
        QVERIFY2(a.ok, qPrintable(a.error));
        QVERIFY2(b.ok, qPrintable(b.error));
        QCOMPARE(b.summary.journeys, a.summary.journeys);
        QCOMPARE(b.summary.conversions, a.summary.conversions);
        QCOMPARE(b.funnel.size(), a.funnel.size());
        for (std::size_t i = 0; i < a.funnel.size(); ++i)
            QCOMPARE(b.funnel[i].customers, a.funnel[i].customers);
        QCOMPARE(b.timeToConvert.medianDays, a.timeToConvert.medianDays);

        // Imports never go to a warehouse.
        tools->importCsv();
        QVERIFY2(context.lastStatus().contains(QLatin1String("only read")), qPrintable(context.lastStatus()));
    }

    void passwordAskedEachTimeWithoutKeychain()
    {
        // Offscreen there is no keychain service: opening the project's warehouse asks.
        test::FakeAppContext context(m_project);
        auto prompts = std::make_unique<WarehousePrompts>();
        WarehousePrompts *p = prompts.get();
        p->env = m_env;
        InsightTools *tools = installInsightTools(context, std::move(prompts));
        const QString url = QStringLiteral("postgres://%1@%2:%3/%4?table=events&sslmode=disable&map.sequence=seq")
                                .arg(m_env.value(QStringLiteral("OMNIMAP_PG_USER")), m_env.value(QStringLiteral("PGHOST")),
                                     m_env.value(QStringLiteral("PGPORT")), m_env.value(QStringLiteral("PGDATABASE")));
        QSignalSpy changed(&tools->session(), &InsightSession::dataSetChanged);
        context.requestDataSet(url);
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 60000);
        QCOMPARE(p->passwordsAsked, 1);
        QVERIFY2(tools->session().hasDataSet(), qPrintable(tools->session().lastError()));
    }

    void cancelFromTheProgressDialogStopsTheServerQuery()
    {
        // A view that sleeps a minute before its rows: the dashboard's first query waits.
        QVERIFY(admin(QStringLiteral("CREATE OR REPLACE VIEW events_slow_app AS SELECT e.* FROM events_nulls e, pg_sleep(60) s;"
                                     " GRANT SELECT ON events_slow_app TO analyst;")));
        test::FakeAppContext context(m_project);
        auto prompts = std::make_unique<WarehousePrompts>();
        prompts->env = m_env;
        InsightTools *tools = installInsightTools(context, std::move(prompts));
        DashboardWidget *dashboard = tools->dashboard();
        QSignalSpy changed(&tools->session(), &InsightSession::dataSetChanged);
        context.requestDataSet(url(QStringLiteral("events_slow_app")));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 60000);
        QVERIFY2(tools->session().hasDataSet(), qPrintable(tools->session().lastError()));

        // The query runs on the server; the GUI thread keeps turning (the dialog appears
        // by its own timer, and a 50 ms timer keeps firing on time).
        QTRY_VERIFY_WITH_TIMEOUT(activeQueries() == 1, 30000);
        QVERIFY(dashboard->job()->isRunning());
        QProgressDialog *dialog = dashboard->warehouseProgress()->dialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
        QVERIFY2(dialog->labelText().contains(QLatin1String("journeys")), qPrintable(dialog->labelText()));
        QElapsedTimer clock;
        clock.start();
        qint64 longestGap = 0, last = 0;
        QTimer beat;
        beat.setInterval(50);
        connect(&beat, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        beat.start();
        QTest::qWait(1500);
        beat.stop();
        QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));
        QVERIFY(dashboard->job()->isRunning());

        // Cancel: the job returns and the server has no running query left.
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->job()->isRunning(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(activeQueries(), 0, 10000);
        QVERIFY(!dialog->isVisible());
        auto *state = dashboard->findChild<QLabel *>(QStringLiteral("dashboardState"));
        QVERIFY(state);
        QVERIFY2(state->text().contains(QLatin1String("Cancelled")), qPrintable(state->text()));

        // Usable afterwards: a small table computes, worked by hand from the fixture:
        // customer a: web, email, then a purchase of 10 (one converted journey); b: sns
        // (one open journey); the rows without a customer or a time are left out.
        QSignalSpy computed(dashboard, &DashboardWidget::computed);
        context.requestDataSet(url(QStringLiteral("events_nulls")));
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() > 0 && !dashboard->isComputing(), 60000);
        QVERIFY2(dashboard->data().ok, qPrintable(dashboard->data().error));
        QCOMPARE(dashboard->data().summary.journeys, 2);
        QCOMPARE(dashboard->data().summary.conversions, 1);
        QCOMPARE(dashboard->data().summary.value, 10.0);

        // A time limit: the message says so, the window stays usable.
        context.requestDataSet(url(QStringLiteral("events_slow_app")) + QStringLiteral("&timeout=1"));
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QLatin1String("time limit (1 s)")),
                                  qPrintable(state->text() + QLatin1Char('|') + tools->session().lastError()), 60000);
        QVERIFY(!dashboard->data().ok);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isComputing(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(activeQueries(), 0, 10000);
        QVERIFY(admin(QStringLiteral("DROP VIEW events_slow_app;")));
    }

    void wrongColumnTypeIsShownInTheDialog()
    {
        test::FakeAppContext context(m_project);
        auto prompts = std::make_unique<WarehousePrompts>();
        WarehousePrompts *p = prompts.get();
        p->env = m_env;
        p->password = m_env.value(QStringLiteral("OMNIMAP_PG_PASSWORD"));
        p->table = QStringLiteral("events_text_time");
        InsightTools *tools = installInsightTools(context, std::move(prompts));
        tools->connectWarehouse();
        QVERIFY(!p->testOk);
        QVERIFY2(p->testMessage.contains(QLatin1String("time column has type text")), qPrintable(p->testMessage));
        QVERIFY(!tools->session().hasDataSet());
        QVERIFY(context.document()->project().dataSets.isEmpty());
        QVERIFY(!context.document()->isModified());
    }

    void serverKilledMidQueryIsShownAndChangesNothing()
    {
        QVERIFY(admin(QStringLiteral("CREATE OR REPLACE VIEW events_slow_kill AS SELECT e.* FROM events_nulls e, pg_sleep(60) s;"
                                     " GRANT SELECT ON events_slow_kill TO analyst;")));
        test::FakeAppContext context(m_project);
        auto prompts = std::make_unique<WarehousePrompts>();
        prompts->env = m_env;
        InsightTools *tools = installInsightTools(context, std::move(prompts));
        DashboardWidget *dashboard = tools->dashboard();
        QSignalSpy changed(&tools->session(), &InsightSession::dataSetChanged);
        context.requestDataSet(url(QStringLiteral("events_slow_kill")));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 60000);
        QVERIFY2(tools->session().hasDataSet(), qPrintable(tools->session().lastError()));
        const QByteArray plan = writeProject(context.document()->project());
        const int undoSteps = context.document()->undoStack()->count();
        const QByteArray local = dataSetDigest();

        // The process serving the dashboard's query is killed (as the out-of-memory
        // killer would); PostgreSQL drops every session and recovers.
        QTRY_VERIFY_WITH_TIMEOUT(activeQueries() == 1, 30000);
        QProgressDialog *dialog = dashboard->warehouseProgress()->dialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
        const qint64 pid = adminValue(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE usename = 'analyst' AND state = 'active' LIMIT 1")).toLongLong();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        auto *state = dashboard->findChild<QLabel *>(QStringLiteral("dashboardState"));
        QVERIFY(state);
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QLatin1String("ended the connection")), qPrintable(state->text()), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isComputing(), 10000);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(writeProject(context.document()->project()), plan);
        QCOMPARE(context.document()->undoStack()->count(), undoSteps);
        QCOMPARE(dataSetDigest(), local);

        // Usable afterwards, once the server is back: the small table, worked by hand.
        QTRY_VERIFY_WITH_TIMEOUT(adminValue(QStringLiteral("SELECT 1")) == QLatin1String("1"), 60000);
        QSignalSpy computed(dashboard, &DashboardWidget::computed);
        context.requestDataSet(url(QStringLiteral("events_nulls")));
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() > 0 && !dashboard->isComputing(), 60000);
        QVERIFY2(dashboard->data().ok, qPrintable(dashboard->data().error));
        QCOMPARE(dashboard->data().summary.journeys, 2);
        QCOMPARE(dashboard->data().summary.conversions, 1);
    }

    void frozenNetworkIsShownAndTheWindowStaysUsable()
    {
        QVERIFY(admin(QStringLiteral("CREATE OR REPLACE VIEW events_slow_kill AS SELECT e.* FROM events_nulls e, pg_sleep(60) s;"
                                     " GRANT SELECT ON events_slow_kill TO analyst;")));
        // A loopback proxy between the app and the server, paused mid-query.
        test::StallProxy proxy;
        QVERIFY(proxy.start(m_env.value(QStringLiteral("PGPORT")).toInt()));
        test::FakeAppContext context(m_project);
        auto prompts = std::make_unique<WarehousePrompts>();
        prompts->env = m_env;
        InsightTools *tools = installInsightTools(context, std::move(prompts));
        DashboardWidget *dashboard = tools->dashboard();
        QSignalSpy changed(&tools->session(), &InsightSession::dataSetChanged);
        context.requestDataSet(url(QStringLiteral("events_slow_kill"), proxy.port()) + QStringLiteral("&timeout=4"));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 60000);
        QVERIFY2(tools->session().hasDataSet(), qPrintable(tools->session().lastError()));
        const QByteArray plan = writeProject(context.document()->project());
        const QByteArray local = dataSetDigest();
        QTRY_VERIFY_WITH_TIMEOUT(activeQueries() == 1, 30000);
        proxy.freeze();
        QProgressDialog *dialog = dashboard->warehouseProgress()->dialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
        // The window keeps turning while the network is frozen.
        QElapsedTimer clock;
        clock.start();
        qint64 longestGap = 0, last = 0;
        QTimer beat;
        beat.setInterval(50);
        connect(&beat, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        beat.start();
        auto *state = dashboard->findChild<QLabel *>(QStringLiteral("dashboardState"));
        QVERIFY(state);
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QLatin1String("No answer from the server")), qPrintable(state->text()), 60000);
        beat.stop();
        QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isComputing(), 10000);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(writeProject(context.document()->project()), plan);
        QCOMPARE(dataSetDigest(), local);
        proxy.thaw();
        QTRY_COMPARE_WITH_TIMEOUT(activeQueries(), 0, 20000);

        // Usable: the same window computes the small table directly.
        QSignalSpy computed(dashboard, &DashboardWidget::computed);
        context.requestDataSet(url(QStringLiteral("events_nulls")));
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() > 0 && !dashboard->isComputing(), 60000);
        QVERIFY2(dashboard->data().ok, qPrintable(dashboard->data().error));
        QCOMPARE(dashboard->data().summary.journeys, 2);
        QVERIFY(admin(QStringLiteral("DROP VIEW events_slow_kill;")));
    }

    void passwordNeverInProjectSettingsOrLogs()
    {
        // "Keep in the keychain" on a machine without a secret service (as CI and this
        // headless test): the keychain fails, so the password is asked each time, and it
        // is written nowhere: not in the saved project, the settings or any log message.
        const QString password = m_env.value(QStringLiteral("OMNIMAP_PG_PASSWORD"));
        QVERIFY(password.size() >= 8);
        g_log.clear();
        g_previousHandler = qInstallMessageHandler(captureMessage);
        QString savedProject;
        {
            test::FakeAppContext context(m_project);
            auto prompts = std::make_unique<WarehousePrompts>();
            WarehousePrompts *p = prompts.get();
            p->env = m_env;
            p->password = password;
            p->remember = true;
            InsightTools *tools = installInsightTools(context, std::move(prompts));
            QSignalSpy changed(&tools->session(), &InsightSession::dataSetChanged);
            tools->connectWarehouse();
            QVERIFY2(p->testOk, qPrintable(p->testMessage));
            QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 60000);
            QVERIFY(tools->session().isWarehouse());
            // The keychain's answer (a failure here) arrives within its own time limit.
            QTest::qWait(1000);
            savedProject = QString::fromUtf8(writeProject(context.document()->project()));
            QVERIFY(savedProject.contains(QLatin1String("map.sequence=seq")));

            // Reopening the project's warehouse asks again: nothing was kept.
            test::FakeAppContext again(context.document()->project());
            auto prompts2 = std::make_unique<WarehousePrompts>();
            WarehousePrompts *p2 = prompts2.get();
            p2->env = m_env;
            InsightTools *tools2 = installInsightTools(again, std::move(prompts2));
            QSignalSpy changed2(&tools2->session(), &InsightSession::dataSetChanged);
            again.requestDataSet(context.document()->project().dataSets.first().path);
            QTRY_VERIFY_WITH_TIMEOUT(changed2.count() > 0, 60000);
            QCOMPARE(p2->passwordsAsked, 1);
        }
        qInstallMessageHandler(g_previousHandler);
        QVERIFY(!savedProject.contains(password));
        QSettings settings;
        settings.sync();
        QFile settingsFile(settings.fileName());
        if (settingsFile.open(QIODevice::ReadOnly))
            QVERIFY(!settingsFile.readAll().contains(password.toUtf8()));
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
        std::lock_guard<std::mutex> lock(g_logMutex);
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(password), "a log message contains the password");
    }

    void guideScreenshots()
    {
        // The user guide's pictures of the dialog (docs/images/guide/{en,ko}), connected
        // to the test server: OMNIMAP_SCREENSHOT_DIR=docs/images/guide.
        const QString dir = qEnvironmentVariable("OMNIMAP_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("OMNIMAP_SCREENSHOT_DIR not set");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ko")}) {
            installTranslations(*qApp, language);
            WarehouseConnectionDialog dialog(sim::WarehouseConnection{});
            dialog.setKeychainAvailable(true);
            WarehousePrompts p;
            p.env = m_env;
            p.password = m_env.value(QStringLiteral("OMNIMAP_PG_PASSWORD"));
            dialog.resize(660, 760);
            dialog.show();
            QVERIFY(p.exec(&dialog));
            dialog.form()->name->setText(language == QLatin1String("ko") ? QStringLiteral("매출 웨어하우스") : QStringLiteral("Sales warehouse"));
            dialog.form()->host->setText(QStringLiteral("warehouse.example.com"));
            dialog.form()->port->setValue(5432);
            dialog.form()->tls->setCurrentIndex(dialog.form()->tls->findData(QStringLiteral("require")));
            QTest::qWait(200);
            QVERIFY(QDir().mkpath(dir + QLatin1Char('/') + language));
            QVERIFY(dialog.grab().save(dir + QLatin1Char('/') + language + QStringLiteral("/14-warehouse.png")));
        }
        installTranslations(*qApp, QStringLiteral("en"));
    }

private:
    QString url(const QString &table, int port = 0) const
    {
        return QStringLiteral("postgres://%1@%2:%3/%4?table=%5&sslmode=disable&map.sequence=seq")
            .arg(m_env.value(QStringLiteral("OMNIMAP_PG_USER")), m_env.value(QStringLiteral("PGHOST")),
                 port > 0 ? QString::number(port) : m_env.value(QStringLiteral("PGPORT")), m_env.value(QStringLiteral("PGDATABASE")), table);
    }
    QByteArray dataSetDigest() const
    {
        QFile f(m_env.value(QStringLiteral("OMNIMAP_PG_DATASET")));
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    /// psql as the fixture's superuser; the first value of the last statement's output.
    QString adminValue(const QString &sql, bool *ok = nullptr)
    {
        QProcess psql;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), m_env.value(QStringLiteral("PGHOST")));
        env.insert(QStringLiteral("PGPORT"), m_env.value(QStringLiteral("PGPORT")));
        env.insert(QStringLiteral("PGDATABASE"), m_env.value(QStringLiteral("PGDATABASE")));
        env.insert(QStringLiteral("PGUSER"), m_env.value(QStringLiteral("OMNIMAP_PG_ADMIN")));
        env.insert(QStringLiteral("PGPASSWORD"), m_env.value(QStringLiteral("OMNIMAP_PG_ADMIN_PASSWORD")));
        psql.setProcessEnvironment(env);
        psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-v"),
                                            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql});
        const bool done = psql.waitForFinished(60000) && psql.exitCode() == 0;
        if (ok)
            *ok = done;
        return QString::fromUtf8(psql.readAllStandardOutput()).trimmed();
    }
    bool admin(const QString &sql)
    {
        bool ok = false;
        adminValue(sql, &ok);
        return ok;
    }
    /// Queries the test user has running on the server right now.
    int activeQueries()
    {
        bool ok = false;
        const QString n = adminValue(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = 'analyst' AND state = 'active'"), &ok);
        return ok ? n.toInt() : -1;
    }

    QHash<QString, QString> m_env;
    Project m_project;
};

QTEST_MAIN(TestWarehouseApp)
#include "tst_warehouseapp.moc"
