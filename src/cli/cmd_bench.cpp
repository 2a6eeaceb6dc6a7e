// omnimap-cli bench: the data set and simulation engine's performance workloads
// (docs/performance/sim.md). One line per figure: medians of --runs runs.

#include "commandline.h"

#include "attribution.h"
#include "dataset.h"
#include "eventcache.h"
#include "eventimporter.h"
#include "pathimporter.h"
#include "journeychain.h"
#include "journeyquery.h"
#include "montecarlo.h"
#include "pathanalysis.h"
#include "samplegenerator.h"
#include "timestampparser.h"

#include "format/projectfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <sys/resource.h>

namespace omnimap::cli {
namespace {

struct CmdBenchTr { Q_DECLARE_TR_FUNCTIONS(cli) };

/// Peak resident memory since the last reset, in MiB (Linux: VmHWM, reset through
/// /proc/self/clear_refs so each workload reports its own peak).
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0.0;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

struct Figure
{
    std::vector<double> ms;
    double peak = 0.0;
    double median() const
    {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.empty() ? 0.0 : sorted[sorted.size() / 2];
    }
};

/// Times `work` `runs` times after an untimed `setup` each run.
Figure measure(int runs, const std::function<void()> &setup, const std::function<void()> &work)
{
    Figure figure;
    resetPeak();
    for (int r = 0; r < runs; ++r) {
        if (setup)
            setup();
        QElapsedTimer timer;
        timer.start();
        work();
        figure.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    figure.peak = peakMiB();
    return figure;
}

/// What a figure is judged against: the goal (ms, 0 = none) and a reference to compare
/// with (measured in this run, or the figure recorded before issue 22's changes).
struct Target
{
    double goalMs = 0.0;
    QString goalText; ///< how the goal is stated, e.g. "6 s per 10 M events"
    QString reference;
};

void print(const QString &name, const Figure &figure, const QString &details = {}, const Target &target = {})
{
    QStringList runs;
    for (double ms : figure.ms)
        runs.append(QString::number(ms, 'f', 1));
    QString line = name + QStringLiteral(": median %1 ms (runs %2; peak RSS %3 MiB)").arg(figure.median(), 0, 'f', 1).arg(runs.join(QLatin1Char(' '))).arg(figure.peak, 0, 'f', 0);
    if (!details.isEmpty())
        line += QStringLiteral("; ") + details;
    if (target.goalMs > 0.0) {
        line += QStringLiteral(" | goal <= %1 ms%2: %3")
                    .arg(target.goalMs, 0, 'f', target.goalMs < 100 ? 1 : 0)
                    .arg(target.goalText.isEmpty() ? QString() : QStringLiteral(" (") + target.goalText + QLatin1Char(')'))
                    .arg(figure.median() <= target.goalMs ? QStringLiteral("met") : QStringLiteral("NOT met"));
    }
    if (!target.reference.isEmpty())
        line += QStringLiteral(" | reference: ") + target.reference;
    out() << line << Qt::endl;
}

/// A goal stated for 10 M events, scaled to the events of this run.
Target perTenMillion(double goalMs, qint64 events, const QString &what, const QString &reference)
{
    return {goalMs * double(events) / 1e7, QStringLiteral("%1 s per 10 M %2").arg(goalMs / 1000.0).arg(what), reference};
}

/// A plan with the usual shape when no project is given: 5 stages, 6 channels.
Project builtinProject()
{
    Project p;
    p.name = QStringLiteral("Benchmark");
    const char *const channels[] = {"sns", "search", "web", "app", "email", "store"};
    for (const char *name : channels) {
        Channel c;
        c.id = QString::fromLatin1(name);
        c.name = c.id;
        p.channels.append(c);
    }
    Journey j;
    j.id = QStringLiteral("j");
    const char *const stages[] = {"awareness", "consideration", "purchase", "retention", "advocacy"};
    for (const char *name : stages) {
        Stage s;
        s.id = QString::fromLatin1(name);
        s.name = s.id;
        j.stages.append(s);
    }
    const char *const cells[][2] = {{"awareness", "sns"}, {"awareness", "search"}, {"consideration", "web"}, {"consideration", "app"},
                                    {"consideration", "email"}, {"purchase", "web"}, {"purchase", "app"}, {"purchase", "store"},
                                    {"retention", "email"}, {"advocacy", "sns"}};
    int n = 0;
    for (const auto &cell : cells) {
        Touchpoint t;
        t.id = QStringLiteral("tp%1").arg(++n);
        t.stageId = QString::fromLatin1(cell[0]);
        t.channelId = QString::fromLatin1(cell[1]);
        t.title = t.stageId + QLatin1Char(' ') + t.channelId;
        j.touchpoints.append(t);
    }
    p.journeys.append(j);
    return p;
}

/// Writes the data set's events as an event CSV (names, ISO times), in stored order.
bool exportCsv(sim::DataSet &dataSet, const QString &path)
{
    std::vector<std::string> customers(std::size_t(dataSet.db().queryInt("SELECT max(id) FROM customers") + 1));
    {
        sim::SqliteStatement stmt = dataSet.db().prepare("SELECT id, external_id FROM customers");
        while (stmt.step() == SQLITE_ROW)
            customers[std::size_t(stmt.columnInt(0))] = stmt.columnText(1).toStdString();
    }
    const QStringList channels = dataSet.names(sim::Dimension::Channel);
    const QStringList touchpoints = dataSet.names(sim::Dimension::Touchpoint);
    const QStringList stages = dataSet.names(sim::Dimension::Stage);
    const QStringList types = dataSet.names(sim::Dimension::EventType);
    std::FILE *file = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!file)
        return false;
    std::fputs("customer,ts,channel,touchpoint,stage,event_type,revenue,cost\n", file);
    sim::SqliteStatement stmt = dataSet.db().prepare(
        "SELECT customer_id, ts, ifnull(channel_id, 0), ifnull(touchpoint_id, 0), ifnull(stage_id, 0), event_type_id, revenue, cost FROM events");
    while (stmt.step() == SQLITE_ROW) {
        const std::string ts = sim::formatTimestampMs(stmt.columnInt(1));
        std::fprintf(file, "%s,%s,%s,%s,%s,%s,%g,%g\n", customers[std::size_t(stmt.columnInt(0))].c_str(), ts.c_str(),
                     qPrintable(channels.value(stmt.columnInt(2))), qPrintable(touchpoints.value(stmt.columnInt(3))),
                     qPrintable(stages.value(stmt.columnInt(4))), qPrintable(types.value(stmt.columnInt(5))), stmt.columnDouble(6),
                     stmt.columnDouble(7));
    }
    return std::fclose(file) == 0;
}

void removeDataSet(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

/// A stand-in for ChannelAttribution's sample Data.csv when none is given: 10 000 rows in
/// its columns (`;`-separated), paths of 1–30 touches over 12 channels, mostly short,
/// with identical paths among them as in the real file.
QByteArray standInPathsFile()
{
    const char *const names[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"};
    QByteArray csv = "path;total_conversions;total_conversion_value;total_null\n";
    std::uint64_t state = 22;
    auto next = [&state] { // splitmix64: deterministic, no dependency on a library's generator
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    };
    // Like the real file: a few channels are most of the touches and a touch often
    // repeats the one before ("iota > iota > iota").
    auto channel = [&next] {
        const std::uint64_t a = next() % 12;
        const std::uint64_t b = next() % 12;
        return std::min(a, b);
    };
    for (int row = 0; row < 10000; ++row) {
        int length = 1;
        while (length < 30 && next() % 100 < 72)
            ++length;
        std::uint64_t previous = channel();
        for (int t = 0; t < length; ++t) {
            if (t > 0 && next() % 100 >= 55)
                previous = channel();
            csv += QByteArray(t ? " > " : "") + names[previous];
        }
        const int conversions = int(next() % 3);
        csv += ';' + QByteArray::number(conversions) + ';' + QByteArray::number(conversions ? double(next() % 2000) / 100.0 : 0.0) + ';'
            + QByteArray::number(1 + next() % 6) + '\n';
    }
    return csv;
}

/// Issue 22's paths workload: a 10 000-row paths file repeated 100 times (1 M rows),
/// imported, then `omnimap-cli attribute --model markov` as a user runs it, whole command.
bool benchPathsFile(const QDir &dir, const QString &source, int runs)
{
    QByteArray base;
    if (!source.isEmpty()) {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << source << ": " << file.errorString() << '\n';
            return false;
        }
        base = file.readAll();
    } else {
        base = standInPathsFile();
    }
    if (!base.endsWith('\n'))
        base += '\n';
    const qsizetype headerEnd = base.indexOf('\n') + 1;
    const QString csvPath = dir.filePath(QStringLiteral("bench-paths-x100.csv"));
    const QString dbPath = dir.filePath(QStringLiteral("bench-paths.sqlite"));
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly)) {
            err() << csvPath << ": " << file.errorString() << '\n';
            return false;
        }
        file.write(base.left(headerEnd));
        for (int copy = 0; copy < 100; ++copy)
            file.write(base.constData() + headerEnd, base.size() - headerEnd);
    }
    sim::ImportResult imported;
    const Figure import = measure(runs, [&] { removeDataSet(dbPath); }, [&] {
        sim::DataSet dataSet;
        dataSet.open(dbPath, sim::DataSet::OpenMode::Create);
        imported = sim::importPathsCsv(dataSet, csvPath, {});
    });
    if (!imported.ok) {
        err() << csvPath << ": " << imported.error << '\n';
        return false;
    }
    sim::DataSet dataSet;
    dataSet.open(dbPath);
    const QString what = source.isEmpty() ? QStringLiteral("a generated stand-in for Data.csv") : QFileInfo(source).fileName();
    print(QStringLiteral("import_paths_x100"), import,
          QStringLiteral("%1 rows of %2 x 100, stored as %3 rows").arg(imported.rowsImported).arg(what).arg(dataSet.pathCount()));
    dataSet.close();
    for (int order : {1, 4}) {
        for (const char *bootstrap : {"200", "0"}) {
            QByteArray output;
            const Figure command = measure(runs, {}, [&] {
                QProcess process;
                process.start(QCoreApplication::applicationFilePath(),
                              {QStringLiteral("attribute"), QStringLiteral("--db"), dbPath, QStringLiteral("--model"), QStringLiteral("markov"),
                               QStringLiteral("--order"), QString::number(order), QStringLiteral("--bootstrap"), QString::fromLatin1(bootstrap)});
                process.waitForFinished(-1);
                output = process.readAllStandardOutput();
            });
            print(QStringLiteral("attribute_paths_command_order%1_bootstrap%2").arg(order).arg(QString::fromLatin1(bootstrap)), command,
                  QStringLiteral("whole `omnimap-cli attribute --model markov --order %1 --bootstrap %2` process%3")
                      .arg(order)
                      .arg(QString::fromLatin1(bootstrap))
                      .arg(output.contains("Attribution") ? QString() : QStringLiteral(" (FAILED)")),
                  {50.0, QStringLiteral("whole command"),
                   order == 1 ? QStringLiteral("before issue 22: 600 ms (Data.csv x 100, paths stored one row per file row)")
                              : QStringLiteral("before issue 22: 630 ms (Data.csv x 100)")});
        }
    }
    return true;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption events(QStringLiteral("events"), CmdBenchTr::tr("Events in the benchmark data set."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), CmdBenchTr::tr("Runs per figure (the median is reported)."), QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption customers(QStringLiteral("customers"), CmdBenchTr::tr("Monte Carlo customers."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption journeysOption(QStringLiteral("journeys"), CmdBenchTr::tr("Journeys for the Markov figures."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption threads(QStringLiteral("threads"), CmdBenchTr::tr("Monte Carlo threads."), QStringLiteral("T"), QStringLiteral("2"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), CmdBenchTr::tr("Working folder (default: a temporary one)."), QStringLiteral("DIR"));
    const QCommandLineOption project(QStringLiteral("project"), CmdBenchTr::tr("Project whose journey the data follows (default: a built-in plan)."), QStringLiteral("PROJECT"));
    const QCommandLineOption reference(QStringLiteral("reference"), CmdBenchTr::tr("Also time the references: sqlite3 shell .import and window-function SQL."));
    const QCommandLineOption skipImport(QStringLiteral("skip-import"), CmdBenchTr::tr("Skip the CSV import figures."));
    const QCommandLineOption pathsFile(QStringLiteral("paths-file"),
                                       CmdBenchTr::tr("Paths CSV repeated 100 times for the paths figures, e.g. ChannelAttribution's Data.csv (default: a generated stand-in)."),
                                       QStringLiteral("FILE"));
    parser.addOptions({events, runsOption, customers, journeysOption, threads, dirOption, project, reference, skipImport, pathsFile});
    const int early = parseCommandLine(parser, arguments, CmdBenchTr::tr("Run the data set and simulation benchmarks."), 0);
    if (early >= 0)
        return early;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false, ok5 = false;
    const qint64 eventCount = parser.value(events).toLongLong(&ok1);
    const int runs = parser.value(runsOption).toInt(&ok2);
    const qint64 customerCount = parser.value(customers).toLongLong(&ok3);
    const qint64 journeyLimit = parser.value(journeysOption).toLongLong(&ok4);
    const int threadCount = parser.value(threads).toInt(&ok5);
    if (!ok1 || eventCount < 1000 || !ok2 || runs < 1 || !ok3 || customerCount < 1 || !ok4 || journeyLimit < 1 || !ok5 || threadCount < 0) {
        err() << arguments.value(0) << ": " << CmdBenchTr::tr("--events ≥ 1000, --runs ≥ 1, --customers ≥ 1, --journeys ≥ 1, --threads ≥ 0") << '\n';
        return ExitUsage;
    }
    Project plan = builtinProject();
    if (parser.isSet(project)) {
        const LoadResult loaded = loadProjectFile(parser.value(project));
        if (!loaded.ok()) {
            err() << loaded.errorString() << '\n';
            return ExitInvalid;
        }
        plan = *loaded.project;
    }
    QTemporaryDir temporary;
    const QDir dir(parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path());
    // A named folder that does not exist yet is made (SQLite would only say "unable to
    // open database file").
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
        err() << arguments.value(0) << ": " << CmdBenchTr::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(dir.absolutePath())) << '\n';
        return ExitInvalid;
    }
    const QString dataPath = dir.filePath(QStringLiteral("bench.sqlite"));
    const QString csvPath = dir.filePath(QStringLiteral("bench-events.csv"));
    const QString importPath = dir.filePath(QStringLiteral("bench-import.sqlite"));

    out() << QStringLiteral("bench: %1 events, %2 runs, sqlite %3").arg(eventCount).arg(runs).arg(QString::fromLatin1(sqlite3_libversion())) << Qt::endl;
    // Setup: the sample data set and its CSV export (kept in --dir for the next run).
    bool reuse = false;
    if (parser.isSet(dirOption) && QFile::exists(dataPath)) {
        sim::DataSet existing;
        reuse = existing.open(dataPath) && existing.eventCount() == eventCount;
    }
    if (!reuse)
        removeDataSet(dataPath);
    sim::GeneratorResult generated;
    generated.ok = true;
    Figure generate = measure(reuse ? 0 : 1, {}, [&] {
        sim::DataSet dataSet;
        dataSet.open(dataPath, sim::DataSet::OpenMode::Create);
        sim::GeneratorOptions options;
        options.events = eventCount;
        generated = sim::generateSample(dataSet, plan, options);
    });
    if (!generated.ok) {
        err() << generated.error << '\n';
        return ExitInvalid;
    }
    if (reuse)
        out() << QStringLiteral("generate_sample: reused %1").arg(dataPath) << Qt::endl;
    else
        print(QStringLiteral("generate_sample"), generate, QStringLiteral("%1 customers").arg(generated.customers));

    if (!parser.isSet(skipImport)) {
        if (!reuse || !QFile::exists(csvPath)) {
            sim::DataSet dataSet;
            dataSet.open(dataPath);
            if (!exportCsv(dataSet, csvPath)) {
                err() << csvPath << ": " << CmdBenchTr::tr("can not write") << '\n';
                return ExitInvalid;
            }
        }
        const double mb = double(QFileInfo(csvPath).size()) / 1e6;
        // The reference first, so that the import's line can stand beside it.
        QString importReference = QStringLiteral("before issue 22: 1.78 s per M events (17.8 s for 10 M, idle, 2026-12-01); "
                                             "9.59 s for 10 M idle before INSERT OR FAIL (2026-12-02); "
                                             "6.68 s for 10 M idle before the import's fourth pass (2026-12-02 08:43)");
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (parser.isSet(reference) && !shell.isEmpty()) {
            const Figure ref = measure(runs, [&] { removeDataSet(importPath); }, [&] {
                QProcess process;
                process.start(shell, {importPath, QStringLiteral("-cmd"), QStringLiteral("PRAGMA journal_mode=WAL"),
                                      QStringLiteral(".mode csv"), QStringLiteral(".import '") + csvPath + QStringLiteral("' events_raw")});
                process.waitForFinished(-1);
            });
            print(QStringLiteral("reference_sqlite3_shell_import"), ref, QStringLiteral("text columns, no dictionary, no validation"));
            importReference = QStringLiteral("sqlite3 shell .import %1 ms (this run); ").arg(ref.median(), 0, 'f', 0) + importReference;
        }
        bool importOk = true;
        const Figure import = measure(runs, [&] { removeDataSet(importPath); }, [&] {
            sim::DataSet dataSet;
            dataSet.open(importPath, sim::DataSet::OpenMode::Create);
            importOk = sim::importEventsCsv(dataSet, csvPath, {}).ok && importOk;
        });
        print(QStringLiteral("import_csv"), import,
              QStringLiteral("%1 MB, %2 M rows/s%3").arg(mb, 0, 'f', 0).arg(double(eventCount) / import.median() / 1000.0, 0, 'f', 2)
                  .arg(importOk ? QString() : QStringLiteral(" (FAILED)")),
              perTenMillion(6000.0, eventCount, QStringLiteral("events"), importReference));
    }

    // Journeys + transition matrix, cold (columns loaded from SQLite) and warm (cached).
    sim::DataSet dataSet;
    dataSet.open(dataPath);
    QString coldReference = QStringLiteral("before issue 22: 0.40 s per M events (4.0 s for 10 M, idle, 2026-12-01); "
                                           "1.78 s for 10 M idle before the packed blocks (2026-12-02)");
    if (parser.isSet(reference)) {
        const Figure sql = measure(1, {}, [&] {
            sim::SqliteStatement stmt = dataSet.db().prepare(
                "SELECT prev, channel_id, count(*) FROM (SELECT channel_id, LAG(channel_id) OVER "
                "(PARTITION BY customer_id ORDER BY ts) AS prev FROM events) GROUP BY 1, 2");
            while (stmt.step() == SQLITE_ROW) {
            }
        });
        print(QStringLiteral("reference_window_sql_transitions"), sql, QStringLiteral("LAG() OVER (PARTITION BY customer ORDER BY ts) + GROUP BY"));
        coldReference = QStringLiteral("window-function SQL %1 ms (this run); ").arg(sql.median(), 0, 'f', 0) + coldReference;
    }
    sim::JourneyQueryResult journeys;
    const Figure cold = measure(runs, [&] {
        journeys = sim::JourneyQueryResult(); // nothing of the previous run stays in memory
        sim::clearJourneyQueryCache();
        sim::clearEventColumnsCache();
    }, [&] {
        sim::runJourneyQuery(dataSet, {}, journeys);
        sim::channelTransitions(*journeys.journeys);
    });
    print(QStringLiteral("journeys_transitions_cold"), cold,
          QStringLiteral("%1 journeys, %2 of %3 events from the packed blocks (the OS file cache is warm)")
              .arg(journeys.journeys->size())
              .arg(journeys.events->fromBlocks)
              .arg(journeys.events->size()),
          perTenMillion(1500.0, eventCount, QStringLiteral("events"), coldReference));
    const Figure warm = measure(runs, {}, [&] {
        sim::runJourneyQuery(dataSet, {}, journeys);
        sim::channelTransitions(*journeys.journeys);
    });
    print(QStringLiteral("journeys_transitions_warm"), warm, {},
          {50.0, QStringLiteral("any size"), QStringLiteral("before issue 22: 39 ms for 10 M (2026-12-01)")});

    // Markov on (up to) --journeys journeys: path collapse + aggregation + exact solve.
    // Only the journeys used are copied: a copy of all 4 M and a trim afterwards was the
    // bench's peak memory (issue 22).
    const sim::PathSet paths = sim::pathSetFromJourneys(*journeys.journeys, std::size_t(journeyLimit));
    for (int order : {1, 2, 3, 4}) {
        sim::AttributionResult result;
        const Figure markov = measure(runs, {}, [&] {
            sim::AttributionOptions options;
            options.model = sim::AttributionModel::Markov;
            options.markovOrder = order;
            result = sim::attribute(paths, options);
        });
        const double goal = order == 1 ? 60.0 : order == 4 ? 150.0 : 0.0;
        print(QStringLiteral("markov_order%1").arg(order), markov,
              QStringLiteral("%1 journeys, %2 states, P(conv) %3").arg(paths.size()).arg(result.markovStates).arg(result.conversionProbability, 0, 'g', 6),
              {goal, QStringLiteral("1 M journeys"),
               order == 1 ? QStringLiteral("before issue 22: 21.5 ms") : order == 4 ? QStringLiteral("before issue 22: 23.1 ms") : QString()});
    }
    {
        sim::AttributionResult result;
        const Figure collapsed = measure(runs, {}, [&] {
            sim::AttributionOptions options;
            options.model = sim::AttributionModel::Markov;
            options.markovOrder = 4;
            options.collapseRepeats = true;
            result = sim::attribute(paths, options);
        });
        print(QStringLiteral("markov_order4_collapsed"), collapsed, QStringLiteral("%1 states").arg(result.markovStates));
    }
    // Uncertainty and order choice (issue 13): B = 200 replicates on 2 threads.
    for (int order : {1, 4}) {
        sim::AttributionResult result;
        const Figure boot = measure(runs, {}, [&] {
            sim::AttributionOptions options;
            options.model = sim::AttributionModel::Markov;
            options.markovOrder = order;
            options.bootstrap = 200;
            result = sim::attribute(paths, options);
        });
        print(QStringLiteral("markov_bootstrap200_order%1").arg(order), boot,
              QStringLiteral("%1 journeys, %2 states, estimate + 200 replicates").arg(paths.size()).arg(result.markovStates),
              {order == 1 ? 2000.0 : 6000.0, QStringLiteral("1 M journeys"), {}});
    }
    {
        sim::OrderChoice choice;
        const Figure cv = measure(runs, {}, [&] { choice = sim::chooseMarkovOrder(paths, false); });
        QStringList scores;
        for (const sim::OrderScore &s : choice.scores)
            scores.append(QString::number(s.logLikelihood, 'f', 4));
        print(QStringLiteral("markov_order_choice"), cv,
              QStringLiteral("5-fold CV, orders 1-4, chose %1 (%2)").arg(choice.chosen).arg(scores.join(QStringLiteral(" "))),
              {3000.0, QStringLiteral("1 M journeys"), {}});
    }
    const Figure linear = measure(runs, {}, [&] {
        sim::AttributionOptions options;
        sim::attribute(paths, options);
    });
    print(QStringLiteral("linear_attribution"), linear, QStringLiteral("%1 journeys").arg(paths.size()));

    // Monte Carlo through the chain calibrated on all journeys.
    const sim::JourneyChain chain = sim::chainFromJourneys(*journeys.journeys, *journeys.events,
                                                           plan.journeys.isEmpty() ? Journey() : plan.journeys.first(), journeys.options);
    sim::MonteCarloResult mc;
    const Figure monteCarlo = measure(runs, {}, [&] {
        sim::MonteCarloOptions options;
        options.customers = customerCount;
        options.threads = threadCount;
        mc = sim::simulateMonteCarlo(chain, options);
    });
    print(QStringLiteral("monte_carlo"), monteCarlo,
          QStringLiteral("%1 customers, %2 threads, %3 states, P(conv) %4")
              .arg(customerCount)
              .arg(threadCount)
              .arg(chain.size())
              .arg(mc.conversionRate.value, 0, 'g', 5),
          {30.0, QStringLiteral("1 M customers"), QStringLiteral("before issue 22: 22.9 ms")});
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double peak = double(usage.ru_maxrss) / 1024.0;
    out() << QStringLiteral("peak_rss_process: %1 MiB | goal <= 800 MiB (whole pipeline): %2 | reference: before issue 22: 1018 MiB for 10 M")
                 .arg(peak, 0, 'f', 0)
                 .arg(peak <= 800.0 ? QStringLiteral("met") : QStringLiteral("NOT met"))
          << Qt::endl;
    if (!benchPathsFile(dir, parser.value(pathsFile), runs))
        return ExitInvalid;
    return ExitOk;
}

const CommandRegistration registration{{"bench", QT_TRANSLATE_NOOP("cli", "Run the data set and simulation benchmarks"), run}};

} // namespace
} // namespace omnimap::cli
