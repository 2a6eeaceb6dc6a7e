// The fixture files the CLI tests read are the test fixture written by the file
// writer, so they stay valid as the format evolves. OMNIMAP_UPDATE_GOLDEN=1 rewrites them.

#include "planfixture.h"
#include "testregistry.h"

#include "format/projectfile.h"

#include <QFile>
#include <QTest>

using namespace omnimap;

class TestFixtureFiles final : public QObject
{
    Q_OBJECT

private slots:
    void files_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("forbiddenWord");
        QTest::newRow("clean") << QStringLiteral("clean-plan.omnimap") << false;
        QTest::newRow("forbidden word") << QStringLiteral("forbidden-word.omnimap") << true;
    }

    void files()
    {
        QFETCH(QString, name);
        QFETCH(bool, forbiddenWord);
        Project p = makePlanProject();
        CheckResult pass;
        pass.id = QStringLiteral("res-1");
        pass.itemId = QStringLiteral("i-1");
        pass.channelId = QStringLiteral("c-app");
        pass.status = CheckStatus::Pass;
        p.checklists.first().results << pass;
        if (forbiddenWord)
            fixtureJourney(p).touchpoints[2].message = QString::fromUtf8("오늘만 최 저 가 별 적립");
        const QByteArray bytes = writeProject(p);
        const QString path = QStringLiteral(OMNIMAP_TEST_DATA_DIR "/") + name;
        if (qEnvironmentVariableIsSet("OMNIMAP_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(file.readAll(), bytes);
        const LoadResult loaded = loadProjectFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    }
};

static RegisterPlanTest<TestFixtureFiles> registration;

#include "tst_fixturefiles.moc"
