// Feedback in the data set (issue 15): schema step 1→2, the CSV import and its bad-input
// rules, the statistics, the phrases, detractor paths, the plan check and the sample.
#include "datasetschema.h"
#include "eventimporter.h"
#include "feedbackanalysis.h"
#include "feedbackimporter.h"
#include "feedbackpaths.h"
#include "feedbackphrases.h"
#include "feedbackplancheck.h"
#include "samplegenerator.h"
#include "sampleproject.h"
#include "segmentfilter.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace omnimap;
using namespace omnimap::sim;
using namespace omnimap::sim::test;

namespace {

const QByteArray kEvents = "customer,ts,channel,touchpoint,stage,event_type,region\n"
                           "c1,2024-03-01T10:00:00Z,sns,SNS ad,awareness,impression,Seoul\n"
                           "c1,2024-03-02T10:00:00Z,email,Newsletter,consideration,click,Seoul\n"
                           "c1,2024-03-02T11:00:00Z,email,Newsletter,consideration,click,Seoul\n"
                           "c1,2024-03-03T10:00:00Z,store,Store counter,purchase,visit,Seoul\n"
                           "c1,2024-03-09T10:00:00Z,web,Checkout,purchase,visit,Seoul\n"
                           "c2,2024-03-01T10:00:00Z,sns,SNS ad,awareness,impression,Busan\n"
                           "c2,2024-03-02T10:00:00Z,store,Store counter,purchase,visit,Busan\n"
                           "c3,2024-03-01T09:00:00Z,sns,SNS ad,awareness,impression,Seoul\n"
                           "c3,2024-03-01T10:00:00Z,email,Newsletter,consideration,click,Seoul\n"
                           "c3,2024-03-01T11:00:00Z,store,Store counter,purchase,visit,Seoul\n";

// c1, c2, c3 each leave a low score after their store visit (c1 before the web visit).
const QByteArray kFeedback = "customer,ts,channel,touchpoint,stage,kind,score,text,source\n"
                             "c1,2024-03-04T10:00:00Z,store,Store counter,purchase,nps,3,픽업 대기 시간이 너무 길어요,survey\n"
                             "c2,2024-03-03T10:00:00Z,store,Store counter,purchase,csat,1,픽업이 늦어요,survey\n"
                             "c3,2024-03-02T10:00:00Z,store,Store counter,purchase,ces,2,Checkout error in the app,app_review\n"
                             ",2024-03-05,web,Checkout,,rating,1,\"The checkout error, again!\",app_review\n"
                             "c1,2024-03-06,web,Checkout,purchase,nps,10,friendly staff and fast pickup,survey\n"
                             ",2024-03-07,,,consideration,text,,\"<b>bold</b> & so on\",call_center\n";

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *s : list)
        result.append(QString::fromUtf8(s));
    return result;
}

QString column(const ImportProblem &p)
{
    return QString::number(p.line) + QLatin1Char(':') + QString::number(p.column);
}

/// Reference for the tests: mean and 95 % half-width written out plainly.
std::pair<double, double> meanAndHalfWidth(const std::vector<double> &values)
{
    double sum = 0.0;
    for (double v : values)
        sum += v;
    const double mean = sum / double(values.size());
    double squares = 0.0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    const double sd = std::sqrt(squares / double(values.size() - 1));
    return {mean, 1.96 * sd / std::sqrt(double(values.size()))};
}

} // namespace

