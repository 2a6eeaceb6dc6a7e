// The clipped-text check on the real Campaigns view: the budget table's bold total row is
// read like any cell, so a total cut by a narrow column is reported (the defect issue 19
// listed), and the view as the app lays it out reports nothing.

#include "capturechecks.h"

#include "app/plan/campaigntimeline.h"
#include "document/document.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QTest>

using namespace omnimap;
using namespace omnimap::screenshots;

namespace {

/// A Korean chain's launch: two channels with budgets in won, 68 million in all.
Project launchPlan()
{
    Project p;
    p.id = QStringLiteral("p");
    p.name = QStringLiteral("BOPIS");
    p.currency = QStringLiteral("KRW");
    Channel app;
    app.id = QStringLiteral("c-app");
    app.name = QStringLiteral("App");
    Channel store;
    store.id = QStringLiteral("c-store");
    store.name = QStringLiteral("Store");
    p.channels = {app, store};
    Journey j;
    j.id = QStringLiteral("j");
    j.name = QStringLiteral("Order and pick up");
    j.channelIds = {app.id, store.id};
    p.journeys.append(j);
    Campaign c;
    c.id = QStringLiteral("cmp");
    c.name = QStringLiteral("Pick-up launch");
    c.journeyId = j.id;
    c.start = QStringLiteral("2026-11-28");
    c.end = QStringLiteral("2026-12-20");
    c.budget = {{app.id, 60000000.0}, {store.id, 8000000.0}};
    p.campaigns.append(c);
    return p;
}

QString problemsText(const QList<CaptureProblem> &problems)
{
    QStringList lines;
    for (const CaptureProblem &p : problems)
        lines << p.widget + QStringLiteral(": ") + p.text;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCampaignCapture final : public QObject
{
    Q_OBJECT

private slots:
    void budgetTotalIsChecked()
    {
        Document doc(launchPlan());
        CampaignTimeline timeline(&doc);
        timeline.resize(1200, 800);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        QTableWidget *budget = timeline.budgetTable();
        QCOMPARE(budget->rowCount(), 3); // App, Store, Total
        const int total = budget->rowCount() - 1;
        QCOMPARE(budget->item(total, 1)->text(), QString::fromUtf8("₩68,000,000"));
        QVERIFY(budget->item(total, 1)->font().bold());

        // As laid out: nothing cut anywhere in the view.
        const QList<CaptureProblem> laidOut = clippedTexts(QStringLiteral("15-campaigns.png"), &timeline);
        QVERIFY2(laidOut.isEmpty(), qPrintable(problemsText(laidOut)));

        // The budget column narrowed to 60 px: "₩68,000,000" in bold needs more, so the
        // check names the total's cell (and no other check stands in for it).
        budget->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        budget->setColumnWidth(1, 60);
        QTest::qWait(50);
        const QFontMetrics bold(budget->item(total, 1)->font().resolve(budget->font()));
        QVERIFY(bold.horizontalAdvance(budget->item(total, 1)->text()) > 60);
        const QList<CaptureProblem> narrowed = clippedTexts(QStringLiteral("15-campaigns.png"), &timeline);
        const QString cell = QStringLiteral(" cell %1,1").arg(total);
        const bool named = std::any_of(narrowed.cbegin(), narrowed.cend(), [&](const CaptureProblem &p) {
            return p.widget.endsWith(cell) && p.text.contains(QString::fromUtf8("₩68,000,000"));
        });
        QVERIFY2(named, qPrintable(problemsText(narrowed)));
    }
};

QTEST_MAIN(TestCampaignCapture)
#include "tst_campaigncapture.moc"
