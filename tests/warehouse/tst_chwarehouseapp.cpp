// The app on the ClickHouse test cluster (the fixture of test_chwarehouse), offscreen:
// Data ▸ Connect to Warehouse… with Engine = ClickHouse (the port, TLS choices and the
// "skip shards" box follow the engine), Test connection with a wrong and the right
// password, the warehouse remembered in the project without the password (undoable), and
// the dashboard computed by the cluster equal to the local data set's.

#include "fakeappcontext.h"

#include "app/insight/dashboardwidget.h"
#include "app/insight/datasetsdock.h"
#include "app/insight/insightprompts.h"
#include "app/insight/insightsession.h"
#include "app/insight/insighttools.h"
#include "app/insight/simadapter.h"
#include "app/insight/warehouseconnectiondialog.h"
#include "app/insight/warehousequeryprogress.h"
#include "app/languagesettings.h"
#include "format/projectfile.h"
#include "sim/cheventsource.h"
#include "stallproxy.h"

#include "ui_warehouseconnectiondialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QProcess>
#include <QProgressDialog>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTimer>
#include <QElapsedTimer>

using namespace omnimap;
using namespace omnimap::insight;

namespace {

QHash<QString, QString> readEnv()
{
    QHash<QString, QString> env;
    if (qEnvironmentVariableIsEmpty("OMNIMAP_CH_ENV"))
        return env;
    QFile file(qEnvironmentVariable("OMNIMAP_CH_ENV"));
    if (!file.open(QIODevice::ReadOnly))
        return env;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const auto eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return env;
}

/// Fills the dialog as a user would: ClickHouse first, then the fields; tests; accepts.
class ChPrompts final : public InsightPrompts
{
public:
    QHash<QString, QString> env;
    QString password;
    bool testOk = false;
    QString testMessage;
    int portAfterEngine = 0;
    QString table = QStringLiteral("events");

    QString warehousePassword(QWidget *, const QString &, const QString &) override
    {
        return env.value(QStringLiteral("OMNIMAP_CH_PASSWORD"));
    }
    bool exec(QDialog *dialog) override
    {
        auto *d = qobject_cast<WarehouseConnectionDialog *>(dialog);
        if (!d)
            return false;
        ::Ui::WarehouseConnectionDialog *f = d->form();
        d->engine()->setCurrentIndex(d->engine()->findData(QStringLiteral("clickhouse")));
        portAfterEngine = f->port->value();
        f->name->setText(QStringLiteral("Event cluster"));
        f->host->setText(env.value(QStringLiteral("OMNIMAP_CH_HOST")));
        f->port->setValue(env.value(QStringLiteral("OMNIMAP_CH_PORT")).toInt());
        f->database->setText(env.value(QStringLiteral("OMNIMAP_CH_DATABASE")));
        f->user->setText(env.value(QStringLiteral("OMNIMAP_CH_USER")));
        f->tls->setCurrentIndex(f->tls->findData(QStringLiteral("disable")));
        f->table->setText(table);
        f->password->setText(password);
        QSignalSpy finished(d, &WarehouseConnectionDialog::testFinished);
        QTest::mouseClick(f->test, Qt::LeftButton);
        if (!finished.wait(120000))
            return false;
        testOk = finished.at(0).at(0).toBool();
        testMessage = finished.at(0).at(1).toString();
        auto *sequence = qobject_cast<QComboBox *>(f->mapping->cellWidget(int(sim::WarehouseConnection::fields().indexOf(QStringLiteral("sequence"))), 1));
        if (!sequence || sequence->findText(QStringLiteral("seq")) < 0)
            return false;
        sequence->setCurrentText(QStringLiteral("seq"));
        return testOk;
    }
};

} // namespace

class TestChWarehouseApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_env = readEnv();
        if (m_env.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("No ClickHouse test cluster (OMNIMAP_CH_ENV): in CI this is a failure.");
            QSKIP("No ClickHouse test cluster: run through ctest.");
        }
        const LoadResult loaded = loadProjectFile(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/retail-click-collect.omnimap"));
        QVERIFY(loaded.ok());
        m_project = *loaded.project;
    }

    void engineChoiceShapesTheDialog()
    {
        WarehouseConnectionDialog dialog(sim::WarehouseConnection{});
        QCOMPARE(dialog.form()->port->value(), 5432);
        QVERIFY(dialog.skipShards()->isHidden());
        dialog.engine()->setCurrentIndex(dialog.engine()->findData(QStringLiteral("clickhouse")));
        QCOMPARE(dialog.form()->port->value(), 8123);
        QVERIFY(!dialog.skipShards()->isHidden());
        // http or verified https only: "prefer"/"require (not verified)" are PostgreSQL's.
        auto *model = qobject_cast<QStandardItemModel *>(dialog.form()->tls->model());
        QVERIFY(model);
        QVERIFY(!model->item(dialog.form()->tls->findData(QStringLiteral("require")))->isEnabled());
        QVERIFY(model->item(dialog.form()->tls->findData(QStringLiteral("verify-full")))->isEnabled());
        dialog.skipShards()->setChecked(true);
        const sim::WarehouseConnection c = dialog.connection();
        QVERIFY(c.isClickHouse());
        QVERIFY(c.skipUnavailableShards);
        QVERIFY(c.toUrl().startsWith(QLatin1String("clickhouse://")));
        QVERIFY(c.toUrl().contains(QLatin1String("skip_unavailable_shards=1")));
        // Back to PostgreSQL: its port again, and the ClickHouse choice does not leak.
        dialog.engine()->setCurrentIndex(0);
        QCOMPARE(dialog.form()->port->value(), 5432);
        QVERIFY(!dialog.connection().skipUnavailableShards);
        // A remembered ClickHouse connection opens as one.
        sim::WarehouseConnection stored;
        QVERIFY(sim::WarehouseConnection::fromUrl(QStringLiteral("clickhouse://a@h/db?table=t&secure=1"), stored, nullptr));
        QCOMPARE(stored.port, 8123);
        WarehouseConnectionDialog reopened(stored);
        QCOMPARE(reopened.engine()->currentData().toString(), QStringLiteral("clickhouse"));
        QCOMPARE(reopened.form()->tls->currentData().toString(), QStringLiteral("verify-full"));
    }

    void wrongPasswordSaysSoAndChangesNothing()
    {
        test::FakeAppContext context(m_project);
        auto prompts = std::make_unique<ChPrompts>();
        ChPrompts *p = prompts.get();
        p->env = m_env;
        p->password = QStringLiteral("not the password");
        InsightTools *tools = installInsightTools(context, std::move(prompts));
        tools->connectWarehouse();
        QCOMPARE(p->portAfterEngine, 8123);
        QVERIFY(!p->testOk);
        QVERIFY2(p->testMessage.contains(QLatin1String("refused the user")), qPrintable(p->testMessage));
        QVERIFY(!tools->session().hasDataSet());
        QVERIFY(context.document()->project().dataSets.isEmpty());
        QVERIFY(!context.document()->isModified());
    }

    void connectRememberAndComputeOnTheCluster()
    {
        test::FakeAppContext context(m_project);
        auto prompts = std::make_unique<ChPrompts>();
        ChPrompts *p = prompts.get();
        p->env = m_env;
        p->password = m_env.value(QStringLiteral("OMNIMAP_CH_PASSWORD"));
        InsightTools *tools = installInsightTools(context, std::move(prompts));
        QAction *action = context.menu(AppContext::Menu::Data)->findChild<QAction *>(QStringLiteral("connectWarehouseAction"));
        QVERIFY(action);
        QSignalSpy changed(&tools->session(), &InsightSession::dataSetChanged);
        action->trigger();
        QVERIFY2(p->testOk, qPrintable(p->testMessage));
        QVERIFY2(p->testMessage.contains(QLatin1String("Connected")), qPrintable(p->testMessage));
        QVERIFY(changed.wait(60000) || changed.count() > 0);
        QVERIFY2(tools->session().hasDataSet(), qPrintable(tools->session().lastError()));
        QVERIFY(tools->session().isWarehouse());

        const Project &project = context.document()->project();
        QCOMPARE(project.dataSets.size(), 1);
        QVERIFY(project.dataSets.first().path.startsWith(QLatin1String("clickhouse://")));
        QVERIFY(!writeProject(project).contains(p->password.toUtf8()));
        context.document()->undoStack()->undo();
        QVERIFY(context.document()->project().dataSets.isEmpty());
        context.document()->undoStack()->redo();

        DashboardQuery remote;
        remote.dataSetPath = tools->session().dataSetPath();
        remote.password = tools->session().warehousePassword();
        remote.journeyId = project.journeys.first().id;
        DashboardQuery local = remote;
        local.dataSetPath = m_env.value(QStringLiteral("OMNIMAP_CH_DATASET"));
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
    }

    void wrongColumnTypeIsShownInTheDialog()
    {
        test::FakeAppContext context(m_project);
        auto prompts = std::make_unique<ChPrompts>();
        ChPrompts *p = prompts.get();
        p->env = m_env;
        p->password = m_env.value(QStringLiteral("OMNIMAP_CH_PASSWORD"));
        p->table = QStringLiteral("events_text_time");
        InsightTools *tools = installInsightTools(context, std::move(prompts));
        tools->connectWarehouse();
        QVERIFY(!p->testOk);
        QVERIFY2(p->testMessage.contains(QLatin1String("time column has type String")), qPrintable(p->testMessage));
        QVERIFY(!tools->session().hasDataSet());
        QVERIFY(context.document()->project().dataSets.isEmpty());
        QVERIFY(!context.document()->isModified());
    }

    void shardDownOrKilledIsNamedInTheWindow()
    {
        const QString shard2 = m_env.value(QStringLiteral("OMNIMAP_CH_TCP2"));
        const QByteArray local = dataSetDigest();
        struct Restart
        {
            TestChWarehouseApp *test;
            ~Restart() { test->shard("start-shard"); }
        } restart{this};

        // A shard down when the cluster is opened: the data sets panel or the dashboard
        // names it, and the plan gets nothing.
        {
            QVERIFY(shard("stop-shard"));
            test::FakeAppContext context(m_project);
            auto prompts = std::make_unique<ChPrompts>();
            prompts->env = m_env;
            InsightTools *tools = installInsightTools(context, std::move(prompts));
            DashboardWidget *dashboard = tools->dashboard();
            auto *state = dashboard->findChild<QLabel *>(QStringLiteral("dashboardState"));
            QVERIFY(state);
            context.requestDataSet(url(QStringLiteral("events")));
            auto shown = [&] {
                QString text = state->text();
                for (const QLabel *label : tools->dock()->findChildren<QLabel *>())
                    text += QLatin1Char('\n') + label->text();
                return text;
            };
            QTRY_VERIFY2_WITH_TIMEOUT(shown().contains(QLatin1String("shard")) && shown().contains(shard2), qPrintable(shown()), 60000);
            QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isComputing() && !tools->session().isInfoLoading(), 10000);
            QCOMPARE(dataSetDigest(), local);
            QVERIFY(shard("start-shard"));
            // The first server may hold a pooled connection to the old process: wait until
            // the whole cluster answers again (a user would press Refresh).
            QTRY_VERIFY_WITH_TIMEOUT(clusterEvents() == m_env.value(QStringLiteral("OMNIMAP_CH_EVENTS")).toLongLong(), 60000);
        }

        // The second shard crashes (SIGKILL) while the dashboard's query runs on it.
        test::FakeAppContext context(m_project);
        auto prompts = std::make_unique<ChPrompts>();
        prompts->env = m_env;
        InsightTools *tools = installInsightTools(context, std::move(prompts));
        DashboardWidget *dashboard = tools->dashboard();
        QSignalSpy changed(&tools->session(), &InsightSession::dataSetChanged);
        context.requestDataSet(url(QStringLiteral("events_slow")));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 60000);
        QVERIFY2(tools->session().hasDataSet(), qPrintable(tools->session().lastError()));
        const QByteArray plan = writeProject(context.document()->project());
        const int undoSteps = context.document()->undoStack()->count();
        auto *state = dashboard->findChild<QLabel *>(QStringLiteral("dashboardState"));
        QTRY_VERIFY2_WITH_TIMEOUT(runningQueries() == 1, qPrintable(state->text()), 30000);
        QProgressDialog *dialog = dashboard->warehouseProgress()->dialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
        QVERIFY(shard("kill-shard"));
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QLatin1String("shard")) && state->text().contains(shard2),
                                  qPrintable(state->text()), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isComputing(), 10000);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(writeProject(context.document()->project()), plan);
        QCOMPARE(context.document()->undoStack()->count(), undoSteps);
        QCOMPARE(dataSetDigest(), local);

        // Back up: the whole cluster counts every event again, and the same window
        // computes a small table worked by hand (a: web, email, a purchase of 10; b: sns).
        QVERIFY(shard("start-shard"));
        QTRY_VERIFY_WITH_TIMEOUT(clusterEvents() == m_env.value(QStringLiteral("OMNIMAP_CH_EVENTS")).toLongLong(), 60000);
        QSignalSpy computed(dashboard, &DashboardWidget::computed);
        context.requestDataSet(url(QStringLiteral("events_nulls")));
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() > 0 && !dashboard->isComputing(), 120000);
        QVERIFY2(dashboard->data().ok, qPrintable(dashboard->data().error));
        QCOMPARE(dashboard->data().summary.journeys, 2);
        QCOMPARE(dashboard->data().summary.conversions, 1);
    }

    void frozenNetworkIsShownAndTheWindowStaysUsable()
    {
        // A loopback proxy in front of the first server, paused mid-query.
        test::StallProxy proxy;
        QVERIFY(proxy.start(m_env.value(QStringLiteral("OMNIMAP_CH_PORT")).toInt()));
        test::FakeAppContext context(m_project);
        auto prompts = std::make_unique<ChPrompts>();
        prompts->env = m_env;
        InsightTools *tools = installInsightTools(context, std::move(prompts));
        DashboardWidget *dashboard = tools->dashboard();
        QSignalSpy changed(&tools->session(), &InsightSession::dataSetChanged);
        context.requestDataSet(url(QStringLiteral("events_slow"), proxy.port()) + QStringLiteral("&timeout=4"));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 60000);
        QVERIFY2(tools->session().hasDataSet(), qPrintable(tools->session().lastError()));
        const QByteArray plan = writeProject(context.document()->project());
        const QByteArray local = dataSetDigest();
        QTRY_COMPARE_WITH_TIMEOUT(runningQueries(), 1, 30000);
        proxy.freeze();
        QProgressDialog *dialog = dashboard->warehouseProgress()->dialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
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
        QTRY_COMPARE_WITH_TIMEOUT(runningQueries(), 0, 20000);
        // Usable: the same window computes a small table directly (worked by hand).
        QSignalSpy computed(dashboard, &DashboardWidget::computed);
        context.requestDataSet(url(QStringLiteral("events_nulls")));
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() > 0 && !dashboard->isComputing(), 120000);
        QVERIFY2(dashboard->data().ok, qPrintable(dashboard->data().error));
        QCOMPARE(dashboard->data().summary.journeys, 2);
        QCOMPARE(dashboard->data().summary.conversions, 1);
    }

    void guideScreenshots()
    {
        // docs/images/guide/{en,ko}/14b-warehouse-clickhouse.png: OMNIMAP_SCREENSHOT_DIR=docs/images/guide.
        const QString dir = qEnvironmentVariable("OMNIMAP_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("OMNIMAP_SCREENSHOT_DIR not set");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ko")}) {
            installTranslations(*qApp, language);
            WarehouseConnectionDialog dialog(sim::WarehouseConnection{});
            dialog.setKeychainAvailable(true);
            ChPrompts p;
            p.env = m_env;
            p.password = m_env.value(QStringLiteral("OMNIMAP_CH_PASSWORD"));
            dialog.resize(660, 800);
            dialog.show();
            QVERIFY(p.exec(&dialog));
            dialog.form()->name->setText(language == QLatin1String("ko") ? QStringLiteral("이벤트 클러스터") : QStringLiteral("Event cluster"));
            dialog.form()->host->setText(QStringLiteral("ch1.example.com"));
            dialog.form()->port->setValue(8123);
            QTest::qWait(200);
            QVERIFY(QDir().mkpath(dir + QLatin1Char('/') + language));
            QVERIFY(dialog.grab().save(dir + QLatin1Char('/') + language + QStringLiteral("/14b-warehouse-clickhouse.png")));
        }
        installTranslations(*qApp, QStringLiteral("en"));
    }

