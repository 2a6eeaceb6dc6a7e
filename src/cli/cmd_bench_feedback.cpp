// omnimap-cli bench-feedback: the feedback workloads of issue 15 (docs/feedback.md,
// docs/PERFORMANCE.md): import of a 1 M-row feedback CSV (goal ≤ 2 s), the measured
// emotion curve of a journey from the loaded table (warm, goal ≤ 100 ms) and the phrases
// of one touchpoint (goal ≤ 300 ms). Medians of --runs runs. The machine is often shared,
// so the import also reports CPU time: of the process (both threads) and of the writing
// thread (this one); the parse thread is the difference. On an idle two-core machine the
// wall time is about the larger of the two threads.

#include "commandline.h"

#include "dataset.h"
#include "eventimporter.h"
#include "feedbackanalysis.h"
#include "feedbackimporter.h"
#include "feedbacknames.h"
#include "feedbackphrases.h"
#include "rng.h"
#include "segmentfilter.h"

#include "format/projectfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace omnimap::cli {
namespace {

struct CmdBenchFeedbackTr { Q_DECLARE_TR_FUNCTIONS(cli) };

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

QString runsText(const std::vector<double> &values)
{
    QStringList list;
    for (double v : values)
        list.append(QString::number(v, 'f', 1));
    return list.join(QLatin1Char(' '));
}

/// CPU milliseconds of the process or (RUSAGE_THREAD) of the calling thread; 0 elsewhere.
double cpuMs(bool thisThread)
{
#ifdef Q_OS_LINUX
    rusage usage{};
    getrusage(thisThread ? RUSAGE_THREAD : RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
#else
    Q_UNUSED(thisThread);
    return 0.0;
#endif
}

const char *const kTexts[] = {
    "픽업 대기 시간이 너무 길어요", "앱 결제 오류 때문에 주문을 못 했어요", "쿠폰 적용이 안 돼요 다시 확인해 주세요",
    "pickup wait time was too long", "checkout error in the app, could not order", "the coupon did not apply",
    "직원이 친절해요", "빠르고 편리해요", "friendly staff", "fast and easy", "", "",
};

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CmdBenchFeedbackTr::tr("Project whose first journey names the stages and touchpoints."));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), CmdBenchFeedbackTr::tr("Feedback rows."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), CmdBenchFeedbackTr::tr("Runs per figure (the median is reported)."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), CmdBenchFeedbackTr::tr("Write the generated CSVs and data sets into this existing folder and keep them (to time another build's import on the same files)."), QStringLiteral("DIR"));
    parser.addOptions({rowsOption, runsOption, keepOption});
    const int early = parseCommandLine(parser, arguments, CmdBenchFeedbackTr::tr("Benchmark the feedback import, measured curve and phrases."), 1);
    if (early >= 0)
        return early;
    bool okRows = false, okRuns = false;
    const qint64 rows = parser.value(rowsOption).toLongLong(&okRows);
    const int runs = parser.value(runsOption).toInt(&okRuns);
    if (!okRows || rows < 1 || rows > 100000000 || !okRuns || runs < 1 || runs > 20) {
        err() << arguments.value(0) << ": " << CmdBenchFeedbackTr::tr("--rows 1..100000000, --runs 1..20") << '\n';
        return ExitUsage;
    }
    const LoadResult loaded = loadProjectFile(parser.positionalArguments().constFirst());
    if (!loaded.ok() || loaded.project->journeys.isEmpty() || loaded.project->journeys.first().touchpoints.isEmpty()) {
        err() << (loaded.ok() ? CmdBenchFeedbackTr::tr("the project needs a journey with touchpoints") : loaded.errorString()) << '\n';
        return ExitInvalid;
    }
    const Project &project = *loaded.project;
    const Journey &journey = project.journeys.first();
    QTemporaryDir temporary;
    const QDir dir(parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path());
    if (!dir.exists()) {
        err() << parser.value(keepOption) << ": " << CmdBenchFeedbackTr::tr("no such folder") << '\n';
        return ExitUsage;
    }
    const qint64 customers = std::max<qint64>(1, rows / 5);
    // Customers with regions (one event each), so persona segments select some of them.
    const QString eventsCsv = dir.filePath(QStringLiteral("events.csv"));
    const QString feedbackCsv = dir.filePath(QStringLiteral("feedback.csv"));
    {
        QFile file(eventsCsv);
        if (!file.open(QIODevice::WriteOnly))
            return ExitInvalid;
        file.write("customer,ts,event_type,region,age_band\n");
        const char *const regions[] = {"Seoul", "Busan", "Incheon"};
        const char *const ages[] = {"18-24", "25-34", "35-44"};
        for (qint64 c = 0; c < customers; ++c)
            file.write("c" + QByteArray::number(c) + ",2024-01-01,visit," + regions[c % 3] + ',' + ages[(c / 3) % 3] + '\n');
    }
    {
        QFile file(feedbackCsv);
        if (!file.open(QIODevice::WriteOnly))
            return ExitInvalid;
        file.write("customer,ts,channel,touchpoint,stage,kind,score,text,source\n");
        sim::Xoshiro256 rng(15);
        const char *const kinds[] = {"nps", "csat", "ces", "rating"};
        const int maxima[] = {10, 5, 7, 5};
        const int minima[] = {0, 1, 1, 1};
        QByteArray line;
        for (qint64 r = 0; r < rows; ++r) {
            const Touchpoint &tp = journey.touchpoints.at(qsizetype(rng.next() % std::uint64_t(journey.touchpoints.size())));
            const Stage *stage = nullptr;
            for (const Stage &s : journey.stages) {
                if (s.id == tp.stageId)
                    stage = &s;
            }
            const int k = int(rng.next() % 4);
            const int score = minima[k] + int(rng.next() % std::uint64_t(maxima[k] - minima[k] + 1));
            line = "c" + QByteArray::number(qint64(rng.next() % std::uint64_t(customers))) + ",2024-02-01T10:00:00Z,,"
                + sim::dataSetName(tp).toUtf8() + ',' + (stage ? stage->name.toUtf8() : QByteArray()) + ',' + kinds[k] + ','
                + QByteArray::number(score) + ",\"" + kTexts[rng.next() % std::size(kTexts)] + "\",survey\n";
            file.write(line);
        }
    }
    const QString base = dir.filePath(QStringLiteral("base.sqlite"));
    QFile::remove(base);
    {
        sim::DataSet dataSet;
        if (!dataSet.open(base, sim::DataSet::OpenMode::Create) || !sim::importEventsCsv(dataSet, eventsCsv, {}).ok) {
            err() << CmdBenchFeedbackTr::tr("could not prepare the benchmark data set") << '\n';
            return ExitInvalid;
        }
    }
    const sim::FeedbackPlanNames names = sim::feedbackPlanNames(project);
    std::vector<double> importMs, processCpuMs, writerCpuMs;
    QString dataPath;
    for (int r = 0; r < runs; ++r) {
        dataPath = dir.filePath(QStringLiteral("run%1.sqlite").arg(r));
        QFile::remove(dataPath);
        QFile::copy(base, dataPath);
        sim::DataSet dataSet;
        if (!dataSet.open(dataPath)) {
            err() << dataSet.errorString() << '\n';
            return ExitInvalid;
        }
        const double process = cpuMs(false), writer = cpuMs(true);
        QElapsedTimer timer;
        timer.start();
        const sim::ImportResult result = sim::importFeedbackCsv(dataSet, feedbackCsv, {}, names);
        importMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        processCpuMs.push_back(cpuMs(false) - process);
        writerCpuMs.push_back(cpuMs(true) - writer);
        if (!result.ok || result.rowsImported != rows) {
            err() << CmdBenchFeedbackTr::tr("the import failed: %1").arg(result.error) << '\n';
            return ExitInvalid;
        }
    }
    out() << QStringLiteral("feedback import (%1 rows): median %2 ms (runs %3; goal 2000 ms)")
                 .arg(rows)
                 .arg(median(importMs), 0, 'f', 1)
                 .arg(runsText(importMs))
          << Qt::endl;
    const double parseCpu = median(processCpuMs) - median(writerCpuMs);
    out() << QStringLiteral("feedback import CPU: process %1 ms = writing thread %2 ms + parse thread %3 ms (medians; "
                            "idle two-core wall ≈ the larger thread)")
                 .arg(median(processCpuMs), 0, 'f', 1)
                 .arg(median(writerCpuMs), 0, 'f', 1)
                 .arg(parseCpu, 0, 'f', 1)
          << Qt::endl;

    sim::DataSet dataSet;
    if (!dataSet.open(dataPath))
        return ExitInvalid;
    QElapsedTimer load;
    load.start();
    sim::FeedbackTable table;
    if (!sim::loadFeedbackTable(dataSet, table))
        return ExitInvalid;
    out() << QStringLiteral("feedback table load (cold, not a goal): %1 ms").arg(double(load.nsecsElapsed()) / 1e6, 0, 'f', 1) << Qt::endl;
    std::vector<std::vector<std::uint8_t>> masks(std::size_t(project.personas.size()));
    for (qsizetype i = 0; i < project.personas.size(); ++i)
        sim::segmentCustomerMask(dataSet, project.personas.at(i).segmentRule, table.customerLimit, masks[std::size_t(i)]);

    std::vector<double> curveMs, curveCpuMs;
    int drawn = 0;
    for (int r = 0; r < runs; ++r) {
        const double cpu = cpuMs(true);
        QElapsedTimer timer;
        timer.start();
        drawn = 0;
        // What the map draws: all customers and every persona.
        for (const sim::MeasuredEmotion &m : sim::measuredEmotion(table, journey))
            drawn += m.enough ? 1 : 0;
        for (const auto &mask : masks) {
            for (const sim::MeasuredEmotion &m : sim::measuredEmotion(table, journey, &mask))
                drawn += m.enough ? 1 : 0;
        }
        curveMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        curveCpuMs.push_back(cpuMs(true) - cpu);
    }
    out() << QStringLiteral("measured curve, all customers + %1 personas (warm): median %2 ms, CPU %5 ms (runs %3; goal 100 ms; %4 points drawn)")
                 .arg(project.personas.size())
                 .arg(median(curveMs), 0, 'f', 1)
                 .arg(runsText(curveMs))
                 .arg(drawn)
                 .arg(median(curveCpuMs), 0, 'f', 1)
          << Qt::endl;

    // Phrases of the touchpoint with the most rows.
    std::vector<int> perTouchpoint(std::size_t(table.touchpointNames.size()) + 1, 0);
    for (std::uint16_t id : table.touchpoint)
        if (id < perTouchpoint.size())
            ++perTouchpoint[id];
    const int busiest = int(std::max_element(perTouchpoint.begin() + 1, perTouchpoint.end()) - perTouchpoint.begin());
    std::vector<double> phraseMs, phraseCpuMs;
    std::size_t found = 0;
    for (int r = 0; r < runs; ++r) {
        sim::PhraseQuery query;
        query.by = sim::FeedbackBy::Touchpoint;
        query.id = busiest;
        const double cpu = cpuMs(true);
        QElapsedTimer timer;
        timer.start();
        found = sim::lowScorePhrases(table, query).size();
        phraseMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        phraseCpuMs.push_back(cpuMs(true) - cpu);
    }
    out() << QStringLiteral("phrases of touchpoint \"%1\" (%2 rows): median %3 ms, CPU %6 ms (runs %4; goal 300 ms; %5 phrases)")
                 .arg(table.touchpointNames.value(busiest))
                 .arg(perTouchpoint[std::size_t(busiest)])
                 .arg(median(phraseMs), 0, 'f', 1)
                 .arg(runsText(phraseMs))
                 .arg(found)
                 .arg(median(phraseCpuMs), 0, 'f', 1)
          << Qt::endl;
    return ExitOk;
}

const CommandRegistration registration{
    {"bench-feedback", QT_TRANSLATE_NOOP("cli", "Benchmark the feedback import, measured curve and phrases"), run}};

} // namespace
} // namespace omnimap::cli
