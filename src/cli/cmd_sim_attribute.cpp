// omnimap-cli attribute: channel attribution by a rule-based or Markov model.

#include "commandline.h"
#include "eventsourceoption.h"

#include "attribution.h"
#include "warehouseconnection.h"
#include "journeyquery.h"
#include "resulttable.h"

#include <QJsonObject>

namespace omnimap::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("Data set."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption model(QStringLiteral("model"), tr("Model: %1.").arg(sim::attributionModelNames().join(QStringLiteral(", "))),
                                   QStringLiteral("MODEL"), QStringLiteral("markov"));
    const QCommandLineOption order(QStringLiteral("order"), tr("Markov order, 1 to 4."), QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption halfLife(QStringLiteral("half-life"), tr("Time-decay half-life in days."), QStringLiteral("DAYS"), QStringLiteral("7"));
    const QCommandLineOption lookback(QStringLiteral("lookback"), tr("Look-back window in days."), QStringLiteral("DAYS"), QStringLiteral("30"));
    const QCommandLineOption source(QStringLiteral("source"), tr("events (journeys built from events) or paths (imported aggregated paths); default: events if there are any. "
                                                                "Or a warehouse: postgres://user@host:port/database?table=… instead of --db."),
                                    QStringLiteral("SOURCE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({db, model, order, halfLife, lookback, source, format});
    const int early = parseCommandLine(parser, arguments, tr("Attribute conversions and value to channels."), 0);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    sim::AttributionOptions options;
    bool okOrder = false, okHalfLife = false, okLookback = false;
    options.markovOrder = parser.value(order).toInt(&okOrder);
    options.halfLifeDays = parser.value(halfLife).toDouble(&okHalfLife);
    const double lookbackDays = parser.value(lookback).toDouble(&okLookback);
    const QString fmt = parser.value(format);
    const QString src = parser.value(source);
    const bool warehouse = sim::WarehouseConnection::isWarehouseUrl(src);
    if (parser.isSet(db) == warehouse || !sim::attributionModelFromName(parser.value(model), options.model) || !okOrder
        || options.markovOrder < 1 || options.markovOrder > 4 || !okHalfLife || options.halfLifeDays <= 0 || !okLookback
        || lookbackDays <= 0 || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt)
        || (!src.isEmpty() && !warehouse && src != QLatin1String("events") && src != QLatin1String("paths"))) {
        err() << name << ": " << tr("need --db or --source postgres://…; --model %1; --order 1..4; --half-life and --lookback positive; "
                                    "--source events|paths|postgres://…; --format text|json|csv")
                                     .arg(sim::attributionModelNames().join(QLatin1Char('|')))
              << '\n';
        return ExitUsage;
    }
    // A warehouse attributes through the EventSource interface: the journeys are built
    // and aggregated on the server, only distinct paths (and time-decay credits) travel.
    sim::AttributionResult result;
    QString error;
    cli::OpenedSource opened;
    if (warehouse) {
        sim::JourneyQuery query;
        query.lookbackDays = lookbackDays;
        if (!openEventSource(QString(), src, opened, &error)) {
            err() << error << '\n';
            return ExitInvalid;
        }
        if (!opened.source->attribute(query, options, result, &error)) {
            err() << opened.label << ": " << error << '\n';
            return ExitInvalid;
        }
    }
    sim::DataSet dataSet;
    if (!warehouse && !dataSet.open(parser.value(db))) {
        err() << dataSet.errorString() << '\n';
        return ExitInvalid;
    }
    const bool fromPaths = !warehouse && (src == QLatin1String("paths") || (src.isEmpty() && dataSet.eventCount() == 0));
    sim::PathSet paths;
    if (fromPaths) {
        if (!sim::loadPathSet(dataSet, paths, &error)) {
            err() << parser.value(db) << ": " << error << '\n';
            return ExitInvalid;
        }
    } else if (!warehouse) {
        sim::JourneyQuery query;
        query.lookbackDays = lookbackDays;
        sim::JourneyQueryResult journeys;
        if (!sim::runJourneyQuery(dataSet, query, journeys, &error)) {
            err() << parser.value(db) << ": " << error << '\n';
            return ExitInvalid;
        }
        paths = sim::pathSetFromJourneys(*journeys.journeys);
    }
    if (!warehouse)
        result = sim::attribute(paths, options);
    if (!result.ok) {
        err() << parser.value(db) << ": " << result.error << '\n';
        return ExitInvalid;
    }
    sim::ResultTable t;
    t.name = QStringLiteral("attribution");
    t.title = tr("Attribution (%1): %2 conversions, value %3")
                  .arg(sim::attributionModelName(options.model), sim::formatNumber(result.totalConversions), sim::formatNumber(result.totalValue));
    if (options.model == sim::AttributionModel::Markov)
        t.title += tr("; order %1, %2 states, P(conversion) %3")
                       .arg(options.markovOrder)
                       .arg(result.markovStates)
                       .arg(sim::formatNumber(result.conversionProbability));
    t.columns = {QStringLiteral("channel"), QStringLiteral("conversions"), QStringLiteral("share"), QStringLiteral("value")};
    if (options.model == sim::AttributionModel::Markov)
        t.columns.append(QStringLiteral("removal_effect"));
    for (const sim::ChannelCredit &c : result.channels) {
        QVariantList row{c.channel, c.conversions, result.totalConversions > 0 ? c.conversions / result.totalConversions : 0.0, c.value};
        if (options.model == sim::AttributionModel::Markov)
            row.append(c.removalEffect);
        t.addRow(row);
    }
    QJsonObject extra{{QStringLiteral("model"), sim::attributionModelName(options.model)},
                      {QStringLiteral("total_conversions"), result.totalConversions},
                      {QStringLiteral("total_value"), result.totalValue},
                      {QStringLiteral("source"), warehouse ? QStringLiteral("warehouse") : fromPaths ? QStringLiteral("paths") : QStringLiteral("events")}};
    if (options.model == sim::AttributionModel::Markov) {
        extra.insert(QStringLiteral("order"), options.markovOrder);
        extra.insert(QStringLiteral("conversion_probability"), result.conversionProbability);
    }
    out() << sim::renderTables({t}, fmt, extra);
    return ExitOk;
}

const CommandRegistration registration{
    {"attribute", QT_TRANSLATE_NOOP("cli", "Attribute conversions to channels (first, last, linear, time-decay, position, markov)"), run}};

} // namespace
} // namespace omnimap::cli
