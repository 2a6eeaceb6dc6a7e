// omnimap-cli attribute: channel attribution by a rule-based or Markov model.

#include "commandline.h"
#include "eventsourceoption.h"

#include "attribution.h"
#include "warehouseconnection.h"
#include "journeyquery.h"
#include "resulttable.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace omnimap::cli {
namespace {

struct CmdSimAttributeTr { Q_DECLARE_TR_FUNCTIONS(cli) };

/// The attribution table (intervals when bootstrapped), the order-choice table when the
/// order was chosen, and in text the channels the data cannot tell apart.
QString renderAttribution(const sim::AttributionResult &result, const sim::AttributionOptions &options, const QString &sourceKind,
                          const QString &fmt)
{
    const bool markov = options.model == sim::AttributionModel::Markov;
    const bool intervals = result.bootstrap > 0;
    sim::ResultTable t;
    t.name = QStringLiteral("attribution");
    t.title = CmdSimAttributeTr::tr("Attribution (%1): %2 conversions, value %3")
                  .arg(sim::attributionModelName(options.model), sim::formatNumber(result.totalConversions), sim::formatNumber(result.totalValue));
    if (markov)
        t.title += CmdSimAttributeTr::tr("; order %1 (%2), %3 states, P(conversion) %4")
                       .arg(result.markovOrder)
                       .arg(result.collapseRepeats ? CmdSimAttributeTr::tr("repeats collapsed") : CmdSimAttributeTr::tr("every touch counted"))
                       .arg(result.markovStates)
                       .arg(sim::formatNumber(result.conversionProbability));
    if (intervals)
        t.title += CmdSimAttributeTr::tr("; 90 % intervals from %1 bootstrap replicates (seed %2)").arg(result.bootstrap).arg(options.seed);
    t.columns = {QStringLiteral("channel"), QStringLiteral("conversions")};
    if (intervals)
        t.columns << QStringLiteral("conversions_low") << QStringLiteral("conversions_high");
    t.columns << QStringLiteral("share") << QStringLiteral("value");
    if (intervals)
        t.columns << QStringLiteral("value_low") << QStringLiteral("value_high");
    if (markov)
        t.columns.append(QStringLiteral("removal_effect"));
    for (const sim::ChannelCredit &c : result.channels) {
        QVariantList row{c.channel, c.conversions};
        if (intervals)
            row << c.conversionsLow << c.conversionsHigh;
        row << (result.totalConversions > 0 ? c.conversions / result.totalConversions : 0.0) << c.value;
        if (intervals)
            row << c.valueLow << c.valueHigh;
        if (markov)
            row.append(c.removalEffect);
        t.addRow(row);
    }
    QList<sim::ResultTable> tables{t};
    const sim::OrderChoice &choice = result.orderChoice;
    if (markov && choice.ok) {
        sim::ResultTable o;
        o.name = QStringLiteral("order_choice");
        o.title = CmdSimAttributeTr::tr("Order choice: %1-fold cross-validation over %2 journeys; held-out log-likelihood per journey (higher is better)")
                      .arg(choice.folds)
                      .arg(sim::formatNumber(choice.journeys));
        o.columns = {QStringLiteral("order"), QStringLiteral("log_likelihood"), QStringLiteral("standard_error"),
                     QStringLiteral("states"), QStringLiteral("chosen")};
        for (const sim::OrderScore &s : choice.scores)
            o.addRow({s.order, s.logLikelihood, s.standardError, s.states, s.order == choice.chosen ? QStringLiteral("yes") : QString()});
        tables.append(o);
    }
    const auto pairs = sim::indistinguishableChannels(result);
    QJsonObject extra{{QStringLiteral("model"), sim::attributionModelName(options.model)},
                      {QStringLiteral("total_conversions"), result.totalConversions},
                      {QStringLiteral("total_value"), result.totalValue},
                      {QStringLiteral("source"), sourceKind},
                      {QStringLiteral("bootstrap"), result.bootstrap}};
    if (intervals) {
        extra.insert(QStringLiteral("seed"), QString::number(options.seed));
        extra.insert(QStringLiteral("interval_level"), result.intervalLevel);
        QJsonArray same;
        for (const auto &[a, b] : pairs)
            same.append(QJsonArray{result.channels[std::size_t(a)].channel, result.channels[std::size_t(b)].channel});
        extra.insert(QStringLiteral("indistinguishable"), same);
    }
    if (markov) {
        extra.insert(QStringLiteral("order"), result.markovOrder);
        extra.insert(QStringLiteral("order_auto"), options.markovOrder == 0);
        extra.insert(QStringLiteral("collapse_repeats"), result.collapseRepeats);
        extra.insert(QStringLiteral("conversion_probability"), result.conversionProbability);
    }
    QString text = sim::renderTables(tables, fmt, extra);
    if (fmt == QLatin1String("text") && markov && choice.ok)
        text += CmdSimAttributeTr::tr("Order %1 has the highest held-out log-likelihood.").arg(choice.chosen) + QLatin1Char('\n');
    if (fmt == QLatin1String("text") && intervals) {
        if (pairs.empty()) {
            text += CmdSimAttributeTr::tr("No two channels' 90 % intervals overlap.") + QLatin1Char('\n');
        } else {
            text += CmdSimAttributeTr::tr("Indistinguishable (their 90 % intervals overlap):") + QLatin1Char('\n');
            for (const auto &[a, b] : pairs)
                text += QStringLiteral("  ") + CmdSimAttributeTr::tr("%1 and %2").arg(result.channels[std::size_t(a)].channel, result.channels[std::size_t(b)].channel)
                        + QLatin1Char('\n');
        }
    }
    return text;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), CmdSimAttributeTr::tr("Data set."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption model(QStringLiteral("model"), CmdSimAttributeTr::tr("Model: %1.").arg(sim::attributionModelNames().join(QStringLiteral(", "))),
                                   QStringLiteral("MODEL"), QStringLiteral("markov"));
    const QCommandLineOption order(QStringLiteral("order"), CmdSimAttributeTr::tr("Markov order, 1 to 4, or auto (chosen by 5-fold cross-validation)."),
                                   QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption collapse(QStringLiteral("collapse-repeats"),
                                      CmdSimAttributeTr::tr("Markov: count consecutive repeats of a channel once (the older variant)."));
    const QCommandLineOption bootstrap(QStringLiteral("bootstrap"), CmdSimAttributeTr::tr("Bootstrap replicates for the 90 % intervals (0: none)."),
                                       QStringLiteral("B"), QStringLiteral("200"));
    const QCommandLineOption seed(QStringLiteral("seed"), CmdSimAttributeTr::tr("Seed of the bootstrap and the cross-validation folds."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption halfLife(QStringLiteral("half-life"), CmdSimAttributeTr::tr("Time-decay half-life in days."), QStringLiteral("DAYS"), QStringLiteral("7"));
    const QCommandLineOption lookback(QStringLiteral("lookback"), CmdSimAttributeTr::tr("Look-back window in days."), QStringLiteral("DAYS"), QStringLiteral("30"));
    const QCommandLineOption source(QStringLiteral("source"), CmdSimAttributeTr::tr("events (journeys built from events) or paths (imported aggregated paths); default: events if there are any. "
                                                                "Or a warehouse: postgres://user@host:port/database?table=… or clickhouse://user@host:8123/database?table=… instead of --db."),
                                    QStringLiteral("SOURCE"));
    const QCommandLineOption format(QStringLiteral("format"), CmdSimAttributeTr::tr("Output format: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({db, model, order, collapse, bootstrap, seed, halfLife, lookback, source, format});
    const int early = parseCommandLine(parser, arguments, CmdSimAttributeTr::tr("Attribute conversions and value to channels."), 0);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    sim::AttributionOptions options;
    bool okOrder = false, okHalfLife = false, okLookback = false, okBootstrap = false, okSeed = false;
    const bool autoOrder = parser.value(order) == QLatin1String("auto");
    options.markovOrder = autoOrder ? 0 : parser.value(order).toInt(&okOrder);
    okOrder = autoOrder || (okOrder && options.markovOrder >= 1 && options.markovOrder <= 4);
    options.collapseRepeats = parser.isSet(collapse);
    options.bootstrap = parser.value(bootstrap).toInt(&okBootstrap);
    okBootstrap = okBootstrap && options.bootstrap >= 0 && options.bootstrap <= sim::kMaxBootstrap;
    options.seed = parser.value(seed).toULongLong(&okSeed);
    options.halfLifeDays = parser.value(halfLife).toDouble(&okHalfLife);
    const double lookbackDays = parser.value(lookback).toDouble(&okLookback);
    const QString fmt = parser.value(format);
    const QString src = parser.value(source);
    const bool warehouse = sim::WarehouseConnection::isWarehouseUrl(src);
    if (parser.isSet(db) == warehouse || !sim::attributionModelFromName(parser.value(model), options.model) || !okOrder
        || !okBootstrap || !okSeed || !okHalfLife || !(options.halfLifeDays > 0 && std::isfinite(options.halfLifeDays))
        || !okLookback || !(lookbackDays > 0 && std::isfinite(lookbackDays))
        || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt)
        || (!src.isEmpty() && !warehouse && src != QLatin1String("events") && src != QLatin1String("paths"))) {
        err() << name << ": " << CmdSimAttributeTr::tr("need --db or --source postgres://…; --model %1; --order 1..4 or auto; --bootstrap 0..%2; "
                                    "--seed a whole number; --half-life and --lookback positive; "
                                    "--source events|paths|postgres://…; --format text|json|csv")
                                     .arg(sim::attributionModelNames().join(QLatin1Char('|')))
                                     .arg(sim::kMaxBootstrap)
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
    out() << renderAttribution(result, options,
                               warehouse ? QStringLiteral("warehouse") : fromPaths ? QStringLiteral("paths") : QStringLiteral("events"), fmt);
    return ExitOk;
}

const CommandRegistration registration{
    {"attribute", QT_TRANSLATE_NOOP("cli", "Attribute conversions to channels (first, last, linear, time-decay, position, markov)"), run}};

} // namespace
} // namespace omnimap::cli
