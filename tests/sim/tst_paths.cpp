#include "eventcache.h"
#include "eventimporter.h"
#include "journeybuilder.h"
#include "journeyquery.h"
#include "pathanalysis.h"
#include "segmentfilter.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QTest>

using namespace omnimap;
using namespace omnimap::sim;
using namespace omnimap::sim::test;

namespace {

// Day d at hour h, as ISO text.
QByteArray at(int day, int hour = 0)
{
    return "2024-03-" + QByteArray::number(day).rightJustified(2, '0') + 'T' + QByteArray::number(hour).rightJustified(2, '0')
        + ":00:00Z";
}

QStringList channelLabels(const Journeys &j)
{
    QStringList labels;
    for (std::size_t k = 0; k < j.size(); ++k) {
        QStringList parts;
        for (std::uint32_t t = j.begin(k); t < j.end(k); ++t)
            parts.append(j.channelNames.value(j.channel[t]));
        labels.append(parts.join(QLatin1Char('>')) + (j.converted[k] ? QStringLiteral("=1") : QStringLiteral("=0")));
    }
    return labels;
}

EventColumnsPtr load(TempDataSet &t, const QByteArray &rows)
{
    const QByteArray csv = "customer,ts,channel,stage,event_type,revenue,region\n" + rows;
    const ImportResult result = importEventsCsvBytes(t.dataSet, csv, QStringLiteral("e.csv"), {});
    if (!result.ok)
        qWarning("%s", qPrintable(result.error + result.problems.value(0).reason));
    return loadEventColumns(t.dataSet);
}

} // namespace

class TstPaths : public QObject
{
    Q_OBJECT

private slots:
    void conversionEndsJourney()
    {
        TempDataSet t;
        // Events after the conversion start a new journey; the file is out of order.
        const auto events = load(t, "a," + at(3) + ",email,consideration,click,,x\n"
                                    "a," + at(1) + ",sns,awareness,impression,,x\n"
                                    "a," + at(4) + ",store,purchase,purchase,100,x\n"
                                    "a," + at(5) + ",app,retention,visit,,x\n"
                                    "b," + at(2) + ",sns,awareness,impression,,y\n");
        QVERIFY(events);
        QVERIFY(!events->wasSorted);
        const Journeys j = buildJourneys(*events);
        QCOMPARE(channelLabels(j), (QStringList{QStringLiteral("sns>email=1"), QStringLiteral("app=0"), QStringLiteral("sns=0")}));
        QCOMPARE(j.value[0], 100.0);
    }

    void sameTimestamp()
    {
        TempDataSet t;
        // The click at the purchase's very millisecond counts before it even though the
        // file lists it after; ties between touches keep file order.
        const auto events = load(t, "a," + at(1) + ",sns,awareness,impression,,x\n"
                                    "a," + at(1) + ",web,awareness,visit,,x\n"
                                    "a," + at(2) + ",store,purchase,purchase,10,x\n"
                                    "a," + at(2) + ",email,consideration,click,,x\n");
        const Journeys j = buildJourneys(*events);
        QCOMPARE(channelLabels(j), (QStringList{QStringLiteral("sns>web>email=1")}));
    }

    void lookbackWindow()
    {
        TempDataSet t;
        const auto events = load(t, "a," + at(1) + ",sns,awareness,impression,,x\n"
                                    "a," + at(10) + ",email,consideration,click,,x\n"
                                    "a," + at(12) + ",store,purchase,purchase,10,x\n"
                                    "b," + at(1) + ",sns,awareness,impression,,x\n"
                                    "b," + at(20) + ",web,awareness,visit,,x\n"
                                    "c," + at(1) + ",store,purchase,purchase,5,x\n");
        JourneyOptions options;
        options.lookbackDays = 7;
        const Journeys j = buildJourneys(*events, options);
        QCOMPARE(channelLabels(j), (QStringList{QStringLiteral("email=1"), QStringLiteral("web=0")}));
        QCOMPARE(j.conversionsWithoutTouches, 1);
        options.lookbackDays = 30;
        QCOMPARE(channelLabels(buildJourneys(*events, options)),
                 (QStringList{QStringLiteral("sns>email=1"), QStringLiteral("sns>web=0")}));
        options.fromMs = *parseTs(at(5));
        QCOMPARE(channelLabels(buildJourneys(*events, options)), (QStringList{QStringLiteral("email=1"), QStringLiteral("web=0")}));
    }