class TstFeedback : public QObject
{
    Q_OBJECT

private slots:
    void upgradesVersion1DataSetWithBackup()
    {
        TempDataSet t;
        QVERIFY(importEventsCsvBytes(t.dataSet, kEvents, QStringLiteral("e.csv"), {}).ok);
        // A version-1 data set is this one without the feedback table (step 2) and without
        // paths.source_rows (step 3, issue 22).
        QVERIFY(t.dataSet.db().exec("DROP TABLE feedback; ALTER TABLE paths DROP COLUMN source_rows; "
                                    "PRAGMA user_version = 1;"));
        const QByteArray before = dumpDataSet(t.dataSet);
        t.dataSet.close();

        DataSet upgraded;
        QVERIFY2(upgraded.open(t.path), qPrintable(upgraded.errorString()));
        QCOMPARE(upgraded.db().queryInt("PRAGMA user_version"), qint64(kDataSetSchemaVersion));
        QCOMPARE(upgraded.db().queryInt("SELECT count(*) FROM feedback"), qint64(0));
        QCOMPARE(upgraded.eventCount(), qint64(10));
        QCOMPARE(upgraded.customerCount(), qint64(3));

        const QString backupPath = t.path + QStringLiteral(".v1.bak");
        QVERIFY(QFile::exists(backupPath));
        SqliteDb backup;
        QVERIFY(backup.open(backupPath, false));
        QCOMPARE(backup.queryInt("PRAGMA user_version"), qint64(1));
        QCOMPARE(backup.queryInt("SELECT count(*) FROM events"), qint64(10));
        QCOMPARE(backup.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'feedback'"), qint64(0));
        backup.close();
        Q_UNUSED(before);

        // A second upgrade of another version-1 file keeps the first backup.
        upgraded.close();
        SqliteDb raw;
        QVERIFY(raw.open(t.path, false));
        QVERIFY(raw.exec("DROP TABLE feedback; ALTER TABLE paths DROP COLUMN source_rows; PRAGMA user_version = 1;"));
        raw.close();
        DataSet again;
        QVERIFY(again.open(t.path));
        QVERIFY(QFile::exists(t.path + QStringLiteral(".v1.2.bak")));
    }

    void failedUpgradeChangesNothing()
    {
        TempDataSet t;
        QVERIFY(importEventsCsvBytes(t.dataSet, kEvents, QStringLiteral("e.csv"), {}).ok);
        // A table the upgrade wants to create is already there: step 2 fails.
        QVERIFY(t.dataSet.db().exec("DROP TABLE feedback; CREATE TABLE feedback (mine TEXT); "
                                    "INSERT INTO feedback VALUES ('keep'); PRAGMA user_version = 1;"));
        t.dataSet.close();
        DataSet failing;
        QVERIFY(!failing.open(t.path));
        QVERIFY2(failing.errorString().contains(QStringLiteral("version 2")), qPrintable(failing.errorString()));
        SqliteDb raw;
        QVERIFY(raw.open(t.path, false));
        QCOMPARE(raw.queryInt("PRAGMA user_version"), qint64(1));
        QCOMPARE(raw.queryInt("SELECT count(*) FROM feedback WHERE mine = 'keep'"), qint64(1));
        QCOMPARE(raw.queryInt("SELECT count(*) FROM events"), qint64(10));
    }

    void importsFeedback()
    {
        TempDataSet t;
        QVERIFY(importEventsCsvBytes(t.dataSet, kEvents, QStringLiteral("e.csv"), {}).ok);
        const ImportResult result = importFeedbackCsvBytes(t.dataSet, kFeedback, QStringLiteral("f.csv"), {});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rowsImported, 6);
        SqliteDb &db = t.dataSet.db();
        QCOMPARE(db.queryInt("SELECT count(*) FROM feedback WHERE customer_id IS NULL"), qint64(2));
        QCOMPARE(db.queryInt("SELECT count(*) FROM feedback WHERE score IS NULL"), qint64(1));
        QCOMPARE(db.queryInt("SELECT count(*) FROM customers"), qint64(3)); // c1..c3 known from the events
        QCOMPARE(db.queryInt("SELECT count(*) FROM feedback f JOIN customers c ON c.id = f.customer_id "
                             "WHERE c.external_id = 'c1' AND f.kind = 'nps'"),
                 qint64(2));
        QCOMPARE(db.queryInt("SELECT count(*) FROM import_runs WHERE kind = 'feedback' AND rows_imported = 6"), qint64(1));
        // Text is stored as written, markup included.
        SqliteStatement text = db.prepare("SELECT text FROM feedback WHERE kind = 'text'");
        QCOMPARE(text.step(), SQLITE_ROW);
        QCOMPARE(text.columnText(0), QStringLiteral("<b>bold</b> & so on"));
        // Touchpoint "Checkout" was not in the events: a new name.
        QCOMPARE(db.queryInt("SELECT count(*) FROM touchpoints WHERE name = 'Checkout'"), qint64(1));
        // A feedback customer that has no events becomes a customer.
        QVERIFY(importFeedbackCsvBytes(t.dataSet, "customer,ts,stage,kind,score\nc9,2024-01-01,awareness,csat,5\n",
                                       QStringLiteral("g.csv"), {})
                    .ok);
        QCOMPARE(db.queryInt("SELECT count(*) FROM customers WHERE external_id = 'c9'"), qint64(1));
    }

