#include "fixture.h"

#include "document/commands/addremovechannellane.h"
#include "document/commands/addremovehandoff.h"
#include "document/commands/addremovestage.h"
#include "document/commands/addremovetouchpoint.h"
#include "document/commands/editpersona.h"
#include "document/commands/editstage.h"
#include "document/commands/movetouchpoint.h"
#include "document/commands/pastetouchpoints.h"
#include "document/commands/reorderstage.h"
#include "document/commands/resizetouchpoint.h"
#include "document/commands/setemotion.h"
#include "document/document.h"
#include "document/render/mapimage.h"
#include "document/render/maprenderer.h"
#include "document/safety/autosaver.h"
#include "document/safety/filefingerprint.h"
#include "document/safety/lockfile.h"
#include "document/safety/recoverystore.h"
#include "format/projectfile.h"
#include "model/lookup.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>

using namespace omnimap;

namespace {

const Journey &journey(Document &d)
{
    return d.project().journeys.first();
}

QStringList stageNames(Document &d)
{
    QStringList names;
    for (const Stage &s : journey(d).stages)
        names.append(s.name);
    return names;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void stageCommands();
    void removeStageTakesItsCards();
    void channelLanes();
    void handoffs();
    void emotionDragMergesAndUndoRemovesNewScore();
    void resizeMerges();
    void personaEditsMergePerField();
    void pasteIsOneStep();
    void modifiedFollowsCleanState();
    void lockFile();
    void lockNamesTheSystemAccount();
    void changedOnDisk();
    void recoveryStoreAndAutosave();
    void rendererLayout();
    void renderImage();
    void largeMapLayoutAndUndoAreFast();
    void killDuringSaveLeavesOldOrNew();
};

void TestDocument::stageCommands()
{
    Document d(testing::cafeProject());
    QUndoStack *stack = d.undoStack();
    Stage s;
    s.name = QStringLiteral("Advocacy");
    stack->push(new AddStageCommand(&d, QStringLiteral("j1"), s));
    QCOMPARE(journey(d).stages.size(), 5);
    QCOMPARE(journey(d).stages.last().name, QStringLiteral("Advocacy"));
    stack->push(StageEdit::rename(&d, QStringLiteral("j1"), journey(d).stages.last().id, QStringLiteral("옹호")));
    QCOMPARE(journey(d).stages.last().name, QStringLiteral("옹호"));
    stack->push(new ReorderStageCommand(&d, QStringLiteral("j1"), 4, 0));
    QCOMPARE(journey(d).stages.first().name, QStringLiteral("옹호"));
    stack->undo();
    QCOMPARE(journey(d).stages.last().name, QStringLiteral("옹호"));
    stack->undo();
    QCOMPARE(journey(d).stages.last().name, QStringLiteral("Advocacy"));
    stack->undo();
    QCOMPARE(journey(d).stages.size(), 4);
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(stageNames(d).first(), QStringLiteral("옹호"));
}

void TestDocument::removeStageTakesItsCards()
{
    Document d(testing::cafeProject());
    QSignalSpy spy(&d, &Document::changed);
    d.undoStack()->push(new RemoveStageCommand(&d, QStringLiteral("j1"), QStringLiteral("s3")));
    QCOMPARE(journey(d).stages.size(), 3);
    QVERIFY(!findById(journey(d).touchpoints, QStringLiteral("t3")));
    QVERIFY(!findById(journey(d).touchpoints, QStringLiteral("t4")));
    QVERIFY(!findById(journey(d).handoffs, QStringLiteral("h2")));
    QVERIFY(!spy.isEmpty());
    d.undoStack()->undo();
    QCOMPARE(stageNames(d).at(2), QStringLiteral("Purchase 구매"));
    QVERIFY(findById(journey(d).touchpoints, QStringLiteral("t3")));
    QVERIFY(findById(journey(d).handoffs, QStringLiteral("h2")));
    QCOMPARE(d.project().kpis.first().touchpointIds, QStringList{QStringLiteral("t3")});
}

void TestDocument::channelLanes()
{
    Document d(testing::cafeProject());
    Channel email;
    email.name = QStringLiteral("E-mail");
    email.kind = ChannelKind::Email;
    d.undoStack()->push(new AddChannelLaneCommand(&d, QStringLiteral("j1"), email, 1));
    QCOMPARE(journey(d).channelIds.size(), 4);
    QCOMPARE(d.project().channels.size(), 4);
    const Id emailId = journey(d).channelIds.at(1);
    d.undoStack()->push(new ReorderChannelLaneCommand(&d, QStringLiteral("j1"), 1, 3));
    QCOMPARE(journey(d).channelIds.last(), emailId);
    d.undoStack()->push(ChannelEdit::recolour(&d, emailId, QStringLiteral("#ff0000")));
    QCOMPARE(findById(d.project().channels, emailId)->color, QStringLiteral("#ff0000"));
    d.undoStack()->push(new RemoveChannelLaneCommand(&d, QStringLiteral("j1"), QStringLiteral("c-app")));
    QVERIFY(!journey(d).channelIds.contains(QStringLiteral("c-app")));
    QVERIFY(!findById(journey(d).touchpoints, QStringLiteral("t2")));
    d.undoStack()->undo();
    QVERIFY(findById(journey(d).touchpoints, QStringLiteral("t2")));
    while (d.undoStack()->canUndo())
        d.undoStack()->undo();
    QCOMPARE(d.project().channels.size(), 3);
    QCOMPARE(journey(d).channelIds.size(), 3);
}

void TestDocument::handoffs()
{
    Document d(testing::cafeProject());
    Handoff self{{}, QStringLiteral("t1"), QStringLiteral("t1"), {}, HandoffKind::Unspecified, {}, {}, std::nullopt};
    d.undoStack()->push(new AddHandoffCommand(&d, QStringLiteral("j1"), self));
    QCOMPARE(journey(d).handoffs.size(), 2); // a card cannot hand off to itself
    Handoff duplicate{{}, QStringLiteral("t1"), QStringLiteral("t2"), {}, HandoffKind::Unspecified, {}, {}, std::nullopt};
    d.undoStack()->push(new AddHandoffCommand(&d, QStringLiteral("j1"), duplicate));
    QCOMPARE(journey(d).handoffs.size(), 2);
    Handoff fresh{{}, QStringLiteral("t2"), QStringLiteral("t3"), {}, HandoffKind::Unspecified, {}, {}, std::nullopt};
    d.undoStack()->push(new AddHandoffCommand(&d, QStringLiteral("j1"), fresh));
    QCOMPARE(journey(d).handoffs.size(), 3);
    d.undoStack()->push(new RemoveHandoffCommand(&d, QStringLiteral("j1"), QStringLiteral("h1")));
    QCOMPARE(journey(d).handoffs.size(), 2);
    d.undoStack()->undo();
    QCOMPARE(journey(d).handoffs.first().id, QStringLiteral("h1"));
    d.undoStack()->undo();
    QCOMPARE(journey(d).handoffs.size(), 2);
}

void TestDocument::emotionDragMergesAndUndoRemovesNewScore()
{
    Document d(testing::cafeProject());
    for (double v : {0.5, 1.5, 4.5})
        d.undoStack()->push(new SetEmotionCommand(&d, QStringLiteral("j1"), QStringLiteral("s1"), QStringLiteral("p1"),
                                                  false, v));
    QCOMPARE(d.undoStack()->count(), 1);
    QCOMPARE(journey(d).stages.first().emotions.first().asIs, 4.5);
    d.undoStack()->undo();
    QCOMPARE(journey(d).stages.first().emotions.first().asIs, -1.0);
    // A persona with no score yet: the score appears, and undo removes it again.
    d.undoStack()->push(new SetEmotionCommand(&d, QStringLiteral("j1"), QStringLiteral("s1"), QStringLiteral("p9"),
                                              false, 9.0));
    QCOMPARE(journey(d).stages.first().emotions.size(), 3);
    QCOMPARE(journey(d).stages.first().emotions.last().asIs, 5.0); // clamped
    d.undoStack()->undo();
    QCOMPARE(journey(d).stages.first().emotions.size(), 2);
    d.undoStack()->push(new SetEmotionCommand(&d, QStringLiteral("j1"), QStringLiteral("s2"), QStringLiteral("p2"),
                                              true, -2.0));
    QCOMPARE(journey(d).stages.at(1).emotions.at(1).toBe, std::optional<double>(-2.0));
    d.undoStack()->undo();
    QVERIFY(!journey(d).stages.at(1).emotions.at(1).toBe.has_value());
}

void TestDocument::resizeMerges()
{
    Document d(testing::cafeProject());
    d.undoStack()->push(new ResizeTouchpointCommand(&d, QStringLiteral("j1"), QStringLiteral("t1"), {1.2, 1.1}));
    d.undoStack()->push(new ResizeTouchpointCommand(&d, QStringLiteral("j1"), QStringLiteral("t1"), {1.5, 1.4}));
    QCOMPARE(d.undoStack()->count(), 1);
    QCOMPARE(journey(d).touchpoints.first().width, 1.5);
    d.undoStack()->undo();
    QCOMPARE(journey(d).touchpoints.first().width, 1.0);
}

void TestDocument::personaEditsMergePerField()
{
    Document d(testing::cafeProject());
    Persona p = d.project().personas.first();
    for (const QString &name : {QStringLiteral("J"), QStringLiteral("Ji"), QStringLiteral("Jin")}) {
        p.name = name;
        d.undoStack()->push(new EditPersonaCommand(&d, p, QStringLiteral("name")));
    }
    p.segment = QStringLiteral("Students");
    d.undoStack()->push(new EditPersonaCommand(&d, p, QStringLiteral("segment")));
    QCOMPARE(d.undoStack()->count(), 2);
    QCOMPARE(d.project().personas.first().name, QStringLiteral("Jin"));
    d.undoStack()->undo();
    QCOMPARE(d.project().personas.first().segment, QStringLiteral("Young urban professional"));
    d.undoStack()->undo();
    QCOMPARE(d.project().personas.first().name, QStringLiteral("Ji-woo Kim 김지우"));
}

void TestDocument::pasteIsOneStep()
{
    Document d(testing::cafeProject());
    TouchpointClipboard clip;
    clip.touchpoints = {journey(d).touchpoints.at(2), journey(d).touchpoints.at(3)};
    clip.handoffs = {journey(d).handoffs.at(1)};
    auto *paste = new PasteTouchpointsCommand(&d, QStringLiteral("j1"), clip, QStringLiteral("s4"),
                                              QStringLiteral("c-store"));
    const IdList ids = paste->pastedIds();
    d.undoStack()->push(paste);
    QCOMPARE(journey(d).touchpoints.size(), 7);
    QCOMPARE(journey(d).handoffs.size(), 3);
    QCOMPARE(journey(d).handoffs.last().fromTouchpointId, ids.at(0));
    QCOMPARE(findById(journey(d).touchpoints, ids.at(1))->stageId, QStringLiteral("s4"));
    QCOMPARE(d.undoStack()->count(), 1);
    d.undoStack()->undo();
    QCOMPARE(journey(d).touchpoints.size(), 5);
    QCOMPARE(journey(d).handoffs.size(), 2);
}

void TestDocument::modifiedFollowsCleanState()
{
    QTemporaryDir dir;
    Document d(testing::cafeProject());
    QSignalSpy modified(&d, &Document::modifiedChanged);
    QVERIFY(!d.isModified());
    d.undoStack()->push(StageEdit::goal(&d, QStringLiteral("j1"), QStringLiteral("s1"), QStringLiteral("x")));
    QVERIFY(d.isModified());
    QVERIFY(d.save(dir.filePath(QStringLiteral("a.omnimap"))).ok);
    QVERIFY(!d.isModified());
    d.undoStack()->undo();
    QVERIFY(d.isModified());
    d.undoStack()->redo();
    QVERIFY(!d.isModified());
    QCOMPARE(modified.size(), 4);
}

void TestDocument::lockFile()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("plan.omnimap"));
    QCOMPARE(LockFile::lockPathFor(project), dir.filePath(QStringLiteral(".~lock.plan.omnimap#")));
    QVERIFY(!LockFile::read(project));
    {
        LockFile lock(project);
        QVERIFY(lock.acquire());
        const std::optional<LockInfo> info = LockFile::read(project);
        QVERIFY(info);
        QCOMPARE(info->pid, QCoreApplication::applicationPid());
        QCOMPARE(info->host, QSysInfo::machineHostName());
        QVERIFY(!LockFile::isStale(*info));
    }
    QVERIFY(!QFile::exists(LockFile::lockPathFor(project))); // released on destruction

    // A lock of a dead process on this host is stale; one from another host is not.
    QProcess child;
    child.start(QStringLiteral("true"));
    QVERIFY(child.waitForFinished());
    LockInfo dead{QStringLiteral("kim"), QSysInfo::machineHostName(), child.processId(), QDateTime::currentDateTimeUtc()};
    if (dead.pid <= 0)
        dead.pid = 999999;
    QVERIFY(LockFile::isStale(dead));
    LockInfo remote{QStringLiteral("lee"), QStringLiteral("other-host"), 1, QDateTime::currentDateTimeUtc()};
    QVERIFY(!LockFile::isStale(remote));
    // Another host's lock is live while refreshed within the window (an hour), stale after;
    // a time ahead of ours (clock skew) counts as fresh, an unreadable one as abandoned.
    const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    remote.time = now.addSecs(-59 * 60);
    QVERIFY(!LockFile::isStale(remote, now));
    remote.time = now.addSecs(-61 * 60);
    QVERIFY(LockFile::isStale(remote, now));
    remote.time = now.addSecs(3 * 60 * 60);
    QVERIFY(!LockFile::isStale(remote, now));
    remote.time = QDateTime();
    QVERIFY(LockFile::isStale(remote, now));
    // The holder refreshes well inside that window.
    QVERIFY(LockFile::refreshIntervalMs() / 1000 * 3 <= LockFile::staleAfterSeconds());
    // Someone else's lock is left alone on release.
    QFile other(LockFile::lockPathFor(project));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("lee,other-host,1,2026-01-01T00:00:00Z\n");
    other.close();
    {
        LockFile lock(project);
        QCOMPARE(LockFile::read(project)->user, QStringLiteral("lee"));
    }
    QVERIFY(QFile::exists(LockFile::lockPathFor(project)));
    QVERIFY(QFile::remove(LockFile::lockPathFor(project)));

    // refresh() moves our time forward, and gives up (without deleting) once someone else
    // took the lock over; a lock that vanished is written again.
    {
        LockFile lock(project);
        QVERIFY(lock.acquire());
        QFile stamp(LockFile::lockPathFor(project));
        QVERIFY(stamp.open(QIODevice::WriteOnly));
        stamp.write(QStringLiteral("me,%1,%2,2026-01-01T00:00:00Z\n")
                        .arg(QSysInfo::machineHostName())
                        .arg(QCoreApplication::applicationPid())
                        .toUtf8());
        stamp.close();
        QVERIFY(lock.refresh());
        QVERIFY(LockFile::read(project)->time.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QVERIFY(QFile::remove(LockFile::lockPathFor(project)));
        QVERIFY(lock.refresh());
        QVERIFY(QFile::exists(LockFile::lockPathFor(project)));
        QVERIFY(stamp.open(QIODevice::WriteOnly));
        stamp.write("lee,other-host,1,2026-01-01T00:00:00Z\n");
        stamp.close();
        QVERIFY(!lock.refresh());
        QVERIFY(!lock.isHeld());
    }
    QCOMPARE(LockFile::read(project)->user, QStringLiteral("lee"));
}

