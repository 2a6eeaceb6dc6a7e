// Benchmark (issue 14): every bound KPI by ISO week on N events, warm (the event columns
// already in memory, as on the dashboard's second refresh). Usage:
//   bench_kpitrend [EVENTS=10000000] [DATA.sqlite]   (the data set is generated when missing)
// Prints the cold column load and the median / min of 7 warm runs for 10 KPIs.

#include "eventcache.h"
#include "kpitrend.h"
#include "samplegenerator.h"
#include "sqliteeventsource.h"

#include "format/projectfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <cstdio>

using namespace omnimap;
using namespace omnimap::sim;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 events = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 10000000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.sqlite"));
    LoadResult loaded = loadProjectFile(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/retail-click-collect.omnimap"));
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errorString()));
        return 1;
    }
    Project project = *loaded.project;
    DataSet data;
    if (!QFile::exists(path)) {
        if (!data.open(path, DataSet::OpenMode::Create))
            return 1;
        GeneratorOptions options;
        options.events = events;
        QElapsedTimer t;
        t.start();
        const GeneratorResult result = generateSample(data, project, options);
        if (!result.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 1;
        }
        std::printf("generated %lld events in %.1f s\n", static_cast<long long>(events), double(t.elapsed()) / 1000.0);
    } else if (!data.open(path)) {
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const EventColumnsPtr columns = cachedEventColumns(data);
    if (!columns)
        return 1;
    std::printf("cold: event columns loaded in %lld ms (%zu events)\n", static_cast<long long>(t.elapsed()), columns->size());
    // Ten bound KPIs: ratios and counts over the data's event types and channels.
    project.kpis.clear();
    const QStringList types = columns->eventTypeNames.mid(1), channels = columns->channelNames.mid(1);
    for (int i = 0; i < 10; ++i) {
        Kpi k;
        k.id = newId();
        k.name = QStringLiteral("KPI %1").arg(i);
        KpiBinding b;
        b.numeratorEventType = types.value(i % types.size());
        if (i % 3 != 2)
            b.denominatorEventType = types.value((i + 1) % types.size());
        if (i % 2 == 1 && !project.channels.isEmpty())
            b.numeratorChannelId = project.channels.at(i % project.channels.size()).id;
        k.binding = b;
        project.kpis.append(k);
    }
    SqliteEventSource source(data);
    // Wall time and this thread's CPU time: on a loaded machine the second says what the
    // work costs, the first what the user waited.
    auto cpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    std::vector<double> runs, cpu;
    KpiTrends trends;
    for (int run = 0; run < 7; ++run) {
        QString error;
        t.restart();
        const double cpu0 = cpuMs();
        if (!measureKpiTrends(project, source, TrendPeriod::Week, {}, trends, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        runs.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - cpu0);
    }
    std::sort(runs.begin(), runs.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("warm: 10 KPIs by ISO week (%zu weeks, %zu filters): wall median %.1f ms (min %.1f), thread CPU median %.1f ms (min %.1f) over 7 runs\n",
                trends.periods.size(), kpiFilters(project).size(), runs[runs.size() / 2], runs.front(), cpu[cpu.size() / 2],
                cpu.front());
    (void)channels;
    return 0;
}
