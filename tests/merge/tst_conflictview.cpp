// The conflict view and the merge flow in the app, offscreen, with the dialogs
// answered through the injectable MergeDialogs interface.

#include "fakecontext.h"
#include "mergefixture.h"
#include "testregistry.h"

#include "app/merge/conflictdialog.h"
#include "app/merge/conflictview.h"
#include "app/merge/mergedialogs.h"
#include "app/merge/mergeflow.h"
#include "app/merge/mergetools.h"
#include "merge/projectmerge.h"
#include "model/lookup.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace omnimap;

namespace {

/// Answers every merge question as the test says, and remembers what was asked.
class ScriptedDialogs final : public MergeDialogs
{
public:
    QStringList files;                                  ///< returned in order by chooseProjectFile
    std::optional<Resolution> answer = Resolution::Theirs; ///< nullopt: cancel the conflict view
    MergeConflicts shownConflicts;
    Changes shownChanges;
    QStringList messages;

    QString chooseProjectFile(QWidget *, const QString &) override { return files.isEmpty() ? QString() : files.takeFirst(); }
    std::optional<QMap<int, ConflictChoice>> resolveConflicts(QWidget *, const MergeConflicts &conflicts) override
    {
        shownConflicts = conflicts;
        if (!answer)
            return std::nullopt;
        QMap<int, ConflictChoice> choices;
        for (int i = 0; i < conflicts.size(); ++i)
            choices.insert(i, {*answer, std::nullopt});
        return choices;
    }
    void showChanges(QWidget *, const QString &, const Changes &changes) override { shownChanges = changes; }
    void showMessage(QWidget *, const QString &, const QString &text) override { messages.append(text); }
};

struct Sides
{
    Project base, ours, theirs;
};

/// Marketing and CRM both retitle the welcome mail; CRM also raises a KPI target,
/// which marketing deleted.
Sides conflictingSides()
{
    Sides s;
    s.base = makeMergeFixture();
    s.ours = s.base;
    s.theirs = s.base;
    findById(s.ours.journeys[0].touchpoints, QStringLiteral("tp2"))->title = QStringLiteral("Welcome to the club");
    findById(s.theirs.journeys[0].touchpoints, QStringLiteral("tp2"))->title = QStringLiteral("멤버십 환영 메일");
    s.ours.kpis.removeAt(1);
    s.theirs.kpis[1].target = 0.45;
    s.theirs.journeys[0].stages[0].name = QStringLiteral("인지");
    return s;
}

} // namespace