void TestDocument::lockNamesTheSystemAccount()
{
#ifdef Q_OS_UNIX
    // The account name as `id -un` prints it, whatever $USER says.
    QProcess id;
    id.start(QStringLiteral("id"), {QStringLiteral("-un")});
    QVERIFY(id.waitForFinished());
    const QString account = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
    QVERIFY(!account.isEmpty());
    const QByteArray savedUser = qgetenv("USER");
    qputenv("USER", "impostor");
    const QString named = LockFile::current().user;
    qunsetenv("USER");
    const QString unset = LockFile::current().user;
    qputenv("USER", savedUser);
    QCOMPARE(named, account);
    QCOMPARE(unset, account);
#else
    QSKIP("The system account is read on Unix only");
#endif
}

void TestDocument::changedOnDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.omnimap"));
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    std::unique_ptr<Document> d = Document::open(path);
    QVERIFY(d);
    QVERIFY(!d->hasChangedOnDisk());
    Project other = testing::cafeProject();
    other.name = QStringLiteral("Changed by marketing");
    QVERIFY(saveProjectFile(path, other).ok);
    QVERIFY(d->hasChangedOnDisk());
    QVERIFY(d->save().ok); // an explicit save (the user chose overwrite) takes the new state
    QVERIFY(!d->hasChangedOnDisk());
    QFile::remove(path);
    QVERIFY(d->hasChangedOnDisk());
}

