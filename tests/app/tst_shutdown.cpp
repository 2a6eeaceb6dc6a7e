// The end of a session: SIGTERM, SIGHUP and SIGINT sent to the real `omnimap` process,
// and the save-for-session-end path the desktop's commit-data request takes, checked
// from outside: the lock is gone and the next start offers the unsaved work back.
#include "fixture.h"
#include "canvas/mapscene.h"
#include "mainwindow.h"
#include "scripteddialogs.h"
#include "shell/shutdownguard.h"

#include "document/safety/lockfile.h"
#include "document/safety/recoverystore.h"
#include "format/projectfile.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>

using namespace omnimap;

class TestShutdown : public QObject
{
    Q_OBJECT

private slots:
    void signalWritesRecoveryAndDropsLock_data();
    void signalWritesRecoveryAndDropsLock();
    void sessionEndClosesWithoutAskingOnlyWhileSaved();
};

void TestShutdown::signalWritesRecoveryAndDropsLock_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<bool>("edit");
    QTest::newRow("SIGTERM, unsaved") << int(SIGTERM) << true;
    QTest::newRow("SIGHUP, unsaved") << int(SIGHUP) << true;
    QTest::newRow("SIGINT, unsaved") << int(SIGINT) << true;
    QTest::newRow("SIGTERM, nothing changed") << int(SIGTERM) << false;
}

void TestShutdown::signalWritesRecoveryAndDropsLock()
{
    QFETCH(int, signal);
    QFETCH(bool, edit);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cafe.omnimap"));
    const Project original = testing::cafeProject();
    QVERIFY(saveProjectFile(path, original).ok);
    const int stagesBefore = int(original.journeys.first().stages.size());

    // A private home: settings and the recovery folder land in the temporary directory.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{path};
    if (edit)
        arguments << QStringLiteral("--test-unsaved-edit");
    app.start(QStringLiteral(OMNIMAP_APP_PATH), arguments);
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));

    // Ready once its lock names it (the edit follows in the same step, before the event
    // loop can read the signal).
    const auto lockedByApp = [&] {
        const std::optional<LockInfo> lock = LockFile::read(path);
        return lock && lock->pid == app.processId();
    };
    QTRY_VERIFY_WITH_TIMEOUT(lockedByApp(), 30000);

    QCOMPARE(::kill(pid_t(app.processId()), signal), 0);
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit); // handled, not killed by the signal
    QCOMPARE(app.exitCode(), 128 + signal);
    QVERIFY2(!QFile::exists(LockFile::lockPathFor(path)), "the lock must be removed");

    // AppLocalDataLocation for organisation and application "Omnimap", + /recovery.
    const QString recoveryDir = dir.filePath(QStringLiteral("data/Omnimap/Omnimap/recovery"));
    const QList<RecoveryEntry> entries = RecoveryStore(recoveryDir).entries();
    if (!edit) {
        QVERIFY(entries.isEmpty()); // nothing unsaved, nothing to recover
        return;
    }
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().originalPath, path);

    // The next start offers it; restoring brings back the added stage, as unsaved work.
    MainWindow window;
    auto scripted = std::make_unique<testing::ScriptedDialogs>();
    testing::ScriptedDialogs *dialogs = scripted.get();
    window.setDialogService(std::move(scripted));
    window.setRecoveryDirectory(recoveryDir);
    dialogs->recoveryAnswer = DialogService::RecoveryChoice::Restore;
    window.offerRecovery();
    QCOMPARE(dialogs->asked, QStringList{QStringLiteral("recovery:") + original.name});
    QCOMPARE(window.document()->fileName(), path);
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->project().journeys.first().stages.size(), stagesBefore + 1);
    // The file itself was never written behind the user's back.
    QCOMPARE(loadProjectFile(path).project->journeys.first().stages.size(), stagesBefore);
}

void TestShutdown::sessionEndClosesWithoutAskingOnlyWhileSaved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.omnimap"));
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    const QString recoveryDir = dir.filePath(QStringLiteral("recovery"));

    auto *window = new MainWindow; // deleted on close, as in the app
    window->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MainWindow> alive(window);
    auto scripted = std::make_unique<testing::ScriptedDialogs>();
    testing::ScriptedDialogs *dialogs = scripted.get();
    window->setDialogService(std::move(scripted));
    window->setRecoveryDirectory(recoveryDir);
    QVERIFY(window->openFile(path));
    window->currentMapScene()->addStage();
    QVERIFY(window->document()->isModified());

    // The commit-data request's work: every window saved, lock gone.
    QCOMPARE(ShutdownGuard::saveAllWindows(), 0);
    QVERIFY(!QFile::exists(LockFile::lockPathFor(path)));
    QCOMPARE(RecoveryStore(recoveryDir).entries().size(), 1);

    // The logout was cancelled and the user edits on: the lock comes back, and closing
    // asks again (the recovery copy no longer holds the latest edit).
    window->currentMapScene()->addStage();
    QCOMPARE(LockFile::read(path)->pid, QCoreApplication::applicationPid());
    dialogs->closeAnswer = DialogService::CloseChoice::Cancel;
    QVERIFY(!window->close());
    QCOMPARE(dialogs->asked, QStringList{QStringLiteral("unsaved")});

    // Saved for the session end again: the window closes without a question.
    QCOMPARE(ShutdownGuard::saveAllWindows(), 0);
    dialogs->asked.clear();
    QVERIFY(window->close());
    QVERIFY(dialogs->asked.isEmpty());
    QTRY_VERIFY(alive.isNull());
    QVERIFY(!QFile::exists(LockFile::lockPathFor(path)));
    const QList<RecoveryEntry> entries = RecoveryStore(recoveryDir).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(RecoveryStore(recoveryDir).load(entries.first())->journeys.first().stages.size(),
             testing::cafeProject().journeys.first().stages.size() + 2);
}

QTEST_MAIN(TestShutdown)
#include "tst_shutdown.moc"
