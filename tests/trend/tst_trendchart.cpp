// The trend chart shared by the dashboard and the PDF report: what it is given (gaps,
// partial periods, campaign bands in period units worked out by hand), that painting
// marks the band and the target where they belong, and the report's "KPIs over time" page.

#include "pdftools.h"

#include "report/pdfreport.h"
#include "report/trendchart.h"
#include "sim/dataset.h"
#include "sim/eventimporter.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace omnimap;

namespace {

/// 2020-W53 (Mon 12-28 … Sun 01-03), 2021-W01 (no data), 2021-W02 (data to Wed 01-13).
sim::KpiTrends weeks(const Id &kpiId)
{
    sim::KpiTrends t;
    t.period = sim::TrendPeriod::Week;
    t.periods = {{QDate(2020, 12, 28), QDate(2021, 1, 3), false},
                 {QDate(2021, 1, 4), QDate(2021, 1, 10), false},
                 {QDate(2021, 1, 11), QDate(2021, 1, 17), true}};
    t.periodEvents = {4, 0, 4};
    sim::KpiTrend k;
    k.kpiId = kpiId;
    k.name = QStringLiteral("App conversion");
    k.points = {{true, 50.0, 1, 2, KpiStatus::OnTrack, {}},
                {false, 0.0, 0, 0, KpiStatus::NoTarget, QStringLiteral("No events in this period.")},
                {true, 100.0 / 3.0, 1, 3, KpiStatus::AtRisk, {}}};
    t.kpis.push_back(k);
    return t;
}

Campaign campaign(const QString &name, const QString &start, const QString &end)
{
    Campaign c;
    c.id = newId();
    c.name = name;
    c.start = start;
    c.end = end;
    return c;
}

Project plan()
{
    Project p;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("Trend plan");
    Kpi k;
    k.id = QStringLiteral("k1");
    k.name = QStringLiteral("App conversion");
    k.unit = KpiUnit::Percent;
    k.target = 40.0;
    k.binding = KpiBinding{QStringLiteral("purchase"), {}, {}, QStringLiteral("visit"), {}, {}, 0};
    p.kpis.append(k);
    p.campaigns.append(campaign(QStringLiteral("New year push"), QStringLiteral("2020-12-31"), QStringLiteral("2021-01-06")));
    p.campaigns.append(campaign(QStringLiteral("No dates"), {}, {}));
    p.campaigns.append(campaign(QStringLiteral("Backwards"), QStringLiteral("2021-01-10"), QStringLiteral("2021-01-01")));
    p.campaigns.append(campaign(QStringLiteral("Last summer"), QStringLiteral("2020-07-01"), QStringLiteral("2020-07-31")));
    return p;
}

TrendChartStyle plainStyle()
{
    TrendChartStyle s;
    s.titleFont.setPixelSize(12);
    s.labelFont.setPixelSize(10);
    s.ink = Qt::black;
    s.muted = Qt::gray;
    s.grid = QColor(0xEE, 0xEE, 0xEE);
    s.line = Qt::blue;
    s.target = Qt::red;
    s.shade = QColor(0, 200, 0);
    return s;
}

int countColour(const QImage &image, int x, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        n += image.pixelColor(x, y) == colour;
    return n;
}

} // namespace

class TestTrendChart : public QObject
{
    Q_OBJECT

private slots:
    void chartFromTrends()
    {
        const Project p = plan();
        const TrendChart chart = makeTrendChart(p, weeks(QStringLiteral("k1")), 0);
        QCOMPARE(chart.title, QStringLiteral("App conversion"));
        QCOMPARE(chart.periodLabels, (QStringList{QStringLiteral("2020-W53"), QStringLiteral("2021-W01"), QStringLiteral("2021-W02")}));
        QCOMPARE(chart.values.size(), std::size_t(3));
        QCOMPARE(*chart.values[0], 50.0);
        QVERIFY(!chart.values[1]); // a gap, not a zero
        QVERIFY(chart.partial[2] && !chart.partial[0]);
        QCOMPARE(*chart.target, 40.0);
        QCOMPARE(chart.unit, QStringLiteral("%"));
        // Only the campaign with valid dates inside the range: 12-31 is day 3 of W53 (3/7),
        // the band ends where 01-07 begins, day 3 of W01 (1 + 3/7).
        QCOMPARE(chart.campaigns.size(), 1);
        QCOMPARE(chart.campaigns[0].label, QStringLiteral("New year push"));
        QCOMPARE(chart.campaigns[0].from, 3.0 / 7.0);
        QCOMPARE(chart.campaigns[0].to, 1.0 + 3.0 / 7.0);
        QVERIFY(chart.note.isEmpty());
        // No measured period at all: a note, not an empty axis.
        sim::KpiTrends none = weeks(QStringLiteral("k1"));
        for (auto &point : none.kpis[0].points)
            point = sim::KpiTrendPoint{false, 0, 0, 0, KpiStatus::NoTarget, QStringLiteral("No events in this period.")};
        QVERIFY(!makeTrendChart(p, none, 0).note.isEmpty());
    }

