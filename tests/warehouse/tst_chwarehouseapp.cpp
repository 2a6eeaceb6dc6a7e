// The app on the ClickHouse test cluster (the fixture of test_chwarehouse), offscreen:
// Data ▸ Connect to Warehouse… with Engine = ClickHouse (the port, TLS choices and the
// "skip shards" box follow the engine), Test connection with a wrong and the right
// password, the warehouse remembered in the project without the password (undoable), and
// the dashboard computed by the cluster equal to the local data set's.

#include "fakeappcontext.h"

#include "app/insight/insightprompts.h"
#include "app/insight/insightsession.h"
#include "app/insight/insighttools.h"
#include "app/insight/simadapter.h"
#include "app/insight/warehouseconnectiondialog.h"
#include "app/languagesettings.h"
#include "format/projectfile.h"

#include "ui_warehouseconnectiondialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

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
        f->table->setText(QStringLiteral("events"));
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
    QHash<QString, QString> m_env;
    Project m_project;
};

QTEST_MAIN(TestChWarehouseApp)
#include "tst_chwarehouseapp.moc"
