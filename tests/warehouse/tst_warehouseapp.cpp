// The app on a real warehouse (the PostgreSQL fixture of test_warehouse), offscreen:
// Data ▸ Connect to Warehouse… with Test connection (good and wrong password), the
// warehouse as the window's data set (remembered in the project without the password,
// undoable), the dashboard computed by the server and equal to the data set's, the
// password asked each time when there is no keychain, and imports refused.

#include "fakeappcontext.h"

#include "app/insight/dashboardwidget.h"
#include "app/insight/insightprompts.h"
#include "app/insight/insightsession.h"
#include "app/insight/insighttools.h"
#include "app/insight/simadapter.h"
#include "app/insight/warehouseconnectiondialog.h"
#include "app/languagesettings.h"
#include "format/projectfile.h"

#include "ui_warehouseconnectiondialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

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
        f->table->setText(QStringLiteral("events"));
        f->password->setText(password);
        keepInKeychainEnabled = f->remember->isEnabled();
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
    QHash<QString, QString> m_env;
    Project m_project;
};

QTEST_MAIN(TestWarehouseApp)
#include "tst_warehouseapp.moc"
