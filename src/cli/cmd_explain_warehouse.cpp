// omnimap-cli explain-warehouse: the SQL Omnimap sends to a warehouse and the server's
// plan for it, for a database administrator to review before granting access.

#include "commandline.h"
#include "eventsourceoption.h"

#include "cheventsource.h"
#include "pgeventsource.h"


namespace omnimap::cli {
namespace {

struct CmdExplainWarehouseTr { Q_DECLARE_TR_FUNCTIONS(cli) };

/// Every push-down statement Omnimap sends, with its title; PostgreSQL's and ClickHouse's
/// generators have the same methods (their statements differ in type: with or without
/// bound values).
template <typename Pushdown>
auto reviewedStatements(const Pushdown &sql)
{
    using Statement = decltype(sql.journeys());
    return std::vector<std::pair<QString, Statement>>{
        {CmdExplainWarehouseTr::tr("Journeys: paths at both levels and time to convert"), sql.journeys()},
        {CmdExplainWarehouseTr::tr("Funnel: customers per stage"), sql.stageCustomers()},
        {CmdExplainWarehouseTr::tr("Time-decay attribution credits"), sql.timeDecayCredits(7.0)},
        {CmdExplainWarehouseTr::tr("Simulation chain: cells and transitions"), sql.chainCells()},
        {CmdExplainWarehouseTr::tr("Simulation chain: event types per cell"), sql.chainEventTypes()},
        {CmdExplainWarehouseTr::tr("KPI counts"),
         sql.countEvents({sim::EventFilter{QStringLiteral("purchase"), {}, {}, 30}}, 1704067200000)}};
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption source(QStringLiteral("source"), CmdExplainWarehouseTr::tr("Warehouse: postgres://… or clickhouse://user@host:8123/database?table=…"), QStringLiteral("URL"));
    const QCommandLineOption analyze(QStringLiteral("analyze"), CmdExplainWarehouseTr::tr("Run the queries (EXPLAIN ANALYZE) to show real row counts."));
    parser.addOptions({source, analyze});
    const int early = parseCommandLine(parser, arguments, CmdExplainWarehouseTr::tr("Show the push-down SQL and the warehouse's plan for each query."), 0);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    if (!parser.isSet(source)) {
        err() << name << ": " << CmdExplainWarehouseTr::tr("need --source postgres://… or clickhouse://…") << '\n';
        return ExitUsage;
    }
    OpenedSource opened;
    QString error;
    if (!openEventSource(QString(), parser.value(source), opened, &error)) {
        err() << error << '\n';
        return ExitInvalid;
    }
    if (auto *ch = dynamic_cast<sim::ChEventSource *>(opened.source.get())) {
        // ClickHouse 18.16 has no EXPLAIN: the statements as sent, for review.
        const auto statements = reviewedStatements(sim::ChPushdown(ch->columns(), sim::JourneyQuery()));
        out() << "<!-- ClickHouse " << ch->serverVersion() << " -->\n\n";
        for (const auto &[title, statement] : statements)
            out() << "## " << title << "\n\n```sql\n" << statement << "\n```\n\n";
        return ExitOk;
    }
    auto *pg = static_cast<sim::PgEventSource *>(opened.source.get());
    const auto statements = reviewedStatements(sim::PgPushdown(pg->columns(), sim::JourneyQuery()));
    for (const auto &[title, statement] : statements) {
        QString plan;
        if (!pg->explain(statement, parser.isSet(analyze), plan, &error)) {
            err() << opened.label << ": " << error << '\n';
            return ExitInvalid;
        }
        out() << "## " << title << "\n\n```sql\n" << statement.sql << "\n```\n\n```\n" << plan << "\n```\n\n";
    }
    return ExitOk;
}

const CommandRegistration registration{
    {"explain-warehouse", QT_TRANSLATE_NOOP("cli", "Show the SQL sent to a warehouse and the server's plan for it"), run}};

} // namespace
} // namespace omnimap::cli