    void paintsBandAndTargetWhereTheyBelong()
    {
        // Without labels or titles in the way, compare a column inside the band with one outside.
        const Project p = plan();
        TrendChart chart = makeTrendChart(p, weeks(QStringLiteral("k1")), 0);
        QImage image(700, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintTrendChart(&painter, QRectF(0, 0, 700, 300), chart, plainStyle(), QLocale::c());
        }
        // Find the plot from the shade: the band covers [3/7, 10/7] of three periods.
        int bandLeft = -1, bandRight = -1;
        for (int x = 0; x < image.width(); ++x) {
            if (countColour(image, x, QColor(0, 200, 0)) > 50) {
                if (bandLeft < 0)
                    bandLeft = x;
                bandRight = x;
            }
        }
        QVERIFY(bandLeft > 0 && bandRight > bandLeft);
        const double periodWidth = (bandRight - bandLeft + 1) / (1.0 + 3.0 / 7.0 - 3.0 / 7.0);
        const double plotLeft = bandLeft - periodWidth * 3.0 / 7.0;
        // The plot ends 4 px inside the 700 px bounds; band edges round to pixels (×3 here).
        QVERIFY2(std::abs(plotLeft + 3 * periodWidth - 696) < 5, qPrintable(QString::number(plotLeft + 3 * periodWidth)));
        // A dashed red target line crosses the whole plot: red in columns inside and outside the band.
        auto reddish = [&image](int x) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y) {
                const QColor c = image.pixelColor(x, y);
                n += c.red() > 200 && c.green() < 150 && c.blue() < 150;
            }
            return n;
        };
        QVERIFY(reddish(int(plotLeft + 5)) + reddish(int(plotLeft + 8)) > 0);
        QVERIFY(reddish(bandLeft + 5) + reddish(bandLeft + 8) > 0);
        // The period without data draws no point: no blue in its middle column.
        const int gapX = int(plotLeft + 1.5 * periodWidth);
        int blueInGap = 0;
        for (int y = 0; y < image.height(); ++y) {
            const QColor c = image.pixelColor(gapX, y);
            blueInGap += c.blue() > 200 && c.red() < 80 && c.green() < 80;
        }
        QCOMPARE(blueInGap, 0);
    }

    void reportHasTrendPage()
    {
        QTemporaryDir dir;
        const QString dataPath = dir.filePath(QStringLiteral("events.omnidata"));
        {
            sim::DataSet data;
            QVERIFY2(data.open(dataPath, sim::DataSet::OpenMode::Create), qPrintable(data.errorString()));
            const QByteArray csv = "customer,ts,channel,event_type\n"
                                   "c1,2020-12-28T10:00:00Z,app,visit\n"
                                   "c2,2020-12-31T10:00:00Z,app,visit\n"
                                   "c1,2021-01-01T00:00:00Z,app,purchase\n"
                                   "c3,2021-01-11T10:00:00Z,app,visit\n"
                                   "c3,2021-01-20T10:00:00Z,app,purchase\n";
            const sim::ImportResult result = sim::importEventsCsvBytes(data, csv, QStringLiteral("events.csv"), {});
            QVERIFY2(result.ok, qPrintable(result.error));
        }
        ReportOptions options;
        options.exportedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        const QString without = dir.filePath(QStringLiteral("without.pdf"));
        QString error;
        QVERIFY(PdfReport(plan(), options).writePdf(without, &error));
        options.measureDataSet = dataPath;
        const QString with = dir.filePath(QStringLiteral("with.pdf"));
        QVERIFY2(PdfReport(plan(), options).writePdf(with, &error), qPrintable(error));
        auto squeezed = [](QString text) { return text.remove(QRegularExpression(QStringLiteral("[\\s-]+"))); };
        const QString a = squeezed(testing::pdfText(without)), b = squeezed(testing::pdfText(with));
        QVERIFY(!a.contains(QStringLiteral("KPIsovertime")));
        QVERIFY2(b.contains(QStringLiteral("KPIsovertime")), qPrintable(b.right(600)));
        // Four ISO weeks 2020-W53 … 2021-W03 (squeezed: dashes removed), the target and the campaign.
        QVERIFY(b.contains(QStringLiteral("2020W53")));
        QVERIFY(b.contains(QStringLiteral("2021W03")));
        QVERIFY(b.contains(QStringLiteral("target40%")));
        QVERIFY(b.contains(QStringLiteral("Newyearpush")));
    }
};

QTEST_MAIN(TestTrendChart)
#include "tst_trendchart.moc"