class TstConflictView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsConflictsSideBySide()
    {
        const Sides s = conflictingSides();
        const MergeResult r = mergeProjects(s.base, s.ours, s.theirs);
        QCOMPARE(r.conflicts.size(), 2);
        ConflictDialog dialog(r.conflicts);
        dialog.show();
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("conflictList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Welcome to the club"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("멤버십 환영 메일"));
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("Unresolved"));
        const auto values = dialog.findChildren<QPlainTextEdit *>();
        QStringList texts;
        for (const QPlainTextEdit *edit : values)
            texts.append(edit->toPlainText());
        QVERIFY2(texts.contains(QStringLiteral("Welcome mail")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(!dialog.applyButton()->isEnabled());

        // Pick theirs for the title with the button, as a user would.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("pick2")), Qt::LeftButton);
        QCOMPARE(dialog.view()->choices().value(0).pick, Resolution::Theirs);
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("Theirs"));
        QVERIFY(!dialog.applyButton()->isEnabled());

        // The second is the deleted KPI: shown as deleted on our side, not editable.
        list->setCurrentItem(list->topLevelItem(1));
        QCOMPARE(dialog.view()->currentIndex(), 1);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("useCustom"))->isEnabled());
        QVERIFY(texts.size() >= 3);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("pick1")), Qt::LeftButton);
        QVERIFY(dialog.view()->allResolved());
        QVERIFY(dialog.applyButton()->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text().startsWith(QStringLiteral("All 2")));
    }

    void customValueIsCheckedBeforeUse()
    {
        Sides s;
        s.base = makeMergeFixture();
        s.ours = s.base;
        s.theirs = s.base;
        s.ours.kpis[0].target = 12000;
        s.theirs.kpis[0].target = 15000;
        const MergeResult r = mergeProjects(s.base, s.ours, s.theirs);
        ConflictView view(r.conflicts);
        QVERIFY(!view.chooseCustom(0, QStringLiteral("a lot")));
        QVERIFY(view.choices().isEmpty());
        QVERIFY(view.chooseCustom(0, QStringLiteral("13500")));
        QCOMPARE(view.choices().value(0).pick, Resolution::Custom);
        QVERIFY(*view.choices().value(0).custom == nlohmann::json(13500.0));
        const ResolveResult resolved = resolveConflicts(r.merged, r.conflicts, view.choices());
        QVERIFY(resolved.project);
        QCOMPARE(resolved.project->kpis[0].target.value(), 13500.0);
    }

    void takeAllTheirs()
    {
        const Sides s = conflictingSides();
        ConflictDialog dialog(mergeProjects(s.base, s.ours, s.theirs).conflicts);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("allTheirs")), Qt::LeftButton);
        QVERIFY(dialog.view()->allResolved());
        for (const ConflictChoice &choice : dialog.view()->choices())
            QCOMPARE(choice.pick, Resolution::Theirs);
    }

    void mergeIsOneUndoStep()
    {
        const Sides s = conflictingSides();
        auto *dialogs = new ScriptedDialogs;
        setMergeDialogs(std::unique_ptr<MergeDialogs>(dialogs));
        FakeContext context(std::make_unique<Document>(s.ours));
        Document *document = context.document();
        const QByteArray before = projectBytes(document->project());
        QSignalSpy changes(document, &Document::changed);

        QVERIFY(runMergeDialog(context, s.base, s.theirs));
        QCOMPARE(dialogs->shownConflicts.size(), 2);
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).value<ChangeEvent>().type, ChangeEvent::Type::Reset);
        const Project &merged = document->project();
        QCOMPARE(findById(merged.journeys[0].touchpoints, QStringLiteral("tp2"))->title, QStringLiteral("멤버십 환영 메일"));
        QCOMPARE(merged.kpis.size(), 2); // theirs kept the KPI we deleted
        QCOMPARE(merged.journeys[0].stages[0].name, QStringLiteral("인지"));
        QVERIFY(document->isModified());

        document->undoStack()->undo();
        QCOMPARE(projectBytes(document->project()), before);
        QCOMPARE(changes.count(), 2);
        document->undoStack()->redo();
        QCOMPARE(findById(document->project().journeys[0].touchpoints, QStringLiteral("tp2"))->title,
                 QStringLiteral("멤버십 환영 메일"));
        setMergeDialogs(nullptr);
    }

    void cancelledMergeChangesNothing()
    {
        const Sides s = conflictingSides();
        auto *dialogs = new ScriptedDialogs;
        dialogs->answer = std::nullopt;
        setMergeDialogs(std::unique_ptr<MergeDialogs>(dialogs));
        FakeContext context(std::make_unique<Document>(s.ours));
        QVERIFY(!runMergeDialog(context, s.base, s.theirs));
        QCOMPARE(context.document()->undoStack()->count(), 0);
        QCOMPARE(projectBytes(context.document()->project()), projectBytes(s.ours));
        setMergeDialogs(nullptr);
    }

    void recordedConflictsOpenOnLoadAndResolve()
    {
        const Sides s = conflictingSides();
        const MergeResult r = mergeProjects(s.base, s.ours, s.theirs);
        auto *dialogs = new ScriptedDialogs;
        dialogs->answer = Resolution::Ours;
        setMergeDialogs(std::unique_ptr<MergeDialogs>(dialogs));
        FakeContext context(std::make_unique<Document>(makeMergeFixture()));
        installMergeTools(context);
        auto *resolve = context.window()->findChild<QAction *>(QStringLiteral("actionResolveConflicts"));
        QVERIFY(resolve);
        QVERIFY(!resolve->isEnabled());

        // Opening the file the CLI wrote offers its conflicts at once.
        context.replaceDocument(std::make_unique<Document>(withRecordedConflicts(r.merged, r.conflicts)));
        QVERIFY(resolve->isEnabled());
        QTRY_COMPARE(dialogs->shownConflicts.size(), 2);
        Document *document = context.document();
        QCOMPARE(document->undoStack()->count(), 1);
        QVERIFY(recordedConflicts(document->project()).isEmpty());
        QVERIFY(!resolve->isEnabled());
        QCOMPARE(projectBytes(document->project()), projectBytes(r.merged));
        document->undoStack()->undo();
        QCOMPARE(recordedConflicts(document->project()).size(), 2);
        QVERIFY(resolve->isEnabled());
        setMergeDialogs(nullptr);
    }

    void compareWithShowsChanges()
    {
        QTemporaryDir dir;
        const QString older = dir.filePath(QStringLiteral("older.omnimap"));
        QVERIFY(saveProjectFile(older, makeMergeFixture()).ok);
        auto *dialogs = new ScriptedDialogs;
        dialogs->files = {older};
        setMergeDialogs(std::unique_ptr<MergeDialogs>(dialogs));
        Project now = makeMergeFixture();
        now.kpis[0].target = 20000;
        FakeContext context(std::make_unique<Document>(now));
        installMergeTools(context);
        context.window()->findChild<QAction *>(QStringLiteral("actionCompareWith"))->trigger();
        QCOMPARE(dialogs->shownChanges.size(), 1);
        QCOMPARE(dialogs->shownChanges.first().itemId, QStringLiteral("kpi1"));
        setMergeDialogs(nullptr);
    }

    void screenshot()
    {
        const Sides s = conflictingSides();
        ConflictDialog dialog(mergeProjects(s.base, s.ours, s.theirs).conflicts);
        dialog.view()->choose(1, Resolution::Theirs);
        dialog.view()->setCurrentIndex(0);
        dialog.resize(1040, 620);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QImage image = dialog.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 1040);
        const QString target = qEnvironmentVariable("OMNIMAP_MERGE_SCREENSHOT");
        if (!target.isEmpty())
            QVERIFY(image.save(target));
    }
};

OMNIMAP_MERGE_TEST(TstConflictView)

#include "tst_conflictview.moc"
