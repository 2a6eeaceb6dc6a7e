// omnimap-cli simulate: Monte Carlo flows of simulated customers per persona through
// the journey, under an optional what-if scenario, compared with the KPI targets.

#include "commandline.h"
#include "eventsourceoption.h"

#include "analyticwhatif.h"
#include "journeychain.h"
#include "journeyquery.h"
#include "kpimeasure.h"
#include "montecarlo.h"
#include "resulttable.h"
#include "scenarioeffects.h"

#include "format/projectfile.h"
#include "model/lookup.h"

#include <QJsonObject>

namespace omnimap::cli {
namespace {

struct CmdSimSimulateTr { Q_DECLARE_TR_FUNCTIONS(cli) };

const Persona *findPersona(const Project &project, const QString &key)
{
    if (const Persona *p = findById(project.personas, key))
        return p;
    for (const Persona &p : project.personas) {
        if (p.name.compare(key, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CmdSimSimulateTr::tr("Project file."));
    const QCommandLineOption db(QStringLiteral("db"), CmdSimSimulateTr::tr("Data set to calibrate from (without it: the plan's own structure)."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption customers(QStringLiteral("customers"), CmdSimSimulateTr::tr("Simulated customers per persona."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seed(QStringLiteral("seed"), CmdSimSimulateTr::tr("Random seed."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), CmdSimSimulateTr::tr("What-if scenario (name or id)."), QStringLiteral("NAME"));
    const QCommandLineOption journeyOption(QStringLiteral("journey"), CmdSimSimulateTr::tr("Journey id (default: the first)."), QStringLiteral("ID"));
    const QCommandLineOption personaOption(QStringLiteral("persona"), CmdSimSimulateTr::tr("Only this persona (name or id)."), QStringLiteral("PERSONA"));
    const QCommandLineOption threads(QStringLiteral("threads"), CmdSimSimulateTr::tr("Worker threads (0: all cores); results do not depend on it."), QStringLiteral("T"), QStringLiteral("0"));
    const QCommandLineOption minJourneys(QStringLiteral("min-journeys"), CmdSimSimulateTr::tr("Fewer journeys than this in the data: use the plan's structure."), QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption format(QStringLiteral("format"), CmdSimSimulateTr::tr("Output format: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption source(QStringLiteral("source"), CmdSimSimulateTr::tr("Warehouse to calibrate from instead of --db: postgres://… or clickhouse://user@host:8123/database?table=…"), QStringLiteral("URL"));
    parser.addOptions({db, customers, seed, scenario, journeyOption, personaOption, threads, minJourneys, format, source});
    const int early = parseCommandLine(parser, arguments, CmdSimSimulateTr::tr("Simulate customers per persona through the journey."), 1);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    sim::MonteCarloOptions mc;
    mc.customers = parser.value(customers).toLongLong(&ok1);
    const quint64 baseSeed = parser.value(seed).toULongLong(&ok2);
    mc.threads = parser.value(threads).toInt(&ok3);
    const int minimum = parser.value(minJourneys).toInt(&ok4);
    const QString fmt = parser.value(format);
    if (!ok1 || mc.customers < 1 || mc.customers > 1000000000 || !ok2 || !ok3 || mc.threads < 0 || !ok4
        || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt)
        || (parser.isSet(db) && parser.isSet(source))) {
        err() << name << ": " << CmdSimSimulateTr::tr("--db or --source, not both; --customers must be a positive count, --seed a number, --threads ≥ 0; --format text|json|csv") << '\n';
        return ExitUsage;
    }
    const QString projectPath = parser.positionalArguments().constFirst();
    const LoadResult loaded = loadProjectFile(projectPath);
    if (!loaded.ok()) {
        err() << loaded.errorString() << '\n';
        return ExitInvalid;
    }
    const Project &project = *loaded.project;
    const Journey *journey = parser.isSet(journeyOption) ? findById(project.journeys, parser.value(journeyOption))
                                                         : (project.journeys.isEmpty() ? nullptr : &project.journeys.first());
    if (!journey) {
        err() << projectPath << ": " << CmdSimSimulateTr::tr("no journey to simulate") << '\n';
        return ExitInvalid;
    }
    const Scenario *what = nullptr;
    if (parser.isSet(scenario)) {
        what = findById(project.scenarios, parser.value(scenario));
        for (const Scenario &s : project.scenarios) {
            if (!what && s.name.compare(parser.value(scenario), Qt::CaseInsensitive) == 0)
                what = &s;
        }
        if (!what) {
            err() << projectPath << ": " << CmdSimSimulateTr::tr("no scenario \"%1\"").arg(parser.value(scenario)) << '\n';
            return ExitInvalid;
        }
    }
    // Personas drawn on the journey, else all; none at all: every customer.
    std::vector<const Persona *> personas;
    if (parser.isSet(personaOption)) {
        const Persona *p = findPersona(project, parser.value(personaOption));
        if (!p) {
            err() << projectPath << ": " << CmdSimSimulateTr::tr("no persona \"%1\"").arg(parser.value(personaOption)) << '\n';
            return ExitInvalid;
        }
        personas.push_back(p);
    } else {
        for (const Persona &p : project.personas) {
            if (journey->personaIds.isEmpty() || journey->personaIds.contains(p.id))
                personas.push_back(&p);
        }
        if (personas.empty())
            personas.push_back(nullptr);
    }
    sim::DataSet dataSet;
    if (parser.isSet(db) && !dataSet.open(parser.value(db))) {
        err() << dataSet.errorString() << '\n';
        return ExitInvalid;
    }
    cli::OpenedSource warehouse;
    if (parser.isSet(source)) {
        QString error;
        if (!openEventSource(QString(), parser.value(source), warehouse, &error)) {
            err() << error << '\n';
            return ExitInvalid;
        }
    }

    sim::ResultTable summary, stages, kpis;
    summary.name = QStringLiteral("summary");
    summary.title = CmdSimSimulateTr::tr("Simulation of %1 customers per persona, seed %2%3")
                        .arg(qint64(mc.customers))
                        .arg(baseSeed)
                        .arg(what ? CmdSimSimulateTr::tr(", scenario \"%1\"").arg(what->name) : QString());
    summary.columns = {QStringLiteral("persona"), QStringLiteral("model"), QStringLiteral("conversions"), QStringLiteral("conversion_rate"),
                       QStringLiteral("ci_low"), QStringLiteral("ci_high"), QStringLiteral("baseline_rate"), QStringLiteral("analytic_rate"),
                       QStringLiteral("revenue_per_customer"), QStringLiteral("time_to_convert_days")};
    stages.name = QStringLiteral("stages");
    stages.title = CmdSimSimulateTr::tr("Stage reach and drop-off");
    stages.columns = {QStringLiteral("persona"), QStringLiteral("stage"), QStringLiteral("reach"), QStringLiteral("ci_low"),
                      QStringLiteral("ci_high"), QStringLiteral("drop_off")};
    kpis.name = QStringLiteral("kpis");
    kpis.title = CmdSimSimulateTr::tr("KPIs: simulated vs target (on track: met; at risk: within 10 %; off track: worse)");
    kpis.columns = {QStringLiteral("persona"), QStringLiteral("kpi"), QStringLiteral("simulated"), QStringLiteral("target"), QStringLiteral("status")};

    for (std::size_t i = 0; i < personas.size(); ++i) {
        const Persona *persona = personas[i];
        const QString label = persona ? persona->name : CmdSimSimulateTr::tr("(all customers)");
        sim::JourneyChain chain;
        bool calibrated = false;
        if (dataSet.isOpen()) {
            sim::JourneyQuery query;
            if (persona)
                query.segment = persona->segmentRule;
            sim::JourneyQueryResult result;
            QString error;
            if (!sim::runJourneyQuery(dataSet, query, result, &error)) {
                err() << parser.value(db) << ": " << error << '\n';
                return ExitInvalid;
            }
            if (std::int64_t(result.journeys->size()) >= minimum) {
                chain = sim::chainFromJourneys(*result.journeys, *result.events, *journey, result.options);
                calibrated = true;
            }
        } else if (warehouse.source) {
            // The warehouse counts the chain's transitions itself; only the counts travel.
            sim::JourneyQuery query;
            if (persona)
                query.segment = persona->segmentRule;
            sim::JourneyChain fitted;
            QString error;
            if (!warehouse.source->journeyChain(query, *journey, fitted, &error)) {
                err() << warehouse.label << ": " << error << '\n';
                return ExitInvalid;
            }
            if (fitted.calibrationJourneys >= minimum) {
                chain = fitted;
                calibrated = true;
            }
        }
        if (!calibrated)
            chain = sim::chainFromPlan(project, *journey, persona);
        mc.seed = baseSeed + i; // an independent stream per persona, reproducible
        const sim::MonteCarloResult baseline = sim::simulateMonteCarlo(chain, mc);
        sim::MonteCarloResult result = baseline;
        if (what) {
            for (const QString &warning : sim::applyScenario(chain, project, *what))
                err() << warning << '\n';
            result = sim::simulateMonteCarlo(chain, mc);
        }
        const sim::AnalyticResult exact = sim::analyseChain(chain);
        summary.addRow({label, chain.source, qint64(result.conversions), result.conversionRate.value, result.conversionRate.low,
                        result.conversionRate.high, baseline.conversionRate.value,
                        exact.ok ? QVariant(exact.conversionProbability) : QVariant(QString()),
                        result.revenuePerCustomer.value, result.timeToConvertDays.value});
        for (qsizetype s = 0; s < result.stages.size() && std::size_t(s) < result.stageReachRate.size(); ++s) {
            const sim::Estimate &reach = result.stageReachRate[std::size_t(s)];
            stages.addRow({label, result.stages.at(s), reach.value, reach.low, reach.high, result.stageDropOff[std::size_t(s)]});
        }
        for (const sim::KpiValue &k : sim::simulatedKpis(project, *journey, chain, result)) {
            const Kpi *kpi = findById(project.kpis, k.kpiId);
            kpis.addRow({label, k.name, k.measured ? QVariant(k.value) : QVariant(k.note),
                         kpi && kpi->target ? QVariant(*kpi->target) : QVariant(QString()), sim::kpiStatusName(k.status)});
        }
    }
    out() << sim::renderTables({summary, stages, kpis}, fmt,
                               QJsonObject{{QStringLiteral("seed"), QString::number(baseSeed)},
                                           {QStringLiteral("customers"), double(mc.customers)},
                                           {QStringLiteral("scenario"), what ? what->name : QString()}});
    return ExitOk;
}

const CommandRegistration registration{
    {"simulate", QT_TRANSLATE_NOOP("cli", "Monte Carlo simulation of personas through a journey, with what-if scenarios"), run}};

} // namespace
} // namespace omnimap::cli