void TestDocument::recoveryStoreAndAutosave()
{
    QTemporaryDir dir;
    const QString recovery = dir.filePath(QStringLiteral("recovery"));
    Document d(testing::cafeProject());
    d.setFileName(dir.filePath(QStringLiteral("cafe.omnimap")));
    Autosaver autosaver(&d, RecoveryStore(recovery), 50);
    QSignalSpy autosaved(&autosaver, &Autosaver::autosaved);
    d.undoStack()->push(StageEdit::rename(&d, QStringLiteral("j1"), QStringLiteral("s1"), QStringLiteral("Autosaved")));
    QVERIFY(autosaved.wait(2000));
    const QList<RecoveryEntry> entries = RecoveryStore(recovery).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().originalPath, d.fileName());
    const std::optional<Project> restored = RecoveryStore(recovery).load(entries.first());
    QVERIFY(restored);
    QCOMPARE(restored->journeys.first().stages.first().name, QStringLiteral("Autosaved"));
    QVERIFY(d.save().ok);
    QVERIFY(RecoveryStore(recovery).entries().isEmpty()); // saved: the copy goes
    d.undoStack()->push(StageEdit::rename(&d, QStringLiteral("j1"), QStringLiteral("s1"), QStringLiteral("Again")));
    QVERIFY(autosaved.wait(2000));
    autosaver.discard();
    QVERIFY(RecoveryStore(recovery).entries().isEmpty());
}