private:
    QString url(const QString &table, int port = 0) const
    {
        return QStringLiteral("clickhouse://%1@%2:%3/%4?table=%5&map.sequence=seq")
            .arg(m_env.value(QStringLiteral("OMNIMAP_CH_USER")), m_env.value(QStringLiteral("OMNIMAP_CH_HOST")),
                 port > 0 ? QString::number(port) : m_env.value(QStringLiteral("OMNIMAP_CH_PORT")),
                 m_env.value(QStringLiteral("OMNIMAP_CH_DATABASE")), table);
    }
    bool shard(const char *command)
    {
        return QProcess::execute(QStringLiteral("bash"), {m_env.value(QStringLiteral("OMNIMAP_CH_SCRIPT")), QString::fromLatin1(command),
                                                         m_env.value(QStringLiteral("OMNIMAP_CH_STATE")), QStringLiteral("2")}) == 0;
    }
    QByteArray dataSetDigest() const
    {
        QFile f(m_env.value(QStringLiteral("OMNIMAP_CH_DATASET")));
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }
    /// Events the Distributed table counts now (-1 while a shard does not answer).
    qint64 clusterEvents()
    {
        sim::ChEventSource cluster;
        sim::WarehouseConnection c;
        c.kind = QStringLiteral("clickhouse");
        c.host = m_env.value(QStringLiteral("OMNIMAP_CH_HOST"));
        c.port = m_env.value(QStringLiteral("OMNIMAP_CH_PORT")).toInt();
        c.database = m_env.value(QStringLiteral("OMNIMAP_CH_DATABASE"));
        c.user = m_env.value(QStringLiteral("OMNIMAP_CH_USER"));
        c.sslMode = QStringLiteral("disable");
        c.table = QStringLiteral("events");
        c.mapping.insert(QStringLiteral("sequence"), QStringLiteral("seq"));
        QString error;
        if (!cluster.open(c, m_env.value(QStringLiteral("OMNIMAP_CH_PASSWORD")), &error))
            return -1;
        return cluster.eventRows(&error);
    }
    /// The test user's queries running on the first server (the administrator asks).
    int runningQueries()
    {
        sim::ChEventSource admin;
        sim::WarehouseConnection c;
        c.kind = QStringLiteral("clickhouse");
        c.host = m_env.value(QStringLiteral("OMNIMAP_CH_HOST"));
        c.port = m_env.value(QStringLiteral("OMNIMAP_CH_PORT")).toInt();
        c.database = m_env.value(QStringLiteral("OMNIMAP_CH_DATABASE"));
        c.user = m_env.value(QStringLiteral("OMNIMAP_CH_ADMIN"));
        c.sslMode = QStringLiteral("disable");
        c.table = QStringLiteral("events_empty");
        QString error;
        if (!admin.open(c, m_env.value(QStringLiteral("OMNIMAP_CH_ADMIN_PASSWORD")), &error))
            return -1;
        int count = -1;
        admin.run(QStringLiteral("SELECT count() FROM system.processes WHERE user = 'analyst' AND query LIKE '%events_slow%'"), 1,
                  [&count](const QStringList &r) { count = r.value(0).toInt(); return true; }, &error);
        return count;
    }

    QHash<QString, QString> m_env;
    Project m_project;
};

QTEST_MAIN(TestChWarehouseApp)
#include "tst_chwarehouseapp.moc"
