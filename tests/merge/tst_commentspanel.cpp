// The Comments & Review dock: follows the selection, comments and replies, resolves,
// changes the review status, filters by department — every edit undoable.

#include "fakecontext.h"
#include "mergefixture.h"
#include "testregistry.h"

#include "app/merge/commentspanel.h"
#include "app/merge/mergetools.h"
#include "merge/ownership.h"
#include "app/merge/useridentity.h"
#include "model/lookup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace omnimap;

class TstCommentsPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OmnimapTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_merge"));
        setUserIdentity({QStringLiteral("Ji-woo"), QStringLiteral("CRM")});
    }

    void ownershipLookups()
    {
        const Project p = makeMergeFixture();
        const auto tp = describeItem(p, QStringLiteral("tp3"));
        QVERIFY(tp);
        QCOMPARE(tp->kind, QStringLiteral("touchpoint"));
        QCOMPARE(tp->ownerDepartmentId, QStringLiteral("dep3"));
        QCOMPARE(tp->journeyId, QStringLiteral("j1"));
        QVERIFY(tp->hasReview);
        QVERIFY(!describeItem(p, QStringLiteral("nope")));
        QStringList owned;
        for (const ItemInfo &info : itemsOwnedBy(p, QStringLiteral("dep2")))
            owned.append(info.id);
        QCOMPARE(owned, (QStringList{QStringLiteral("per1"), QStringLiteral("per2")}));
    }

    void threadOrdersReplies()
    {
        Project p = makeMergeFixture();
        Comment second;
        second.id = QStringLiteral("com2");
        second.itemId = QStringLiteral("tp1");
        second.text = QStringLiteral("Another point");
        Comment reply;
        reply.id = QStringLiteral("com3");
        reply.itemId = QStringLiteral("tp1");
        reply.replyToId = QStringLiteral("com1");
        reply.text = QStringLiteral("Agreed");
        p.comments << second << reply;
        QStringList ids;
        for (const Comment &c : commentThread(p, QStringLiteral("tp1")))
            ids.append(c.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("com1"), QStringLiteral("com3"), QStringLiteral("com2")}));
    }

    void followsSelectionAndComments()
    {
        FakeContext context(std::make_unique<Document>(makeMergeFixture()));
        installMergeTools(context);
        QCOMPARE(context.docks.size(), 1);
        auto *panel = context.docks.first()->findChild<CommentsPanel *>();
        QVERIFY(panel);
        auto *thread = panel->findChild<QListWidget *>(QStringLiteral("thread"));
        auto *label = panel->findChild<QLabel *>(QStringLiteral("itemLabel"));

        context.select({QStringLiteral("tp1")});
        QCOMPARE(panel->currentItem(), QStringLiteral("tp1"));
        QCOMPARE(label->text(), QStringLiteral("Touchpoint \u201CReel ad\u201D"));
        QCOMPARE(thread->count(), 1);
        QVERIFY(thread->item(0)->text().contains(QStringLiteral("Shorter copy?")));

        // Type and press the button, as a user would: a reply to nothing selected.
        thread->setCurrentRow(-1);
        panel->findChild<QPlainTextEdit *>(QStringLiteral("commentText"))->setPlainText(QStringLiteral("  새 사진으로 바꿔요  "));
        panel->findChild<QPushButton *>(QStringLiteral("addComment"))->click();
        Document *document = context.document();
        QCOMPARE(document->project().comments.size(), 2);
        const Comment &added = document->project().comments.last();
        QCOMPARE(added.text, QStringLiteral("새 사진으로 바꿔요"));
        QCOMPARE(added.author, QStringLiteral("Ji-woo"));
        QCOMPARE(added.department, QStringLiteral("CRM"));
        QCOMPARE(added.itemId, QStringLiteral("tp1"));
        QVERIFY(!added.time.isEmpty());
        QCOMPARE(thread->count(), 2);
        QVERIFY(panel->findChild<QPlainTextEdit *>(QStringLiteral("commentText"))->toPlainText().isEmpty());

        // A reply to the selected message, then resolve the first message.
        thread->setCurrentRow(0);
        QVERIFY(panel->addComment(QStringLiteral("Done in v2")));
        QCOMPARE(document->project().comments.last().replyToId, QStringLiteral("com1"));
        thread->setCurrentRow(0);
        panel->findChild<QPushButton *>(QStringLiteral("resolveComment"))->click();
        QVERIFY(findById(document->project().comments, QStringLiteral("com1"))->resolved);
        QCOMPARE(document->undoStack()->count(), 3);

        document->undoStack()->undo();
        QVERIFY(!findById(document->project().comments, QStringLiteral("com1"))->resolved);
        document->undoStack()->undo();
        document->undoStack()->undo();
        QCOMPARE(document->project().comments.size(), 1);
        QCOMPARE(thread->count(), 1);
        QVERIFY(!panel->addComment(QStringLiteral("   ")));
    }

    void reviewStatusIsUndoable()
    {
        FakeContext context(std::make_unique<Document>(makeMergeFixture()));
        CommentsPanel panel(context);
        auto *review = panel.findChild<QComboBox *>(QStringLiteral("reviewStatus"));
        context.select({QStringLiteral("ch1")});
        QVERIFY(!review->isEnabled()); // channels have no review status
        context.select({QStringLiteral("j1")});
        QVERIFY(review->isEnabled());
        QVERIFY(panel.setReviewStatus(ReviewStatus::Approved));
        const Review &r = context.document()->project().journeys[0].review;
        QCOMPARE(r.status, ReviewStatus::Approved);
        QCOMPARE(r.by, QStringLiteral("Ji-woo"));
        QVERIFY(!r.at.isEmpty());
        QCOMPARE(review->currentData().toInt(), int(ReviewStatus::Approved));
        context.select({QStringLiteral("tp2")});
        QVERIFY(panel.setReviewStatus(ReviewStatus::InReview));
        QCOMPARE(findById(context.document()->project().journeys[0].touchpoints, QStringLiteral("tp2"))->review.status,
                 ReviewStatus::InReview);
        context.document()->undoStack()->undo();
        context.document()->undoStack()->undo();
        QCOMPARE(context.document()->project().journeys[0].review.status, ReviewStatus::Draft);
    }

    void departmentFilterListsOwnedItems()
    {
        FakeContext context(std::make_unique<Document>(makeMergeFixture()));
        CommentsPanel panel(context);
        panel.setDepartmentFilter(QStringLiteral("dep1"));
        auto *owned = panel.findChild<QListWidget *>(QStringLiteral("ownedItems"));
        QStringList texts;
        for (int i = 0; i < owned->count(); ++i)
            texts.append(owned->item(i)->text());
        QCOMPARE(texts, (QStringList{QStringLiteral("Channel \u201CInstagram\u201D"), QStringLiteral("Channel \u201CE-mail\u201D"),
                                     QStringLiteral("Channel \u201CStore\u201D"), QStringLiteral("Journey \u201CMorning coffee\u201D")}));
        emit owned->itemActivated(owned->item(3));
        QCOMPARE(context.revealed, QStringLiteral("j1"));
    }

    void identityDialogNeedsAName()
    {
        UserIdentityDialog dialog({}, {QStringLiteral("Marketing"), QStringLiteral("CRM")});
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userName")), QStringLiteral("Seo-yeon"));
        QVERIFY(ok->isEnabled());
        dialog.findChild<QComboBox *>(QStringLiteral("userDepartment"))->setCurrentIndex(1);
        QCOMPARE(dialog.identity().name, QStringLiteral("Seo-yeon"));
        QCOMPARE(dialog.identity().department, QStringLiteral("CRM"));
        // With a name stored, nothing is asked.
        ensureUserIdentity(nullptr);
        QCOMPARE(currentUserIdentity().name, QStringLiteral("Ji-woo"));
    }
};

OMNIMAP_MERGE_TEST(TstCommentsPanel)

#include "tst_commentspanel.moc"