    void analysis()
    {
        TempDataSet t;
        const auto events = load(t, "a," + at(1) + ",sns,awareness,impression,,x\n"
                                    "a," + at(2) + ",email,consideration,click,,x\n"
                                    "a," + at(4) + ",store,purchase,purchase,100,x\n"
                                    "b," + at(1) + ",sns,awareness,impression,,x\n"
                                    "b," + at(2) + ",email,consideration,click,,x\n"
                                    "c," + at(1) + ",sns,awareness,impression,,y\n"
                                    "c," + at(1, 12) + ",sns,awareness,impression,,y\n"
                                    "c," + at(2) + ",store,purchase,purchase,50,y\n");
        const Journeys j = buildJourneys(*events);
        PathSummary summary;
        const auto top = topPaths(j, PathLevel::Channel, 10, &summary);
        QCOMPARE(summary.journeys, 3);
        QCOMPARE(summary.conversions, 2);
        QCOMPARE(top.size(), std::size_t(2));
        QCOMPARE(top[0].label, QStringLiteral("sns > email"));
        QCOMPARE(top[0].journeys, 2);
        QCOMPARE(top[0].conversionRate(), 0.5);
        QCOMPARE(top[1].label, QStringLiteral("sns > sns"));

        const TransitionMatrix m = channelTransitions(j);
        const int sns = int(m.states.indexOf(QStringLiteral("sns")));
        const int email = int(m.states.indexOf(QStringLiteral("email")));
        QCOMPARE(m.count(0, sns), 3.0);
        QCOMPARE(m.count(sns, email), 2.0);
        QCOMPARE(m.count(sns, sns), 1.0);
        QCOMPARE(m.probability(email, m.size - 2), 0.5); // conversion
        QCOMPARE(m.probability(email, m.size - 1), 0.5); // null

        const auto funnel = stageFunnel(*events, {}, {QStringLiteral("awareness"), QStringLiteral("consideration"), QStringLiteral("purchase")});
        QCOMPARE(funnel.size(), std::size_t(3));
        QCOMPARE(funnel[0].customers, 3);
        QCOMPARE(funnel[1].customers, 2);
        QCOMPARE(funnel[2].customers, 2);
        QCOMPARE(funnel[1].dropOff, 1.0 - 2.0 / 3.0);
        QCOMPARE(funnel[2].dropOff, 0.0);

        const TimeToConvert ttc = timeToConvert(j);
        QCOMPARE(ttc.conversions, 2);
        QCOMPARE(ttc.meanDays, 2.0); // 3 days and 1 day
        QCOMPARE(ttc.bins[1].count, 1);
        QCOMPARE(ttc.bins[3].count, 1);
    }

    void segmentRulesBindValues()
    {
        TempDataSet t;
        const QByteArray evil = "x' OR 1=1 --";
        const auto events = load(t, "a," + at(1) + ",sns,awareness,impression,,seoul\n"
                                    "b," + at(1) + ",sns,awareness,impression,,busan\n"
                                    "c," + at(1) + ",sns,awareness,impression,,\"" + evil + "\"\n");
        SegmentRule rule;
        SegmentCondition condition;
        condition.field = SegmentField::Region;
        condition.values = {QString::fromUtf8(evil)};
        rule.conditions.append(condition);
        const SegmentSql sql = segmentSql(rule);
        QVERIFY(!sql.where.contains(QStringLiteral("OR 1=1")));
        QCOMPARE(sql.values, QStringList{QString::fromUtf8(evil)});

        std::vector<std::uint8_t> mask;
        QVERIFY(segmentCustomerMask(t.dataSet, rule, events->customerLimit, mask));
        QCOMPARE(std::count(mask.begin(), mask.end(), 1), 1); // only customer c
        QCOMPARE(mask[3], std::uint8_t(1));

        rule.conditions[0].values = {QStringLiteral("nowhere' OR '1'='1")};
        QVERIFY(segmentCustomerMask(t.dataSet, rule, events->customerLimit, mask));
        QCOMPARE(std::count(mask.begin(), mask.end(), 1), 0);

        // Attribute names are bound too; an evil name matches nothing and breaks nothing.
        SegmentCondition byAttribute;
        byAttribute.field = SegmentField::Attribute;
        byAttribute.attribute = QStringLiteral("tier') OR 1=1 --");
        byAttribute.op = SegmentOperator::Contains;
        byAttribute.values = {QStringLiteral("%")};
        rule.conditions = {byAttribute};
        QVERIFY(segmentCustomerMask(t.dataSet, rule, events->customerLimit, mask));
        QCOMPARE(std::count(mask.begin(), mask.end(), 1), 0);

        SegmentCondition in;
        in.op = SegmentOperator::In;
        in.values = {QStringLiteral("SEOUL"), QStringLiteral("busan")};
        rule.conditions = {in};
        QVERIFY(segmentCustomerMask(t.dataSet, rule, events->customerLimit, mask));
        QCOMPARE(std::count(mask.begin(), mask.end(), 1), 2);
        in.op = SegmentOperator::NotIn;
        rule.conditions = {in};
        QVERIFY(segmentCustomerMask(t.dataSet, rule, events->customerLimit, mask));
        QCOMPARE(std::count(mask.begin(), mask.end(), 1), 1);

        JourneyOptions filtered;
        filtered.customerMask = &mask;
        QCOMPARE(buildJourneys(*events, filtered).size(), std::size_t(1));
    }

    void cachesFollowImports()
    {
        TempDataSet t;
        load(t, "a," + at(1) + ",sns,awareness,impression,,x\n");
        JourneyQueryResult first;
        QVERIFY(runJourneyQuery(t.dataSet, {}, first));
        QCOMPARE(first.journeys->size(), std::size_t(1));
        JourneyQueryResult again;
        QVERIFY(runJourneyQuery(t.dataSet, {}, again));
        QCOMPARE(again.journeys.get(), first.journeys.get()); // served from the cache
        JourneyQuery other;
        other.lookbackDays = 1;
        JourneyQueryResult different;
        QVERIFY(runJourneyQuery(t.dataSet, other, different));
        QVERIFY(different.journeys.get() != first.journeys.get());
        // A new import raises the generation: columns and journeys are rebuilt.
        load(t, "b," + at(2) + ",web,awareness,visit,,y\n");
        JourneyQueryResult after;
        QVERIFY(runJourneyQuery(t.dataSet, {}, after));
        QCOMPARE(after.journeys->size(), std::size_t(2));
        QVERIFY(after.events != first.events);
    }

private:
    static std::optional<std::int64_t> parseTs(const QByteArray &text);
};

#include "timestampparser.h"

std::optional<std::int64_t> TstPaths::parseTs(const QByteArray &text)
{
    return parseTimestampMs(std::string_view(text.constData(), std::size_t(text.size())));
}

OMNIMAP_SIM_TEST(TstPaths)
#include "tst_paths.moc"
