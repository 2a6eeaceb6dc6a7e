// omnimap-cli paths: path analysis of a data set — top paths, transitions, funnel,
// time to convert.

#include "commandline.h"

#include "eventsourceoption.h"
#include "journeyquery.h"
#include "pathanalysis.h"
#include "resulttable.h"
#include "timestampparser.h"

#include "format/projectfile.h"
#include "model/lookup.h"

#include <QJsonObject>

#include <cmath>

namespace omnimap::cli {
namespace {

struct CmdSimPathsTr { Q_DECLARE_TR_FUNCTIONS(cli) };

std::optional<std::int64_t> parseDate(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return sim::parseTimestampMs(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), CmdSimPathsTr::tr("Data set."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption top(QStringLiteral("top"), CmdSimPathsTr::tr("Number of top paths."), QStringLiteral("K"), QStringLiteral("10"));
    const QCommandLineOption level(QStringLiteral("level"), CmdSimPathsTr::tr("Path level: channel or touchpoint."), QStringLiteral("LEVEL"), QStringLiteral("channel"));
    const QCommandLineOption lookback(QStringLiteral("lookback"), CmdSimPathsTr::tr("Look-back window in days."), QStringLiteral("DAYS"), QStringLiteral("30"));
    const QCommandLineOption from(QStringLiteral("from"), CmdSimPathsTr::tr("Only events at or after this date."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CmdSimPathsTr::tr("Only events before this date."), QStringLiteral("DATE"));
    const QCommandLineOption conversion(QStringLiteral("conversion"), CmdSimPathsTr::tr("Event type that converts (repeatable; default purchase)."), QStringLiteral("TYPE"));
    const QCommandLineOption project(QStringLiteral("project"), CmdSimPathsTr::tr("Project file (for --persona and the stage order)."), QStringLiteral("PROJECT"));
    const QCommandLineOption persona(QStringLiteral("persona"), CmdSimPathsTr::tr("Only customers of this persona's segment (name or id)."), QStringLiteral("PERSONA"));
    const QCommandLineOption section(QStringLiteral("section"), CmdSimPathsTr::tr("Only one part: paths, transitions, funnel or time."), QStringLiteral("SECTION"));
    const QCommandLineOption format(QStringLiteral("format"), CmdSimPathsTr::tr("Output format: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption source(QStringLiteral("source"), CmdSimPathsTr::tr("Warehouse instead of --db: postgres://user@host:port/database?table=… or clickhouse://user@host:8123/database?table=… (password from PGPASSWORD / CLICKHOUSE_PASSWORD or asked)."), QStringLiteral("URL"));
    parser.addOptions({db, top, level, lookback, from, to, conversion, project, persona, section, format, source});
    const int early = parseCommandLine(parser, arguments, CmdSimPathsTr::tr("Path analysis: top paths, channel transitions, stage funnel, time to convert."), 0);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    bool okTop = false, okLookback = false;
    const int topK = parser.value(top).toInt(&okTop);
    sim::JourneyQuery query;
    query.lookbackDays = parser.value(lookback).toDouble(&okLookback);
    const QString fmt = parser.value(format);
    const QString lvl = parser.value(level);
    const QStringList sections{QStringLiteral("paths"), QStringLiteral("transitions"), QStringLiteral("funnel"), QStringLiteral("time")};
    if (parser.isSet(db) == parser.isSet(source) || !okTop || topK < 0 || !okLookback
        || !(query.lookbackDays > 0 && std::isfinite(query.lookbackDays))
        || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt)
        || (lvl != QLatin1String("channel") && lvl != QLatin1String("touchpoint"))
        || (parser.isSet(section) && !sections.contains(parser.value(section))) || (parser.isSet(persona) && !parser.isSet(project))) {
        err() << name << ": " << CmdSimPathsTr::tr("need --db or --source; --top and --lookback positive numbers; --level channel|touchpoint; "
                                    "--section paths|transitions|funnel|time; --persona needs --project; --format text|json|csv")
              << '\n';
        return ExitUsage;
    }
    for (const QCommandLineOption *option : {&from, &to}) {
        if (!parser.isSet(*option))
            continue;
        const auto ms = parseDate(parser.value(*option));
        if (!ms) {
            err() << name << ": " << CmdSimPathsTr::tr("--%1: not a date: %2").arg(option->names().constFirst(), parser.value(*option)) << '\n';
            return ExitUsage;
        }
        (option == &from ? query.fromMs : query.toMs) = ms;
    }
    if (parser.isSet(conversion))
        query.conversionEventTypes = parser.values(conversion);
    QStringList stageOrder;
    if (parser.isSet(project)) {
        const LoadResult loaded = loadProjectFile(parser.value(project));
        if (!loaded.ok()) {
            err() << loaded.errorString() << '\n';
            return ExitInvalid;
        }
        for (const Journey &journey : loaded.project->journeys) {
            for (const Stage &stage : journey.stages)
                stageOrder.append(stage.name);
        }
        if (parser.isSet(persona)) {
            const Persona *found = findById(loaded.project->personas, parser.value(persona));
            for (const Persona &p : loaded.project->personas) {
                if (!found && p.name.compare(parser.value(persona), Qt::CaseInsensitive) == 0)
                    found = &p;
            }
            if (!found) {
                err() << parser.value(project) << ": " << CmdSimPathsTr::tr("no persona \"%1\"").arg(parser.value(persona)) << '\n';
                return ExitInvalid;
            }
            query.segment = found->segmentRule;
        }
    }
    cli::OpenedSource opened;
    QString error;
    if (!openEventSource(parser.value(db), parser.value(source), opened, &error)) {
        err() << error << '\n';
        return ExitInvalid;
    }
    // Everything below asks the source for aggregates: the same on the local data set
    // and on a warehouse, where the journeys are built by the server.
    auto failed = [&opened](const QString &reason) {
        err() << opened.label << ": " << reason << '\n';
        return ExitInvalid;
    };
    const sim::PathLevel pathLevel = lvl == QLatin1String("channel") ? sim::PathLevel::Channel : sim::PathLevel::Touchpoint;
    sim::PathAggregate aggregate;
    if (!opened.source->paths(query, pathLevel, aggregate, &error))
        return failed(error);
    const QString only = parser.value(section);
    QList<sim::ResultTable> tables;
    const sim::PathSummary summary = aggregate.summary;
    const auto paths = sim::rankPaths(aggregate.paths, topK, aggregate.names);
    if (only.isEmpty() || only == QLatin1String("paths")) {
        sim::ResultTable t;
        t.name = QStringLiteral("top_paths");
        t.title = CmdSimPathsTr::tr("Top paths: %1 journeys, %2 conversions (%3 %), %4 distinct paths")
                      .arg(qint64(summary.journeys))
                      .arg(qint64(summary.conversions))
                      .arg(sim::formatNumber(summary.conversionRate() * 100.0))
                      .arg(qint64(summary.distinctPaths));
        t.columns = {QStringLiteral("path"), QStringLiteral("journeys"), QStringLiteral("conversions"), QStringLiteral("conversion_rate"), QStringLiteral("value")};
        for (const sim::PathStat &p : paths)
            t.addRow({p.label, qint64(p.journeys), qint64(p.conversions), p.conversionRate(), p.value});
        tables.append(t);
    }
    if (only.isEmpty() || only == QLatin1String("transitions")) {
        sim::PathAggregate channelPaths;
        if (pathLevel != sim::PathLevel::Channel && !opened.source->paths(query, sim::PathLevel::Channel, channelPaths, &error))
            return failed(error);
        const sim::TransitionMatrix m = sim::transitionsFromPaths(pathLevel == sim::PathLevel::Channel ? aggregate : channelPaths);
        sim::ResultTable t;
        t.name = QStringLiteral("transitions");
        t.title = CmdSimPathsTr::tr("Channel transitions (count, probability)");
        t.columns = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("count"), QStringLiteral("probability")};
        for (int r = 0; r < m.size; ++r) {
            for (int c = 0; c < m.size; ++c) {
                if (m.count(r, c) > 0.0)
                    t.addRow({m.states.at(r), m.states.at(c), m.count(r, c), m.probability(r, c)});
            }
        }
        tables.append(t);
    }
    if (only.isEmpty() || only == QLatin1String("funnel")) {
        sim::ResultTable t;
        t.name = QStringLiteral("funnel");
        t.title = CmdSimPathsTr::tr("Stage funnel (customers)");
        t.columns = {QStringLiteral("stage"), QStringLiteral("customers"), QStringLiteral("reach"), QStringLiteral("drop_off")};
        sim::StageCounts counts;
        if (!opened.source->stageCustomers(query, counts, &error))
            return failed(error);
        for (const sim::FunnelStep &s : sim::funnelFromCounts(counts, stageOrder))
            t.addRow({s.stage, qint64(s.customers), s.reach, s.dropOff});
        tables.append(t);
    }
    if (only.isEmpty() || only == QLatin1String("time")) {
        sim::TimeToConvert ttc;
        if (!opened.source->timeToConvert(query, ttc, &error))
            return failed(error);
        sim::ResultTable t;
        t.name = QStringLiteral("time_to_convert");
        t.title = CmdSimPathsTr::tr("Time to convert: mean %1 days, median %2, 90th percentile %3")
                      .arg(sim::formatNumber(ttc.meanDays), sim::formatNumber(ttc.medianDays), sim::formatNumber(ttc.p90Days));
        t.columns = {QStringLiteral("bin"), QStringLiteral("conversions")};
        for (const auto &bin : ttc.bins)
            t.addRow({bin.label, qint64(bin.count)});
        tables.append(t);
    }
    out() << sim::renderTables(tables, fmt,
                               QJsonObject{{QStringLiteral("journeys"), double(summary.journeys)},
                                           {QStringLiteral("conversions"), double(summary.conversions)},
                                           {QStringLiteral("value"), summary.value}});
    return ExitOk;
}

const CommandRegistration registration{
    {"paths", QT_TRANSLATE_NOOP("cli", "Path analysis: top paths, transitions, funnel, time to convert"), run}};

} // namespace
} // namespace omnimap::cli