    void badRowsAreRejectedWithLineAndColumn()
    {
        TempDataSet t;
        const QByteArray csv = "ts,touchpoint,stage,kind,score,text\n"      // line 1
                               "2024-03-01,Checkout,,nps,11,\n"             // 2: score column 5
                               "2024-03-01,Checkout,,survey,3,\n"           // 3: kind column 4
                               "2024-03-01,Checkout,,text,,\n"              // 4: empty text, column 6
                               "2024-03-01,Checkout,,csat,inf,\n"           // 5: not finite, column 5
                               "2024-03-01,Checkout,,nps,7.5,\n"            // 6: not whole
                               "2024-03-01,,,rating,4,\n"                   // 7: no touchpoint or stage, column 2
                               "yesterday,Checkout,,rating,4,\n"            // 8: timestamp, column 1
                               "2024-03-01,Nowhere,,rating,4,\n"            // 9: not in the plan, column 2
                               "2024-03-01,Checkout,,ces,nan,\n"            // 10: nan, column 5
                               "2024-03-01,Checkout,,text,5,hello\n"        // 11: text with a score
                               "2024-03-01,Checkout,,rating,4.5,fine\n";    // 12: good (ratings may be halves)
        FeedbackPlanNames plan;
        plan.touchpoints = {QStringLiteral("Checkout")};
        const QByteArray before = dumpDataSet(t.dataSet);
        const ImportResult rejected = importFeedbackCsvBytes(t.dataSet, csv, QStringLiteral("f.csv"), {}, plan);
        QVERIFY(!rejected.ok);
        QCOMPARE(rejected.rowsImported, 0);
        QCOMPARE(dumpDataSet(t.dataSet), before);
        QStringList where;
        for (const ImportProblem &p : rejected.problems)
            where.append(column(p));
        QCOMPARE(where, strings({"2:5", "3:4", "4:6", "5:5", "6:5", "7:2", "8:1", "9:2", "10:5", "11:5"}));
        QVERIFY(rejected.problems.at(0).reason.contains(QStringLiteral("0–10")));
        QVERIFY(rejected.error.contains(QStringLiteral("--skip-bad-rows")));

        ImportOptions skip;
        skip.skipBadRows = true;
        const ImportResult partial = importFeedbackCsvBytes(t.dataSet, csv, QStringLiteral("f.csv"), skip, plan);
        QVERIFY2(partial.ok, qPrintable(partial.error));
        QCOMPARE(partial.rowsImported, 1);
        QCOMPARE(partial.rowsSkipped, 10);
        QCOMPARE(t.dataSet.db().queryInt("SELECT count(*) FROM feedback WHERE score = 4.5"), qint64(1));
        // The bad rows left no names behind.
        QCOMPARE(t.dataSet.db().queryInt("SELECT count(*) FROM touchpoints"), qint64(1));
    }

    void headerAndEncodingProblems()
    {
        TempDataSet t;
        ImportResult r = importFeedbackCsvBytes(t.dataSet, "ts,score,text\n2024-01-01,3,x\n", QStringLiteral("f.csv"), {});
        QVERIFY(!r.ok);
        QVERIFY(r.problems.at(0).reason.contains(QStringLiteral("\"kind\"")));
        // Invalid UTF-8 (a CP949 export) stops the import with line and column.
        QByteArray cp949 = "ts,stage,kind,text\n2024-01-01,awareness,text,ok\n2024-01-02,awareness,text,";
        cp949 += QByteArray::fromHex("c7c8be f7");
        cp949.replace(' ', "");
        cp949 += "\n";
        r = importFeedbackCsvBytes(t.dataSet, cp949, QStringLiteral("f.csv"), {});
        QVERIFY(!r.ok);
        QCOMPARE(t.dataSet.db().queryInt("SELECT count(*) FROM feedback"), qint64(0));
        QCOMPARE(r.problems.last().line, qint64(3));
        QCOMPARE(r.problems.last().column, 4);
        // Columns by alias and by mapping.
        ImportOptions mapped;
        mapped.mapping.insert(QStringLiteral("score"), QStringLiteral("points"));
        r = importFeedbackCsvBytes(t.dataSet, "time,stage,type,points,comment\n2024-01-01,awareness,NPS,9,좋아요\n",
                                   QStringLiteral("f.csv"), mapped);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(t.dataSet.db().queryInt("SELECT count(*) FROM feedback WHERE kind = 'nps' AND score = 9 AND text = '좋아요'"),
                 qint64(1));
    }

