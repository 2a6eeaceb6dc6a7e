// The PDF report's "Campaign effect" section (issue 14 item 3), read back with pdftotext
// and compared with the numbers worked out by hand for the fixture (campaigneffectfixture.h):
//   conversion 35/350 = 10.00 % → 58/420 = 13.81 %, +3.81 points, Newcombe 95 % −0.85 … +8.35;
//   difference-in-differences against Store: (16 − 10) − (10.83 − 10) = +5.17 points,
//   Wald 95 % −5.00 … +15.34; purchases 35 → 58, +23, Poisson 95 % 4.10 … 41.90.

#include "report/pdfreport.h"
#include "pdftools.h"

#include "sim/dataset.h"
#include "sim/eventimporter.h"

#include "campaigneffectfixture.h"

#include "model/campaigncomparison.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace omnimap;

class TestCampaignEffectReport : public QObject
{
    Q_OBJECT
private slots:
    void sectionHasHandWorkedNumbers()
    {
        QTemporaryDir dir;
        const QString dataPath = dir.filePath(QStringLiteral("effect.sqlite"));
        {
            sim::DataSet data;
            QVERIFY(data.open(dataPath, sim::DataSet::OpenMode::Create));
            const sim::ImportResult r = sim::importEventsCsvBytes(data, testing::fixtureCsv(), QStringLiteral("e.csv"), {});
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        Project plan = testing::fixtureProject();
        setCampaignComparison(plan.campaigns[0], {plan.channels.at(1).id, {}}); // Store
        ReportOptions options;
        options.exportedAt = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
        QString error;
        const QString without = dir.filePath(QStringLiteral("without.pdf"));
        QVERIFY2(PdfReport(plan, options).writePdf(without, &error), qPrintable(error));
        options.measureDataSet = dataPath;
        const QString with = dir.filePath(QStringLiteral("with.pdf"));
        QVERIFY2(PdfReport(plan, options).writePdf(with, &error), qPrintable(error));
        auto squeezed = [](QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s+"))); };
        QVERIFY(!squeezed(testing::pdfText(without)).contains(QStringLiteral("Campaigneffect—"))); // no data set: no section
        const QString t = squeezed(testing::pdfText(with));
        QVERIFY2(t.contains(QStringLiteral("Campaigneffect—Springpush")), qPrintable(t.right(1500)));
        QVERIFY(t.contains(QStringLiteral("2024-03-11to2024-03-17(7days)against2024-03-04to2024-03-10")));
        // Conversion before, during, difference and its interval.
        QVERIFY2(t.contains(QStringLiteral("Conversion10.00%13.81%+3.81pts")), qPrintable(t.right(1500)));
        QVERIFY(t.contains(QStringLiteral("95%:-0.85pts…+8.35pts")));
        // Difference-in-differences against Store.
        QVERIFY(t.contains(QStringLiteral("+5.17pts")));
        QVERIFY(t.contains(QStringLiteral("95%:-5.00pts…+15.34pts")));
        // Purchases: a count.
        QVERIFY(t.contains(QStringLiteral("Purchases3558+23.00")));
        QVERIFY(t.contains(QStringLiteral("95%:+4.10…+41.90")));
        // NPS has no binding: a dash and the reason, no number.
        QVERIFY(t.contains(QStringLiteral("NPS—")));
        QVERIFY(!t.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    }
};

QTEST_MAIN(TestCampaignEffectReport)
#include "tst_campaigneffectreport.moc"
