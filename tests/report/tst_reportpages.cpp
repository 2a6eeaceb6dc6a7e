// The report's KPI and scenario pages against values worked out by hand: a bound KPI
// prints the value measured on the data set (what the dashboard shows), and the scenario
// comparison prints words, not the keys the result is stored under.
#include "reporttest.h"

#include "pdftools.h"

#include "document/insight/simulationsummary.h"
#include "report/channelflow.h"
#include "report/pdfreport.h"
#include "report/reportstyle.h"
#include "sim/dataset.h"
#include "sim/eventimporter.h"
#include "sim/feedbackimporter.h"

#include <QFontMetricsF>
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

void ReportPagesTest::channelFlowLabelsStayApart()
{
    // Start → App for everyone; App → Store and App → converted are 3 and 2 moves of
    // 2 000, bars under a point tall, so their labels would sit on top of each other.
    sim::TransitionMatrix m;
    m.states = {QStringLiteral("(start)"), QStringLiteral("App"), QStringLiteral("Store"), QStringLiteral("(conversion)"),
                QStringLiteral("(null)")};
    m.size = 5;
    m.counts.assign(25, 0.0);
    m.counts[0 * 5 + 1] = 1000;
    m.counts[1 * 5 + 2] = 3;
    m.counts[1 * 5 + 3] = 2;
    m.counts[1 * 5 + 4] = 995;
    const QRectF area(20, 30, 480, 220);
    const ChannelFlowLayout layout = ChannelFlow::layout(m, Project(), area, ReportStyle::font(8), 120.0);
    QCOMPARE(layout.bands.size(), 4);
    QCOMPARE(layout.total, 2000.0);
    // Left: (start) and App, 1 000 moves each; right: App 1 000, Store 3, (converted) 2,
    // (dropped off) 995, top to bottom.
    QStringList left, right;
    QList<double> rightMoves;
    for (const ChannelFlowNode &node : layout.nodes) {
        (node.source ? left : right).append(node.name);
        if (!node.source)
            rightMoves.append(node.moves);
    }
    QCOMPARE(left, (QStringList{QStringLiteral("(start)"), QStringLiteral("App")}));
    QCOMPARE(right, (QStringList{QStringLiteral("App"), QStringLiteral("Store"), QStringLiteral("(converted)"),
                                 QStringLiteral("(dropped off)")}));
    QCOMPARE(rightMoves, (QList<double>{1000, 3, 2, 995}));
    // Bars as tall as their moves: 995 / 3 between (dropped off) and Store.
    const ChannelFlowNode &store = layout.nodes.at(3);
    const ChannelFlowNode &converted = layout.nodes.at(4);
    const ChannelFlowNode &dropped = layout.nodes.at(5);
    QVERIFY(std::abs(dropped.rect.height() / store.rect.height() - 995.0 / 3.0) < 1e-6);
    // The case this guards: the two thin bars are closer than a line of text…
    QVERIFY(std::abs(converted.rect.center().y() - store.rect.center().y()) < store.labelRect.height());
    // …yet no two labels overlap, all stay in the chart, in the bars' order.
    for (qsizetype i = 0; i < layout.nodes.size(); ++i) {
        const QRectF a = layout.nodes.at(i).labelRect;
        QVERIFY2(area.contains(a), qPrintable(layout.nodes.at(i).name));
        QVERIFY(a.width() >= QFontMetricsF(ReportStyle::font(8)).horizontalAdvance(layout.nodes.at(i).text) - 0.01);
        for (qsizetype j = i + 1; j < layout.nodes.size(); ++j)
            QVERIFY2(!a.intersects(layout.nodes.at(j).labelRect.adjusted(0.01, 0.01, -0.01, -0.01)),
                     qPrintable(layout.nodes.at(i).name + QStringLiteral(" / ") + layout.nodes.at(j).name));
    }
    QVERIFY(store.labelRect.bottom() <= converted.labelRect.top() + 0.01);
    QVERIFY(converted.labelRect.bottom() <= dropped.labelRect.top() + 0.01);
    // Left labels end before their bars, right labels start after them.
    for (const ChannelFlowNode &node : layout.nodes)
        QVERIFY(node.source ? node.labelRect.right() <= node.rect.left() : node.labelRect.left() >= node.rect.right());
}