void TestDocument::rendererLayout()
{
    const Project p = testing::cafeProject();
    const MapRenderer renderer(p, QStringLiteral("j1"));
    const MapLayout &layout = renderer.layout();
    QCOMPARE(layout.stageCount(), 4);
    QCOMPARE(layout.laneCount(), 3);
    QCOMPARE(renderer.personaIds().size(), 2);
    for (const Touchpoint &t : p.journeys.first().touchpoints) {
        const QRectF card = renderer.cardRect(t.id);
        const QRectF cell = layout.cellRect(layout.stageIndex(t.stageId), layout.laneIndex(t.channelId));
        QVERIFY2(cell.contains(card), qPrintable(t.id));
        int s = -1, l = -1;
        QVERIFY(layout.cellAt(card.center(), &s, &l));
        QCOMPARE(layout.stageIds().at(s), t.stageId);
        QCOMPARE(layout.channelIds().at(l), t.channelId);
    }
    // Two cards in one cell stack without overlapping.
    QVERIFY(!renderer.cardRect(QStringLiteral("t3")).intersects(renderer.cardRect(QStringLiteral("t4"))));
    for (double v : {-5.0, -2.5, 0.0, 3.0, 5.0})
        QVERIFY(std::abs(layout.emotionScoreAt(layout.emotionY(v)) - v) < 1e-9);
    QVERIFY(layout.emotionY(5.0) < layout.emotionY(-5.0));
    bool exists = false;
    const QPointF point = renderer.emotionPoint(2, QStringLiteral("p1"), true, &exists);
    QVERIFY(exists);
    QCOMPARE(point.y(), layout.emotionY(4.0));
    QVERIFY(layout.stageColumnRect(2).contains(QPointF(point.x(), layout.stageColumnRect(2).center().y())));
    MapRenderOptions filtered;
    filtered.personaFilter = {QStringLiteral("p2")};
    QCOMPARE(MapRenderer(p, QStringLiteral("j1"), filtered).personaIds(), IdList{QStringLiteral("p2")});
    MapRenderOptions noNotes;
    noNotes.showNoteLanes = false;
    QVERIFY(MapRenderer(p, QStringLiteral("j1"), noNotes).boundingRect().height() < renderer.boundingRect().height());
}

