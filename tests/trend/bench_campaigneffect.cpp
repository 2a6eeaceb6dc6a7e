// Benchmark (issue 14 item 3): before/after for one campaign with a channel comparison
// (difference-in-differences: three groups × two periods × every KPI in one pass) on N
// events, warm (the event columns already in memory, as in the campaign view's second
// computation). Goal: ≤ 100 ms for 10 M events. Usage:
//   bench_campaigneffect [EVENTS=10000000] [DATA.sqlite]   (the data set is generated when missing)
// Prints the cold column load and the median / min of 7 warm runs for 10 KPIs.

#include "campaigneffect.h"
#include "eventcache.h"
#include "samplegenerator.h"

#include "format/projectfile.h"
#include "model/campaigncomparison.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

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
    if (!columns || columns->size() == 0)
        return 1;
    std::printf("cold: event columns loaded in %lld ms (%zu events)\n", static_cast<long long>(t.elapsed()), columns->size());
    // Ten bound KPIs (ratios and counts over the data's event types and channels), as in
    // bench_kpitrend; one campaign of 28 days in the middle of the data, on the first
    // channel, compared with the second.
    project.kpis.clear();
    const QStringList types = columns->eventTypeNames.mid(1);
    for (int i = 0; i < 10; ++i) {
        Kpi k;
        k.id = newId();
        k.name = QStringLiteral("KPI %1").arg(i);
        k.unit = i % 3 == 2 ? KpiUnit::Count : KpiUnit::Percent;
        KpiBinding b;
        b.numeratorEventType = types.value(i % types.size());
        if (i % 3 != 2)
            b.denominatorEventType = types.value((i + 1) % types.size());
        if (i % 2 == 1 && !project.channels.isEmpty())
            b.numeratorChannelId = project.channels.at(i % project.channels.size()).id;
        k.binding = b;
        project.kpis.append(k);
    }
    const auto [lo, hi] = std::minmax_element(columns->ts.begin(), columns->ts.end());
    const QDate middle = QDate(1970, 1, 1).addDays((*lo + (*hi - *lo) / 2) / 86400000);
    Campaign c;
    c.id = newId();
    c.name = QStringLiteral("Bench");
    c.start = middle.toString(Qt::ISODate);
    c.end = middle.addDays(27).toString(Qt::ISODate);
    PlannedAction a;
    a.id = newId();
    a.channelId = project.channels.at(0).id;
    c.actions = {a};
    setCampaignComparison(c, {project.channels.at(1).id, {}});
    project.campaigns = {c};
    auto cpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    std::vector<double> runs, cpu;
    CampaignEffect effect;
    for (int run = 0; run < 7; ++run) {
        QString error;
        t.restart();
        const double cpu0 = cpuMs();
        // What the view's worker does once the columns are cached: resolve, then one pass.
        EffectSetup setup;
        if (!prepareCampaignEffect(project, project.campaigns.at(0), setup, &error)
            || !campaignEffect(setup, *columns, effect, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        runs.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - cpu0);
    }
    std::sort(runs.begin(), runs.end());
    std::sort(cpu.begin(), cpu.end());
    int withDid = 0;
    for (const KpiEffect &k : effect.kpis)
        withDid += k.did ? 1 : 0;
    std::printf("warm: campaign effect, 10 KPIs, %d days vs the %d before, DiD vs %s (%d KPIs with an estimate; %lld + %lld events "
                "in the periods): wall median %.1f ms (min %.1f), thread CPU median %.1f ms (min %.1f) over 7 runs; goal 100 ms: %s\n",
                effect.days, effect.days, qPrintable(effect.comparisonName), withDid, static_cast<long long>(effect.eventsBefore),
                static_cast<long long>(effect.eventsDuring), runs[runs.size() / 2], runs.front(), cpu[cpu.size() / 2],
                cpu.front(), runs[runs.size() / 2] <= 100.0 ? "met" : "NOT met");
    return 0;
}