void ReportPagesTest::channelFlowPageShowsTheMoves()
{
    // Five customers' journeys (a purchase ends a journey and is no touch):
    //   c1 app → kakao, buys; c2 app → store, buys; c3 kakao; c4 app; c5 app.
    // Moves: (start)→app 4, (start)→kakao 1, app→kakao 1, app→store 1,
    // app→(dropped off) 2, kakao→(converted) 1, kakao→(dropped off) 1, store→(converted) 1.
    const QString dataPath = m_dir.filePath(QStringLiteral("flow.omnidata"));
    {
        sim::DataSet data;
        QVERIFY2(data.open(dataPath, sim::DataSet::OpenMode::Create), qPrintable(data.errorString()));
        const QByteArray csv = "customer,ts,channel,stage,event_type\n"
                               "c1,2026-10-01T10:00:00Z,app,awareness,visit\n"
                               "c1,2026-10-01T11:00:00Z,kakao,consideration,click\n"
                               "c1,2026-10-01T12:00:00Z,store,purchase,purchase\n"
                               "c2,2026-10-02T10:00:00Z,app,awareness,visit\n"
                               "c2,2026-10-02T11:00:00Z,store,consideration,visit\n"
                               "c2,2026-10-02T12:00:00Z,store,purchase,purchase\n"
                               "c3,2026-10-03T10:00:00Z,kakao,awareness,click\n"
                               "c4,2026-10-04T10:00:00Z,app,awareness,visit\n"
                               "c5,2026-10-05T10:00:00Z,app,awareness,visit\n";
        const sim::ImportResult result = sim::importEventsCsvBytes(data, csv, QStringLiteral("flow.csv"), {});
        QVERIFY2(result.ok, qPrintable(result.error));
    }
    ReportOptions options = fixed();
    options.measureDataSet = dataPath;
    const QString path = m_dir.filePath(QStringLiteral("flow.pdf"));
    QString error;
    QVERIFY2(PdfReport(smallPlan(), options).writePdf(path, &error), qPrintable(error));
    const QString text = testing::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                                        QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("Channel flow")), qPrintable(text));
    QStringList rows;
    bool inList = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("From → to")))
            inList = true;
        else if (inList && line.contains(QStringLiteral(" → ")))
            rows.append(line.simplified());
        else if (inList && !line.trimmed().isEmpty())
            break;
    }
    // Biggest first; share of the moves leaving the same place (app: 4 moves, kakao: 2).
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows.at(0), QStringLiteral("(start) → app 4 80.0 %"));
    QCOMPARE(rows.at(1), QStringLiteral("app → (dropped off) 2 50.0 %"));
    for (const QString &row : {QStringLiteral("(start) → kakao 1 20.0 %"), QStringLiteral("app → kakao 1 25.0 %"),
                               QStringLiteral("app → store 1 25.0 %"), QStringLiteral("kakao → (converted) 1 50.0 %"),
                               QStringLiteral("kakao → (dropped off) 1 50.0 %"), QStringLiteral("store → (converted) 1 100.0 %")})
        QVERIFY2(rows.contains(row), qPrintable(row + QStringLiteral(" not in:\n") + rows.join(QLatin1Char('\n'))));
    // Without a data set there is no flow page.
    const QString without = m_dir.filePath(QStringLiteral("noflow.pdf"));
    QVERIFY(PdfReport(smallPlan(), fixed()).writePdf(without, &error));
    QVERIFY(!testing::pdfText(without).contains(QStringLiteral("Channel flow")));
}

} // namespace omnimap::test