void TestDocument::renderImage()
{
    const Project p = testing::cafeProject();
    const QImage image = renderMapImage(p, QStringLiteral("j1"), 1.0);
    QVERIFY(!image.isNull());
    const QRectF bounds = MapRenderer(p, QStringLiteral("j1")).boundingRect();
    QCOMPARE(image.width(), int(std::ceil(bounds.width())));
    // The card's top border is drawn in its channel colour.
    const QRectF card = MapRenderer(p, QStringLiteral("j1")).cardRect(QStringLiteral("t3"));
    const QColor top = image.pixelColor(int(card.center().x()), int(card.top() + 2));
    QCOMPARE(top.name(), QStringLiteral("#2563eb"));
    QVERIFY(renderMapImage(p, QStringLiteral("missing"), 1.0).isNull());
    MapRenderOptions dark;
    dark.darkMode = true;
    const QImage darkImage = renderMapImage(p, QStringLiteral("j1"), 0.5, dark);
    QVERIFY(darkImage.pixelColor(2, 2).lightness() < 80);
    if (!qEnvironmentVariableIsEmpty("OMNIMAP_RENDER_OUT"))
        renderMapImage(p, QStringLiteral("j1"), 1.0).save(qEnvironmentVariable("OMNIMAP_RENDER_OUT"));
}