    void statisticsPerGroupMatchHandComputedValues()
    {
        TempDataSet t;
        // Stage "a": NPS 10, 9, 6, 0, 8 and CSAT 5, 4, 2; stage "b": one free text.
        const QByteArray csv = "ts,stage,kind,score,text\n"
                               "2024-01-01,a,nps,10,\n2024-01-01,a,nps,9,\n2024-01-01,a,nps,6,\n"
                               "2024-01-01,a,nps,0,\n2024-01-01,a,nps,8,\n"
                               "2024-01-01,a,csat,5,\n2024-01-01,a,csat,4,\n2024-01-01,a,csat,2,\n"
                               "2024-01-01,b,text,,hello\n";
        QVERIFY(importFeedbackCsvBytes(t.dataSet, csv, QStringLiteral("f.csv"), {}).ok);
        FeedbackTable table;
        QVERIFY(loadFeedbackTable(t.dataSet, table));
        const std::vector<FeedbackGroup> groups = feedbackByDimension(table, FeedbackBy::Stage);
        QCOMPARE(groups.size(), std::size_t(2));
        const FeedbackStats &a = groups.at(0).stats;
        QCOMPARE(groups.at(0).name, QStringLiteral("a"));
        QCOMPARE(a.rows, 8);
        QCOMPARE(a.scored, 8);
        // NPS: promoters 10, 9 (2 of 5); detractors 6, 0 (2 of 5) → 0.
        QCOMPARE(a.npsN, 5);
        QCOMPARE(a.nps, 0.0);
        // CSAT: 5 and 4 of three answers are satisfied.
        QCOMPARE(a.csatN, 3);
        QVERIFY(std::abs(a.csat - 200.0 / 3.0) < 1e-9);
        QVERIFY(std::abs(a.csatMean - 11.0 / 3.0) < 1e-9);
        // Emotion: NPS s → s − 5; CSAT s → (s − 3) · 2.5.
        const auto [mean, half] = meanAndHalfWidth({5, 4, 1, -5, 3, 5, 2.5, -2.5});
        QVERIFY(std::abs(a.emotion - mean) < 1e-9);
        QVERIFY(std::abs((a.high95 - a.low95) / 2.0 - half) < 1e-3);
        // Low scores: NPS 6 and 0, CSAT 2.
        QCOMPARE(a.lowScores, 3);
        QCOMPARE(groups.at(1).stats.rows, 1);
        QCOMPARE(groups.at(1).stats.scored, 0);
        QCOMPARE(emotionOfScore(FeedbackKind::Ces, 7), 5.0);
        QCOMPARE(emotionOfScore(FeedbackKind::Ces, 4), 0.0);
        QCOMPARE(emotionOfScore(FeedbackKind::Rating, 1), -5.0);
    }

