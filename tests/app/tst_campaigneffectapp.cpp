// Issue 14 item 3 in the app: the campaign view's Effect tab reached from File ▸ New (a
// new campaign: clear messages instead of numbers), and on the hand-made fixture
// (tests/trend/campaigneffectfixture.h) the comparison picked in the combo as one undo
// step, saved in the file, and the table computed off the GUI thread with the numbers
// worked out by hand in tests/trend/tst_campaigneffect.cpp. Driven through the real main
// window, offscreen.
#include "insight/insightsession.h"
#include "insight/insighttools.h"
#include "mainwindow.h"
#include "plan/campaigneffectview.h"
#include "plan/campaigntimeline.h"
#include "scripteddialogs.h"

#include "dataset.h"
#include "eventimporter.h"

#include "../trend/campaigneffectfixture.h"

#include "format/projectfile.h"
#include "model/campaigncomparison.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace omnimap;

namespace {

struct Harness
{
    QTemporaryDir dir;
    MainWindow window;

    Harness()
    {
        window.setDialogService(std::make_unique<testing::ScriptedDialogs>());
        window.setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
        window.resize(1600, 1000);
        window.show();
        (void)QTest::qWaitForWindowActive(&window);
    }
    insight::InsightSession &session()
    {
        return window.findChild<insight::InsightTools *>(QStringLiteral("insightTools"))->session();
    }
    CampaignTimeline *timeline() { return window.findChild<CampaignTimeline *>(QStringLiteral("campaignTimeline")); }
    CampaignEffectView *effect() { return window.findChild<CampaignEffectView *>(QStringLiteral("campaignEffect")); }
    QString fixtureData()
    {
        const QString path = dir.filePath(QStringLiteral("effect.sqlite"));
        sim::DataSet ds;
        if (!ds.open(path, sim::DataSet::OpenMode::Create))
            return {};
        return sim::importEventsCsvBytes(ds, testing::fixtureCsv(), QStringLiteral("e.csv"), {}).ok ? path : QString();
    }
};

QString cellText(QTableWidget *t, int row, int column)
{
    QTableWidgetItem *i = t->item(row, column);
    return i ? i->text() : QString();
}

} // namespace

class TestCampaignEffectApp : public QObject
{
    Q_OBJECT
private slots:
    void reachableFromFileNew()
    {
        Harness h;
        h.window.newProject();
        QVERIFY(h.timeline() && h.effect());
        QPushButton *newCampaign = nullptr;
        for (QPushButton *b : h.timeline()->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&New campaign"))
                newCampaign = b;
        QVERIFY(newCampaign);
        newCampaign->click();
        QCOMPARE(h.window.document()->project().campaigns.size(), 1);
        h.effect()->compute();
        QVERIFY2(h.effect()->message().contains(QStringLiteral("No data set is open")), qPrintable(h.effect()->message()));
        const QString data = h.fixtureData();
        QVERIFY(!data.isEmpty());
        h.session().openDataSet(data);
        QTRY_VERIFY(h.session().hasDataSet());
        // A blank plan has no KPI: said, not computed.
        h.effect()->compute();
        QVERIFY2(h.effect()->message().contains(QStringLiteral("has no KPI")), qPrintable(h.effect()->message()));
        QCOMPARE(h.effect()->table()->rowCount(), 0);
    }

    void comparisonIsAnUndoableSavedEdit()
    {
        Harness h;
        const QString plan = h.dir.filePath(QStringLiteral("plan.omnimap"));
        const Project fixture = testing::fixtureProject();
        QVERIFY(saveProjectFile(plan, fixture).ok);
        QVERIFY(h.window.openFile(plan));
        const QString data = h.fixtureData();
        QVERIFY(!data.isEmpty());
        h.session().openDataSet(data);
        QTRY_VERIFY(h.session().hasDataSet());
        CampaignEffectView *view = h.effect();
        QVERIFY(view);
        // Offered: Store and Email (App is the campaign's), South (North is its persona).
        QComboBox *combo = view->comparisonCombo();
        const Id store = fixture.channels.at(1).id;
        QVERIFY(combo->findData(QString(QStringLiteral("channel:") + fixture.channels.at(0).id)) < 0);
        QVERIFY(combo->findData(QString(QStringLiteral("segment:") + fixture.personas.at(0).id)) < 0);
        QVERIFY(combo->findData(QString(QStringLiteral("segment:") + fixture.personas.at(1).id)) >= 0);
        const int index = combo->findData(QString(QStringLiteral("channel:") + store));
        QVERIFY(index >= 0);
        const int steps = h.window.document()->undoStack()->count();
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        QCOMPARE(h.window.document()->undoStack()->count(), steps + 1);
        QCOMPARE(campaignComparison(h.window.document()->project().campaigns.at(0)).channelId, store);
        // Picking computes, off the GUI thread.
        QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing() && view->table()->rowCount() == 4, 30000);
        QTableWidget *t = view->table();
        QCOMPARE(cellText(t, 0, 0), QStringLiteral("Conversion"));
        // By hand: 10 % → 13.81 %, +3.81 points (−0.85 … +8.35); DiD +5.17 (−5.00 … +15.34).
        QVERIFY2(cellText(t, 0, 3).startsWith(QStringLiteral("+3.81")), qPrintable(cellText(t, 0, 3)));
        QVERIFY(cellText(t, 0, 3).contains(QStringLiteral("-0.85")));
        QVERIFY2(cellText(t, 0, 6).startsWith(QStringLiteral("+5.17")), qPrintable(cellText(t, 0, 6)));
        QVERIFY(cellText(t, 0, 6).contains(QStringLiteral("+15.34")));
        // Purchases: +23, significant (*).
        QVERIFY2(cellText(t, 1, 3).endsWith(QStringLiteral("*")), qPrintable(cellText(t, 1, 3)));
        // NPS: no number, the reason.
        QVERIFY(cellText(t, 2, 1).isEmpty() && cellText(t, 2, 3).isEmpty());
        QVERIFY(cellText(t, 2, 8).contains(QStringLiteral("binding")));

        h.window.document()->undoStack()->undo();
        QVERIFY(campaignComparison(h.window.document()->project().campaigns.at(0)).channelId.isEmpty());
        QCOMPARE(combo->currentIndex(), 0);
        h.window.document()->undoStack()->redo();
        QCOMPARE(combo->currentData().toString(), QString(QStringLiteral("channel:") + store));
        // Saved in the file.
        QVERIFY(h.window.save());
        const LoadResult reloaded = loadProjectFile(plan);
        QVERIFY(reloaded.ok());
        QCOMPARE(campaignComparison(reloaded.project->campaigns.at(0)).channelId, store);
        QVERIFY(campaignComparison(reloaded.project->campaigns.at(0)).personaId.isEmpty());
    }
};

QTEST_MAIN(TestCampaignEffectApp)
#include "tst_campaigneffectapp.moc"