void TestDocument::largeMapLayoutAndUndoAreFast()
{
    Document d(testing::largeProject(40, 25, 2000, 3000));
    QElapsedTimer timer;
    timer.start();
    const MapRenderer renderer(d.project(), QStringLiteral("j1"));
    const qint64 layoutMs = timer.elapsed();
    QCOMPARE(renderer.layout().cardRects().size(), 2000);
    QVERIFY2(layoutMs < 200, qPrintable(QString::number(layoutMs)));
    d.undoStack()->push(new MoveTouchpointCommand(&d, QStringLiteral("j1"), QStringLiteral("t5"),
                                                  {QStringLiteral("s0"), QStringLiteral("c0"), 99}));
    timer.restart();
    d.undoStack()->undo();
    d.undoStack()->redo();
    QVERIFY(timer.elapsed() < 20);
}

void TestDocument::killDuringSaveLeavesOldOrNew()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.omnimap"));
    const QString recovery = dir.filePath(QStringLiteral("recovery"));
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    QRandomGenerator rng(7);
    for (int round = 0; round < 12; ++round) {
        QProcess helper;
        helper.start(QStringLiteral(OMNIMAP_SAVEHELPER), {path, recovery});
        QVERIFY(helper.waitForReadyRead(10000)); // "ready"
        QTest::qWait(int(rng.bounded(5, 60)));
        ::kill(pid_t(helper.processId()), SIGKILL);
        QVERIFY(helper.waitForFinished(5000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        // The project is always a whole version: it loads and is one of the two.
        const LoadResult loaded = loadProjectFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        const QString name = loaded.project->name;
        QVERIFY2(name == QStringLiteral("Café Aurora") || name == QStringLiteral("Version B"), qPrintable(name));
        // And recovery is offered from a complete copy.
        const QList<RecoveryEntry> entries = RecoveryStore(recovery).entries();
        if (!entries.isEmpty())
            QVERIFY(RecoveryStore(recovery).load(entries.first()).has_value());
    }
    // The kills above come 5–60 ms after "ready", which a slow helper (a sanitizer build,
    // a loaded machine) may not reach its first recovery copy in. So one more round that
    // waits for a copy before killing: whatever the timing, one is offered and complete.
    QProcess helper;
    helper.start(QStringLiteral(OMNIMAP_SAVEHELPER), {path, recovery});
    QVERIFY(helper.waitForReadyRead(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!RecoveryStore(recovery).entries().isEmpty(), 60000);
    ::kill(pid_t(helper.processId()), SIGKILL);
    QVERIFY(helper.waitForFinished(5000));
    const QList<RecoveryEntry> entries = RecoveryStore(recovery).entries();
    QVERIFY(!entries.isEmpty());
    QVERIFY(RecoveryStore(recovery).load(entries.first()).has_value());
    QVERIFY(loadProjectFile(path).ok());
#else
    QSKIP("SIGKILL test is POSIX only");
#endif
}

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
