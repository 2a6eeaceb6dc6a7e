// The report's KPI and scenario pages against values worked out by hand: a bound KPI
// prints the value measured on the data set (what the dashboard shows), and the scenario
// comparison prints words, not the keys the result is stored under.
#include "reporttest.h"

#include "pdftools.h"

#include "document/insight/simulationsummary.h"
#include "report/pdfreport.h"
#include "sim/dataset.h"
#include "sim/eventimporter.h"
#include "sim/feedbackimporter.h"

#include <QRegularExpression>
#include <QTest>

namespace omnimap::test {

namespace {

QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\s-]+")));
    return text;
}

Project smallPlan()
{
    Project p;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("Pages plan");
    Journey j;
    j.id = QStringLiteral("j1");
    j.name = QStringLiteral("Order and pick up");
    Stage s;
    s.id = QStringLiteral("s1");
    s.name = QStringLiteral("purchase");
    j.stages.append(s);
    p.journeys.append(j);
    return p;
}

ReportOptions fixed()
{
    ReportOptions o;
    o.exportedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    return o;
}

} // namespace

void ReportPagesTest::kpiPagePrintsTheMeasuredValue()
{
    // Four impressions, one purchase: "purchases per impression" is 1 / 4 = 25 %.
    const QString dataPath = m_dir.filePath(QStringLiteral("events.omnidata"));
    {
        sim::DataSet data;
        QVERIFY2(data.open(dataPath, sim::DataSet::OpenMode::Create), qPrintable(data.errorString()));
        const QByteArray csv = "customer,ts,channel,stage,event_type\n"
                               "c1,2026-10-01T10:00:00Z,app,awareness,impression\n"
                               "c2,2026-10-01T11:00:00Z,app,awareness,impression\n"
                               "c3,2026-10-02T10:00:00Z,kakao,awareness,impression\n"
                               "c4,2026-10-02T11:00:00Z,kakao,awareness,impression\n"
                               "c1,2026-10-03T10:00:00Z,store,purchase,purchase\n";
        const sim::ImportResult result = sim::importEventsCsvBytes(data, csv, QStringLiteral("events.csv"), {});
        QVERIFY2(result.ok, qPrintable(result.error));
    }
    Project p = smallPlan();
    Kpi bound;
    bound.id = QStringLiteral("k1");
    bound.name = QStringLiteral("Purchases per impression");
    bound.unit = KpiUnit::Percent;
    bound.target = 30.0;
    bound.binding = KpiBinding{QStringLiteral("purchase"), {}, {}, QStringLiteral("impression"), {}, {}, 0};
    p.kpis.append(bound);

    const QString without = m_dir.filePath(QStringLiteral("without.pdf"));
    QString error;
    QVERIFY(PdfReport(p, fixed()).writePdf(without, &error));
    ReportOptions options = fixed();
    options.measureDataSet = dataPath;
    const QString with = m_dir.filePath(QStringLiteral("with.pdf"));
    QVERIFY2(PdfReport(p, options).writePdf(with, &error), qPrintable(error));

    const QString kpiRowWithout = squeezed(testing::pdfText(without));
    const QString kpiRowWith = squeezed(testing::pdfText(with));
    QVERIFY(!kpiRowWithout.contains(QStringLiteral("25%")));
    QVERIFY2(kpiRowWith.contains(QStringLiteral("Purchasesperimpression")), qPrintable(kpiRowWith.left(400)));
    QVERIFY2(kpiRowWith.contains(QStringLiteral("25%")), qPrintable(kpiRowWith));
    // The dashboard page charts it too (a KPI with a target and a value).
    QVERIFY(kpiRowWith.contains(QStringLiteral("KPIprogresstotarget")));
    QVERIFY(!kpiRowWithout.contains(QStringLiteral("KPIprogresstotarget")));
}

void ReportPagesTest::scenarioPagePrintsWordsNotKeys()
{
    Project p = smallPlan();
    ScenarioRecord record;
    record.baseline.customers = 20000;
    record.baseline.seed = 42;
    record.baseline.conversions = 2000;
    record.baseline.conversionRate = 0.10;
    record.baseline.conversionLow = 0.096;
    record.baseline.conversionHigh = 0.104;
    record.scenario = record.baseline;
    record.scenario.conversions = 2500;
    record.scenario.conversionRate = 0.125;
    Scenario s;
    s.id = QStringLiteral("sc1");
    s.name = QStringLiteral("Kakao push");
    s.journeyId = QStringLiteral("j1");
    s.result = record.toJson();
    p.scenarios.append(s);
    const QString path = m_dir.filePath(QStringLiteral("scenario.pdf"));
    QString error;
    QVERIFY2(PdfReport(p, fixed()).writePdf(path, &error), qPrintable(error));
    const QString text = testing::pdfText(path);
    for (const char *key : {"conversionHigh", "scenario.seed", "baseline.", "seed"})
        QVERIFY2(!text.contains(QLatin1String(key)), key);
    const QString flat = squeezed(text);
    QVERIFY(flat.contains(QStringLiteral("Conversionrate,baseline10.00%")));
    QVERIFY(flat.contains(QStringLiteral("Conversionrate,scenario12.50%")));
    // 12.5 % − 10 % = +2.5 percentage points; 2,500 conversions.
    QVERIFY(flat.contains(QStringLiteral("+2.50")));
    QVERIFY(flat.contains(QStringLiteral("2,500")));
}

void ReportPagesTest::feedbackPageShowsTextLiterally()
{
    // 30 detractors (NPS 2) at purchase, all writing markup: the feedback page quotes it as
    // typed. Interpreted as rich text, "<b>" and "</b>" would vanish and "&amp;" become "&".
    const QString dataPath = m_dir.filePath(QStringLiteral("feedback.omnidata"));
    {
        sim::DataSet data;
        QVERIFY2(data.open(dataPath, sim::DataSet::OpenMode::Create), qPrintable(data.errorString()));
        QByteArray csv = "customer,ts,stage,kind,score,text\n";
        for (int i = 0; i < 30; ++i)
            csv += "c" + QByteArray::number(i) + ",2026-10-01T10:00:00Z,purchase,nps,2,\"<b>slow</b> &amp; <i>cold</i>\"\n";
        const sim::ImportResult result = sim::importFeedbackCsvBytes(data, csv, QStringLiteral("feedback.csv"), {});
        QVERIFY2(result.ok, qPrintable(result.error));
    }
    ReportOptions options = fixed();
    options.measureDataSet = dataPath;
    const QString path = m_dir.filePath(QStringLiteral("feedback.pdf"));
    QString error;
    QVERIFY2(PdfReport(smallPlan(), options).writePdf(path, &error), qPrintable(error));
    const QString flat = squeezed(testing::pdfText(path));
    QVERIFY2(flat.contains(QStringLiteral("Feedback:Orderandpickup")), qPrintable(flat.left(600)));
    QVERIFY2(flat.contains(QStringLiteral("<b>slow</b>&amp;<i>cold</i>")), qPrintable(flat));
}

} // namespace omnimap::test