    void measuredCurvePerPersonaHidesSmallN()
    {
        TempDataSet t;
        const Project project = sampleProject();
        const Journey &journey = project.journeys.first();
        // 40 Seoul customers aged 25-34 (the "Young urban" rule) at purchase with NPS 2
        // (emotion −3), 40 others with NPS 10, and 5 at awareness (under the minimum n).
        QByteArray events = "customer,ts,channel,event_type,age_band,region\n";
        QByteArray feedback = "customer,ts,touchpoint,stage,kind,score\n";
        for (int i = 0; i < 80; ++i) {
            const QByteArray c = "k" + QByteArray::number(i);
            events += c + ",2024-01-01,web,visit,25-34," + (i < 40 ? "Seoul" : "Busan") + "\n";
            // Half name the stage, half only the touchpoint (placed by the plan).
            feedback += c + ",2024-01-02," + (i % 2 ? "Checkout," : ",purchase") + ",nps," + (i < 40 ? "2" : "10") + "\n";
        }
        for (int i = 0; i < 5; ++i)
            feedback += "k" + QByteArray::number(i) + ",2024-01-02,,awareness,csat,1\n";
        QVERIFY(importEventsCsvBytes(t.dataSet, events, QStringLiteral("e.csv"), {}).ok);
        const ImportResult imported = importFeedbackCsvBytes(t.dataSet, feedback, QStringLiteral("f.csv"), {});
        QVERIFY2(imported.ok, qPrintable(imported.problems.isEmpty() ? imported.error : imported.problems.first().toString(QStringLiteral("f"))));
        FeedbackTable table;
        QVERIFY(loadFeedbackTable(t.dataSet, table));
        const QList<MeasuredEmotion> all = measuredEmotion(table, journey);
        QCOMPARE(all.size(), journey.stages.size());
        QCOMPARE(all.at(2).n, 80);
        QVERIFY(all.at(2).enough);
        QVERIFY(std::abs(all.at(2).mean - 1.0) < 1e-9); // (40·(−3) + 40·5) / 80
        QCOMPARE(all.at(0).n, 5);
        QVERIFY(!all.at(0).enough);
        QCOMPARE(all.at(1).n, 0);

        const Persona &young = project.personas.first();
        std::vector<std::uint8_t> mask;
        QVERIFY(segmentCustomerMask(t.dataSet, young.segmentRule, table.customerLimit, mask));
        const QList<MeasuredEmotion> mine = measuredEmotion(table, journey, &mask);
        QCOMPARE(mine.at(2).n, 40);
        QCOMPARE(mine.at(2).mean, -3.0);
        QCOMPARE(mine.at(2).low95, -3.0); // every score equal: no spread

        // Plan check: the plan assumes +1 for this persona at purchase.
        Project planned = project;
        planned.journeys.first().stages[2].emotions = {EmotionScore{young.id, 1.0, std::nullopt}};
        const RuleFindings findings = emotionGapFindings(planned, planned.journeys.first(), &planned.personas.first(), mine);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().ruleId, QString::fromLatin1(kEmotionGapRuleId));
        QCOMPARE(findings.first().itemId, QStringLiteral("st-purchase"));
        QVERIFY2(findings.first().message.contains(QStringLiteral("feel −3.0, the plan assumes +1.0 (n = 40)")),
                 qPrintable(findings.first().message));
        // Within the threshold: no finding; switched off: none either.
        planned.journeys.first().stages[2].emotions = {EmotionScore{young.id, -2.0, std::nullopt}};
        QVERIFY(emotionGapFindings(planned, planned.journeys.first(), &planned.personas.first(), mine).isEmpty());
        planned.journeys.first().stages[2].emotions = {EmotionScore{young.id, 1.0, std::nullopt}};
        planned.disabledRules.append(QString::fromLatin1(kEmotionGapRuleId));
        QVERIFY(emotionGapFindings(planned, planned.journeys.first(), &planned.personas.first(), mine).isEmpty());
    }

    void tokensHandleEojeolAndEnglish()
    {
        QCOMPARE(feedbackTokens(QStringLiteral("픽업이 너무 늦어요!")),
                 (QStringList{QStringLiteral("픽업"), QString(), QStringLiteral("늦어")}));
        QCOMPARE(feedbackTokens(QStringLiteral("The Checkout, is BROKEN")),
                 (QStringList{QString(), QStringLiteral("checkout"), QString(), QStringLiteral("broken")}));
        // One syllable left would be too little: "차가" stays.
        QCOMPARE(feedbackTokens(QStringLiteral("차가 매장에서")), (QStringList{QStringLiteral("차가"), QStringLiteral("매장")}));
    }

    void phrasesCountLowScoreRowsOnce()
    {
        TempDataSet t;
        QVERIFY(importEventsCsvBytes(t.dataSet, kEvents, QStringLiteral("e.csv"), {}).ok);
        QVERIFY(importFeedbackCsvBytes(t.dataSet, kFeedback, QStringLiteral("f.csv"), {}).ok);
        FeedbackTable table;
        QVERIFY(loadFeedbackTable(t.dataSet, table));
        PhraseQuery all;
        all.id = 0;
        const std::vector<FeedbackPhrase> phrases = lowScorePhrases(table, all);
        // Low rows: "픽업 대기 시간이 너무 길어요", "픽업이 늦어요", "Checkout error in the app",
        // "The checkout error, again!" (the NPS 10 and the free text are not low).
        QStringList top;
        for (std::size_t i = 0; i < 4; ++i)
            top.append(phrases.at(i).text + QLatin1Char('=') + QString::number(phrases.at(i).count));
        QCOMPARE(top, strings({"checkout error=2", "checkout=2", "error=2", "픽업=2"}));
        QCOMPARE(phrases.at(0).quotes,
                 (QStringList{QStringLiteral("Checkout error in the app"), QStringLiteral("The checkout error, again!")}));
        for (const FeedbackPhrase &p : phrases) {
            QVERIFY(p.count == 1 || top.contains(p.text + QStringLiteral("=2")));
            QVERIFY(p.text != QStringLiteral("friendly"));
            QVERIFY(p.text != QStringLiteral("the"));
        }
        // One touchpoint only.
        PhraseQuery checkout;
        checkout.by = FeedbackBy::Touchpoint;
        checkout.id = int(table.touchpointNames.indexOf(QStringLiteral("Checkout")));
        const std::vector<FeedbackPhrase> some = lowScorePhrases(table, checkout);
        QCOMPARE(some.front().text, QStringLiteral("checkout error"));
        QCOMPARE(some.front().count, 1);
    }

    void detractorPathsEndAtTheFirstLowScore()
    {
        TempDataSet t;
        QVERIFY(importEventsCsvBytes(t.dataSet, kEvents, QStringLiteral("e.csv"), {}).ok);
        QVERIFY(importFeedbackCsvBytes(t.dataSet, kFeedback, QStringLiteral("f.csv"), {}).ok);
        FeedbackTable table;
        QVERIFY(loadFeedbackTable(t.dataSet, table));
        std::vector<DetractorPath> paths;
        QVERIFY(detractorPaths(t.dataSet, table, 10, paths));
        // c1: sns, email, email, store (the web visit is after the low score); c3 the same;
        // c2: sns, store.
        QCOMPARE(paths.size(), std::size_t(2));
        QCOMPARE(paths.at(0).path, QStringLiteral("sns > email > store"));
        QCOMPARE(paths.at(0).customers, 2);
        QVERIFY(std::abs(paths.at(0).share - 2.0 / 3.0) < 1e-9);
        QCOMPARE(paths.at(1).path, QStringLiteral("sns > store"));
    }

    void sampleFeedbackAgreesWithJourneys()
    {
        Project project = sampleProject();
        for (Stage &stage : project.journeys.first().stages) {
            for (const Persona &persona : project.personas)
                stage.emotions.append(EmotionScore{persona.id, 1.0, std::nullopt});
        }
        TempDataSet t;
        GeneratorOptions options;
        options.events = 20000;
        options.seed = 7;
        const GeneratorResult result = generateSample(t.dataSet, project, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(t.dataSet.eventCount(), qint64(20000)); // feedback does not change the events
        QVERIFY(result.feedback > 500);
        QCOMPARE(t.dataSet.db().queryInt("SELECT count(*) FROM feedback"), qint64(result.feedback));
        // Customers who bought score better than those who left.
        const char *const meanNps = "SELECT avg(f.score) FROM feedback f WHERE f.kind = 'nps' AND %1 EXISTS "
                                    "(SELECT 1 FROM events e JOIN event_types t ON t.id = e.event_type_id "
                                    "WHERE e.customer_id = f.customer_id AND t.name = 'purchase')";
        SqliteStatement buyers = t.dataSet.db().prepare(QString::fromLatin1(meanNps).arg(QString()).toUtf8().constData());
        SqliteStatement leavers = t.dataSet.db().prepare(QString::fromLatin1(meanNps).arg(QStringLiteral("NOT")).toUtf8().constData());
        QCOMPARE(buyers.step(), SQLITE_ROW);
        QCOMPARE(leavers.step(), SQLITE_ROW);
        QVERIFY2(buyers.columnDouble(0) > leavers.columnDouble(0) + 2.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(buyers.columnDouble(0)).arg(leavers.columnDouble(0))));
        // Comments in Korean and in English.
        QVERIFY(t.dataSet.db().queryInt("SELECT count(*) FROM feedback WHERE text LIKE '%대기%'") > 0);
        QVERIFY(t.dataSet.db().queryInt("SELECT count(*) FROM feedback WHERE text LIKE '%wait%'") > 0);
        // No feedback when asked for none; the events stay the same.
        TempDataSet none;
        options.feedbackShare = 0.0;
        QVERIFY(generateSample(none.dataSet, project, options).ok);
        QCOMPARE(none.dataSet.db().queryInt("SELECT count(*) FROM feedback"), qint64(0));
        QCOMPARE(none.dataSet.db().queryInt("SELECT sum(ts % 1000003) FROM events"),
                 t.dataSet.db().queryInt("SELECT sum(ts % 1000003) FROM events"));
    }
};

OMNIMAP_SIM_TEST(TstFeedback)

#include "tst_feedback.moc"
