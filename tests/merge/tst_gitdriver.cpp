// omnimap-cli diff and merge as a user and git run them: exit codes, output, and a real
// repository in which two branches edit one plan and `git merge` uses the driver.

#include "mergefixture.h"

#include "format/projectfile.h"
#include "merge/projectmerge.h"
#include "model/lookup.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace omnimap;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QString &workingDir = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A repository of our own: no user or system git settings leak in.
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("test@example.com"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("test@example.com"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    Run r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

Run cli(const QStringList &arguments)
{
    return run(QStringLiteral(OMNIMAP_CLI_PATH), arguments);
}

bool save(const QString &path, const Project &project)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(writeProject(project)) > 0;
}

Project loadOrFail(const QString &path)
{
    const LoadResult result = loadProjectFile(path);
    if (!result.ok())
        qWarning("%s", qPrintable(result.errorString()));
    return result.ok() ? *result.project : Project{};
}

} // namespace

class TstGitDriver final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(QStringLiteral("base.omnimap"));
        m_ours = m_dir.filePath(QStringLiteral("ours.omnimap"));
        m_theirs = m_dir.filePath(QStringLiteral("theirs.omnimap"));
        Project base = makeMergeFixture(), ours = base, theirs = base;
        ours.kpis[1].target = 0.4;
        theirs.journeys[0].touchpoints[0].title = QStringLiteral("릴스 광고");
        QVERIFY(save(m_base, base) && save(m_ours, ours) && save(m_theirs, theirs));
    }

    void diffText()
    {
        const Run r = cli({QStringLiteral("diff"), m_base, m_theirs});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Journey \u201CMorning coffee\u201D:")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("~ Touchpoint \u201C릴스 광고\u201D: title \u201CReel ad\u201D \u2192 \u201C릴스 광고\u201D")), qPrintable(r.out));
    }

    void diffJson()
    {
        const Run r = cli({QStringLiteral("diff"), m_base, m_ours, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const nlohmann::json parsed = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(parsed.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(parsed[0]["itemId"].get<std::string>()), QStringLiteral("kpi2"));
        QVERIFY(parsed[0]["after"]["target"] == nlohmann::json(0.4));
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("diff"), m_base}).code, 2);
        QCOMPARE(cli({QStringLiteral("diff"), m_base, m_ours, QStringLiteral("--format"), QStringLiteral("xml")}).code, 2);
        QCOMPARE(cli({QStringLiteral("merge"), m_base, m_ours, m_theirs}).code, 2);
        QCOMPARE(cli({QStringLiteral("merge"), m_base, m_ours}).code, 2);
        QCOMPARE(cli({QStringLiteral("diff"), m_base, m_dir.filePath(QStringLiteral("missing.omnimap"))}).code, 1);
    }

    void mergeClean()
    {
        const QString out = m_dir.filePath(QStringLiteral("merged.omnimap"));
        const Run r = cli({QStringLiteral("merge"), m_base, m_ours, m_theirs, QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Project merged = loadOrFail(out);
        QCOMPARE(merged.kpis[1].target.value(), 0.4);
        QCOMPARE(merged.journeys[0].touchpoints[0].title, QStringLiteral("릴스 광고"));
        QVERIFY(!QFile::exists(out + QStringLiteral(".bak")));
    }

    void mergeConflictWritesOursWithConflicts()
    {
        Project mine = makeMergeFixture();
        mine.journeys[0].touchpoints[0].title = QStringLiteral("Reel");
        const QString minePath = m_dir.filePath(QStringLiteral("mine.omnimap"));
        QVERIFY(save(minePath, mine));
        const QString out = m_dir.filePath(QStringLiteral("conflicted.omnimap"));
        const Run r = cli({QStringLiteral("merge"), m_base, minePath, m_theirs, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/journeys/0/touchpoints/0/title")), qPrintable(r.err));
        const Project merged = loadOrFail(out);
        QCOMPARE(merged.journeys[0].touchpoints[0].title, QStringLiteral("Reel"));
        const MergeConflicts conflicts = recordedConflicts(merged);
        QCOMPARE(conflicts.size(), 1);
        QVERIFY(*conflicts[0].theirs == nlohmann::json("릴스 광고"));
        // A file with unresolved conflicts is not merged again.
        QCOMPARE(cli({QStringLiteral("merge"), m_base, out, m_theirs, QStringLiteral("-o"), out}).code, 1);
    }

    void gitMergeUsesTheDriver()
    {
        const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
        if (git.isEmpty())
            QSKIP("git is not installed");
        QTemporaryDir repoDir;
        QVERIFY(repoDir.isValid());
        const QString repo = repoDir.path();
        const auto g = [&](const QStringList &args) { return run(git, args, repo); };
        QCOMPARE(g({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}).code, 0);
        QCOMPARE(g({QStringLiteral("config"), QStringLiteral("merge.omnimap.name"), QStringLiteral("Omnimap plan merge")}).code, 0);
        QCOMPARE(g({QStringLiteral("config"), QStringLiteral("merge.omnimap.driver"),
                    QStringLiteral("\"%1\" merge %O %A %B -o %A").arg(QStringLiteral(OMNIMAP_CLI_PATH))}).code, 0);
        QFile attributes(QDir(repo).filePath(QStringLiteral(".gitattributes")));
        QVERIFY(attributes.open(QIODevice::WriteOnly));
        attributes.write("*.omnimap merge=omnimap\n");
        attributes.close();
        const QString plan = QDir(repo).filePath(QStringLiteral("plan.omnimap"));
        const auto commit = [&](const Project &p, const char *message) {
            QVERIFY(save(plan, p));
            QCOMPARE(g({QStringLiteral("add"), QStringLiteral(".")}).code, 0);
            QCOMPARE(g({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QString::fromLatin1(message)}).code, 0);
        };
        const Project base = makeMergeFixture();
        commit(base, "base");

        // CRM raises a KPI target and renames a stage on its branch...
        QCOMPARE(g({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("crm")}).code, 0);
        Project crm = base;
        crm.kpis[1].target = 0.42;
        crm.journeys[0].stages[0].name = QStringLiteral("인지");
        commit(crm, "crm");
        // ...while marketing adds a touchpoint and moves the last stage to the front on main:
        // text merge would conflict on neighbouring lines, the driver merges by id.
        QCOMPARE(g({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}).code, 0);
        Project marketing = base;
        Touchpoint qr;
        qr.id = QStringLiteral("tpQR");
        qr.stageId = QStringLiteral("st3");
        qr.channelId = QStringLiteral("ch3");
        qr.title = QStringLiteral("QR code at the counter");
        marketing.journeys[0].touchpoints.append(qr);
        marketing.journeys[0].stages.move(3, 0);
        commit(marketing, "marketing");

        const Run merged = g({QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("crm")});
        QVERIFY2(merged.code == 0, qPrintable(merged.out + merged.err));
        const Project result = loadOrFail(plan);
        QCOMPARE(result.kpis[1].target.value(), 0.42);
        QVERIFY(findById(result.journeys[0].touchpoints, QStringLiteral("tpQR")));
        QCOMPARE(result.journeys[0].stages[0].id, QStringLiteral("st4"));
        QCOMPARE(result.journeys[0].stages[1].name, QStringLiteral("인지"));
        QVERIFY(recordedConflicts(result).isEmpty());
        QCOMPARE(g({QStringLiteral("status"), QStringLiteral("--porcelain")}).out, QString());

        // Both change the same title: git reports the conflict, the file opens with it.
        QCOMPARE(g({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("store")}).code, 0);
        Project store = result;
        findById(store.journeys[0].touchpoints, QStringLiteral("tp3"))->title = QStringLiteral("Order at the kiosk");
        commit(store, "store");
        QCOMPARE(g({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}).code, 0);
        Project mainSide = result;
        findById(mainSide.journeys[0].touchpoints, QStringLiteral("tp3"))->title = QStringLiteral("Order at the bar");
        commit(mainSide, "main");
        const Run conflicted = g({QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("store")});
        QVERIFY(conflicted.code != 0);
        QVERIFY2(g({QStringLiteral("status"), QStringLiteral("--porcelain")}).out.contains(QStringLiteral("UU plan.omnimap")),
                 qPrintable(conflicted.out));
        const Project withConflicts = loadOrFail(plan);
        QCOMPARE(findById(withConflicts.journeys[0].touchpoints, QStringLiteral("tp3"))->title, QStringLiteral("Order at the bar"));
        const MergeConflicts conflicts = recordedConflicts(withConflicts);
        QCOMPARE(conflicts.size(), 1);
        QVERIFY(*conflicts[0].theirs == nlohmann::json("Order at the kiosk"));
    }

private:
    QTemporaryDir m_dir;
    QString m_base, m_ours, m_theirs;
};

QTEST_GUILESS_MAIN(TstGitDriver)

#include "tst_gitdriver.moc"
