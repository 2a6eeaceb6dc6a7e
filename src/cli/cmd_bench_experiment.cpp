// omnimap-cli bench-experiment: issue 14's experiment workload (docs/experiments.md,
// docs/PERFORMANCE.md): a sample data set of --events events with the plan's experiment
// assigned (generated, not timed), then the read of the experiment on the events in
// memory — what the app's results view does once the data set is loaded (warm, goal
// ≤ 200 ms for 10 M events) — and the before-launch plan ("needs N days"). Medians of
// --runs runs.

#include "commandline.h"

#include "eventcache.h"
#include "experimentreadout.h"
#include "samplegenerator.h"

#include "format/projectfile.h"
#include "model/lookup.h"
#include "plan/experimentplan.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>

#include <ctime>

namespace omnimap::cli {
namespace {

struct CmdBenchExperimentTr { Q_DECLARE_TR_FUNCTIONS(cli) };

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

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// CPU time of this thread in ms: what the work cost, whatever else the machine runs
/// (a loaded build box stretches the wall time, not this).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CmdBenchExperimentTr::tr("Project whose first journey the data follows."));
    const QCommandLineOption eventsOption(QStringLiteral("events"), CmdBenchExperimentTr::tr("Events in the benchmark data set."), QStringLiteral("N"), QStringLiteral("10000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), CmdBenchExperimentTr::tr("Runs per figure (the median is reported)."), QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({eventsOption, runsOption});
    const int early = parseCommandLine(parser, arguments, CmdBenchExperimentTr::tr("Benchmark reading an experiment (A/B test) on a data set."), 1);
    if (early >= 0)
        return early;
    bool okEvents = false, okRuns = false;
    const qint64 events = parser.value(eventsOption).toLongLong(&okEvents);
    const int runs = parser.value(runsOption).toInt(&okRuns);
    if (!okEvents || events < 1000 || events > 100000000 || !okRuns || runs < 1 || runs > 20) {
        err() << arguments.value(0) << ": " << CmdBenchExperimentTr::tr("--events 1000..100000000, --runs 1..20") << '\n';
        return ExitUsage;
    }
    const LoadResult loaded = loadProjectFile(parser.positionalArguments().constFirst());
    if (!loaded.ok() || loaded.project->journeys.isEmpty() || loaded.project->journeys.first().touchpoints.isEmpty()) {
        err() << (loaded.ok() ? CmdBenchExperimentTr::tr("the project needs a journey with touchpoints") : loaded.errorString()) << '\n';
        return ExitInvalid;
    }
    Project project = *loaded.project;
    if (experimentsOf(project).isEmpty()) {
        // A plan without a test gets one: A/B at the first journey's second touchpoint (past
        // the entry, so exposure is a real filter), decided by the first bound KPI.
        Journey &journey = project.journeys.first();
        Experiment x = newExperiment(QStringLiteral("Benchmark"));
        for (const Kpi &kpi : project.kpis) {
            if (kpi.binding && !kpi.binding->numeratorEventType.isEmpty()) {
                x.primaryKpiId = kpi.id;
                break;
            }
        }
        journey.touchpoints[std::min<qsizetype>(1, journey.touchpoints.size() - 1)].experiment = x;
    }
    QString why;
    const auto place = findExperiment(project, QString(), &why);
    if (!place) {
        err() << why << '\n';
        return ExitInvalid;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("experiment.sqlite"));
    {
        sim::DataSet dataSet;
        if (!dataSet.open(path, sim::DataSet::OpenMode::Create)) {
            err() << dataSet.errorString() << '\n';
            return ExitInvalid;
        }
        QElapsedTimer timer;
        timer.start();
        sim::GeneratorOptions options;
        options.events = events;
        options.seed = 14;
        options.feedbackShare = 0.0;
        const sim::GeneratorResult generated = sim::generateSample(dataSet, project, options);
        if (!generated.ok) {
            err() << generated.error << '\n';
            return ExitInvalid;
        }
        out() << QStringLiteral("generated %1 events, %2 customers in %3 s (not a goal)")
                     .arg(generated.events)
                     .arg(generated.customers)
                     .arg(msSince(timer) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    }
    sim::DataSet dataSet;
    if (!dataSet.open(path)) {
        err() << dataSet.errorString() << '\n';
        return ExitInvalid;
    }
    QElapsedTimer cold;
    cold.start();
    QString error;
    const sim::EventColumnsPtr columns = sim::cachedEventColumns(dataSet, &error);
    sim::CustomerVariants variants;
    if (!columns || !sim::loadCustomerVariants(dataSet, variants, &error)) {
        err() << error << '\n';
        return ExitInvalid;
    }
    out() << QStringLiteral("cold: events and variants into memory %1 ms (not a goal; the app does it once per data set)")
                 .arg(msSince(cold), 0, 'f', 1)
          << Qt::endl;

    std::vector<double> readMs, readCpuMs, planMs;
    sim::ExperimentReadout readout;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        const double cpu = threadCpuMs();
        timer.start();
        readout = sim::readExperiment(project, *place, *columns, variants);
        readMs.push_back(msSince(timer));
        readCpuMs.push_back(threadCpuMs() - cpu);
    }
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const sim::ExperimentPlan plan = sim::planExperiment(project, *place, *columns);
        planMs.push_back(msSince(timer));
        if (!plan.perVariant)
            err() << plan.note << '\n';
    }
    QStringList arms;
    for (const sim::VariantResult &v : readout.variants)
        arms << QStringLiteral("%1 %2/%3").arg(v.label).arg(v.outcome.successes).arg(v.outcome.trials);
    out() << QStringLiteral("experiment read (%1 events, warm): median %2 ms wall, %7 ms CPU (runs %3; goal 200 ms: %4; %5; verdict \"%6\")")
                 .arg(columns->size())
                 .arg(median(readMs), 0, 'f', 1)
                 .arg(runsText(readMs))
                 .arg(median(readMs) <= 200.0 ? QStringLiteral("met") : QStringLiteral("NOT met"))
                 .arg(arms.join(QStringLiteral(", ")), readout.verdictText)
                 .arg(median(readCpuMs), 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("experiment plan, needs N days (%1 events, warm): median %2 ms (runs %3)")
                 .arg(columns->size())
                 .arg(median(planMs), 0, 'f', 1)
                 .arg(runsText(planMs))
          << Qt::endl;
    return readout.problems.isEmpty() ? ExitOk : ExitInvalid;
}

const CommandRegistration registration{
    {"bench-experiment", QT_TRANSLATE_NOOP("cli", "Benchmark reading an experiment (A/B test) on a data set"), run}};

} // namespace
} // namespace omnimap::cli
