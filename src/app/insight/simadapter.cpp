#include "simadapter.h"

#include "model/lookup.h"
#include "sim/analyticwhatif.h"
#include "sim/dataset.h"
#include "sim/eventimporter.h"
#include "sim/journeychain.h"
#include "sim/journeyquery.h"
#include "sim/montecarlo.h"
#include "sim/pgeventsource.h"
#include "sim/warehousesource.h"
#include "sim/sqliteeventsource.h"
#include "sim/pathset.h"
#include "sim/samplegenerator.h"
#include "sim/scenarioeffects.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <map>
#include <mutex>

namespace omnimap::insight {
namespace {

struct SimadapterTr { Q_DECLARE_TR_FUNCTIONS(omnimap::insight::SimAdapter) };

// The engine keeps its journey cache in a process-wide table without a lock of its own.
std::mutex &engineLock()
{
    static std::mutex lock;
    return lock;
}

QString fingerprintOf(sim::DataSet &dataSet)
{
    return QStringLiteral("g%1-e%2-c%3-p%4")
        .arg(dataSet.generation())
        .arg(dataSet.eventCount())
        .arg(dataSet.customerCount())
        .arg(dataSet.pathCount());
}

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

} // namespace

namespace {

/// The names a dimension column uses, most used first (id 0 is "none").
template<typename Ids>
QStringList namesByFrequency(const QStringList &names, const Ids &ids)
{
    std::vector<qint64> counts(std::size_t(names.size()), 0);
    for (const auto id : ids)
        if (std::size_t(id) < counts.size())
            ++counts[std::size_t(id)];
    std::vector<int> order;
    for (int i = 1; i < int(counts.size()); ++i)
        if (counts[std::size_t(i)] > 0 && !names.at(i).isEmpty())
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return counts[std::size_t(a)] > counts[std::size_t(b)]; });
    QStringList result;
    for (int i : order)
        result.append(names.at(i));
    return result;
}

} // namespace

DataSetInfo readDataSetInfo(const QString &path, const QString &password)
{
    DataSetInfo info;
    info.path = path;
    if (sim::WarehouseConnection::isWarehouseUrl(path)) {
        // A warehouse: connect and check the mapping; counting its rows could take
        // minutes, so the planner's estimate stands in.
        sim::WarehouseConnection connection;
        sim::OpenedWarehouse source;
        if (!sim::WarehouseConnection::fromUrl(path, connection, &info.error)
            || !sim::openWarehouse(connection, password, nullptr, source, &info.error))
            return info;
        info.events = source.rows(&info.error);
        info.fingerprint = QStringLiteral("warehouse");
        info.ok = true;
        return info;
    }
    std::lock_guard<std::mutex> guard(engineLock());
    sim::DataSet dataSet;
    if (!dataSet.open(path)) {
        info.error = dataSet.errorString();
        return info;
    }
    info.fingerprint = fingerprintOf(dataSet);
    info.customers = dataSet.customerCount();
    info.events = dataSet.eventCount();
    info.paths = dataSet.pathCount();
    QString error;
    const sim::EventColumnsPtr events = sim::cachedEventColumns(dataSet, &error);
    if (!events) {
        info.error = error;
        return info;
    }
    if (events->size() > 0) {
        const auto [lo, hi] = std::minmax_element(events->ts.begin(), events->ts.end());
        info.first = QDateTime::fromMSecsSinceEpoch(*lo, Qt::UTC);
        info.last = QDateTime::fromMSecsSinceEpoch(*hi, Qt::UTC);
    }
    std::vector<qint64> counts(std::size_t(events->channelNames.size()), 0);
    for (std::uint16_t c : events->channel) {
        if (c < counts.size())
            ++counts[c];
    }
    std::vector<int> order;
    for (int c = 1; c < int(counts.size()); ++c) {
        if (counts[std::size_t(c)] > 0)
            order.push_back(c);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return counts[std::size_t(a)] > counts[std::size_t(b)]; });
    for (int c : order) {
        info.channels.append(events->channelNames.at(c));
        info.channelEvents.append(counts[std::size_t(c)]);
    }
    info.eventTypes = namesByFrequency(events->eventTypeNames, events->eventType);
    info.stages = namesByFrequency(events->stageNames, events->stage);
    info.ok = true;
    return info;
}

QString createDataSet(const QString &path)
{
    std::lock_guard<std::mutex> guard(engineLock());
    sim::DataSet dataSet;
    const bool exists = QFileInfo::exists(path);
    if (!dataSet.open(path, exists ? sim::DataSet::OpenMode::ReadWrite : sim::DataSet::OpenMode::Create))
        return dataSet.errorString();
    return {};
}

sim::ImportResult importEvents(const QString &dataSetPath, const QString &csvPath, const sim::ImportOptions &options)
{
    // The import holds its own transaction; the lock only keeps cache readers out.
    std::lock_guard<std::mutex> guard(engineLock());
    sim::DataSet dataSet;
    if (!dataSet.open(dataSetPath)) {
        sim::ImportResult result;
        result.error = dataSet.errorString();
        return result;
    }
    return sim::importEventsCsv(dataSet, csvPath, options);
}

QStringList eventFieldNames()
{
    return sim::eventFields();
}

bool isRequiredEventField(const QString &field)
{
    return field == QLatin1String("customer") || field == QLatin1String("ts") || field == QLatin1String("event_type");
}

QHash<QString, QString> guessMapping(const QStringList &header)
{
    // Beyond the engine's own aliases, the spellings marketing exports commonly use.
    static const std::map<QString, QStringList> kGuesses = {
        {QStringLiteral("customer"), {QStringLiteral("customer"), QStringLiteral("customer_id"), QStringLiteral("user_id"),
                                      QStringLiteral("userid"), QStringLiteral("user"), QStringLiteral("member_id"),
                                      QStringLiteral("client_id"), QStringLiteral("고객"), QStringLiteral("고객id")}},
        {QStringLiteral("ts"), {QStringLiteral("ts"), QStringLiteral("timestamp"), QStringLiteral("event_time"), QStringLiteral("time"),
                                QStringLiteral("datetime"), QStringLiteral("date"), QStringLiteral("occurred_at"),
                                QStringLiteral("created_at"), QStringLiteral("일시"), QStringLiteral("시간")}},
        {QStringLiteral("channel"), {QStringLiteral("channel"), QStringLiteral("source"), QStringLiteral("medium"),
                                     QStringLiteral("utm_source"), QStringLiteral("채널")}},
        {QStringLiteral("touchpoint"), {QStringLiteral("touchpoint"), QStringLiteral("touch_point"), QStringLiteral("placement"),
                                        QStringLiteral("campaign"), QStringLiteral("접점")}},
        {QStringLiteral("stage"), {QStringLiteral("stage"), QStringLiteral("funnel_stage"), QStringLiteral("phase"), QStringLiteral("단계")}},
        {QStringLiteral("event_type"), {QStringLiteral("event_type"), QStringLiteral("event"), QStringLiteral("type"),
                                        QStringLiteral("action"), QStringLiteral("event_name"), QStringLiteral("이벤트")}},
        {QStringLiteral("revenue"), {QStringLiteral("revenue"), QStringLiteral("value"), QStringLiteral("amount"),
                                     QStringLiteral("order_value"), QStringLiteral("매출"), QStringLiteral("금액")}},
        {QStringLiteral("cost"), {QStringLiteral("cost"), QStringLiteral("spend"), QStringLiteral("비용")}},
        {QStringLiteral("age_band"), {QStringLiteral("age_band"), QStringLiteral("age"), QStringLiteral("age_group"), QStringLiteral("연령대")}},
        {QStringLiteral("gender"), {QStringLiteral("gender"), QStringLiteral("sex"), QStringLiteral("성별")}},
        {QStringLiteral("region"), {QStringLiteral("region"), QStringLiteral("city"), QStringLiteral("area"), QStringLiteral("지역")}},
        {QStringLiteral("signup_date"), {QStringLiteral("signup_date"), QStringLiteral("signup"), QStringLiteral("joined"),
                                         QStringLiteral("registered_at"), QStringLiteral("가입일")}},
    };
    QHash<QString, QString> mapping;
    QSet<QString> used;
    for (const QString &field : eventFieldNames()) {
        const auto it = kGuesses.find(field);
        const QStringList candidates = it != kGuesses.end() ? it->second : QStringList{field};
        for (const QString &candidate : candidates) {
            for (const QString &column : header) {
                const QString normal = column.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
                if (normal == candidate && !used.contains(column)) {
                    mapping.insert(field, column);
                    used.insert(column);
                    break;
                }
            }
            if (mapping.contains(field))
                break;
        }
    }
    return mapping;
}

QString generateSampleData(const QString &dataSetPath, const Project &project, const Id &journeyId, qint64 events,
                           quint64 seed, const sim::ProgressCallback &progress, const std::atomic<bool> *cancel)
{
    std::lock_guard<std::mutex> guard(engineLock());
    sim::DataSet dataSet;
    const bool exists = QFileInfo::exists(dataSetPath);
    if (!dataSet.open(dataSetPath, exists ? sim::DataSet::OpenMode::ReadWrite : sim::DataSet::OpenMode::Create))
        return dataSet.errorString();
    sim::GeneratorOptions options;
    options.events = events;
    options.seed = seed;
    options.journeyId = journeyId;
    options.progress = progress;
    options.cancel = cancel;
    const sim::GeneratorResult result = sim::generateSample(dataSet, project, options);
    if (cancelled(cancel))
        return SimadapterTr::tr("Cancelled; the data set was left as it was.");
    return result.ok ? QString() : result.error;
}

QString attributionModelTitle(sim::AttributionModel model)
{
    switch (model) {
    case sim::AttributionModel::FirstTouch: return SimadapterTr::tr("First touch");
    case sim::AttributionModel::LastTouch: return SimadapterTr::tr("Last touch");
    case sim::AttributionModel::Linear: return SimadapterTr::tr("Linear");
    case sim::AttributionModel::TimeDecay: return SimadapterTr::tr("Time decay");
    case sim::AttributionModel::PositionBased: return SimadapterTr::tr("Position-based");
    case sim::AttributionModel::Markov: return SimadapterTr::tr("Markov (removal effect)");
    }
    return {};
}

DashboardData computeDashboard(const Project &project, const DashboardQuery &query, const std::atomic<bool> *cancel,
                               const std::function<void(DashboardStep step)> &starting)
{
    DashboardData data;
    auto step = [&starting](DashboardStep s) {
        if (starting)
            starting(s);
    };
    step(DashboardStep::Connect);
    const Journey *journey = findById(project.journeys, query.journeyId);
    // The same aggregates from either kind of source (sim/eventsource.h): the local data
    // set builds the journeys in memory, a warehouse in SQL.
    std::unique_ptr<sim::EventSource> source;
    sim::DataSet dataSet;
    std::unique_lock<std::mutex> guard(engineLock(), std::defer_lock);
    if (sim::WarehouseConnection::isWarehouseUrl(query.dataSetPath)) {
        sim::WarehouseConnection connection;
        sim::OpenedWarehouse warehouse;
        if (!sim::WarehouseConnection::fromUrl(query.dataSetPath, connection, &data.error)
            || !sim::openWarehouse(connection, query.password, cancel, warehouse, &data.error))
            return data;
        data.fingerprint = QStringLiteral("warehouse");
        source = std::move(warehouse.source);
    } else {
        guard.lock();
        if (!dataSet.open(query.dataSetPath)) {
            data.error = dataSet.errorString();
            return data;
        }
        data.fingerprint = fingerprintOf(dataSet);
        source = std::make_unique<sim::SqliteEventSource>(dataSet);
    }
    sim::JourneyQuery jq;
    if (const Persona *persona = findById(project.personas, query.personaId))
        jq.segment = persona->segmentRule;
    jq.fromMs = query.fromMs;
    jq.toMs = query.toMs;
    QStringList stageOrder;
    if (journey) {
        for (const Stage &stage : journey->stages)
            stageOrder.append(stage.name);
    }
    sim::PathAggregate paths;
    sim::StageCounts stages;
    step(DashboardStep::Paths);
    if (!source->paths(jq, sim::PathLevel::Channel, paths, &data.error) || cancelled(cancel))
        return data;
    step(DashboardStep::Funnel);
    if (!source->stageCustomers(jq, stages, &data.error) || cancelled(cancel)
        || !source->timeToConvert(jq, data.timeToConvert, &data.error) || cancelled(cancel))
        return data;
    step(DashboardStep::Attribution);
    data.summary = paths.summary;
    data.topPaths = sim::rankPaths(paths.paths, query.topPaths, paths.names);
    data.funnel = sim::funnelFromCounts(stages, stageOrder);
    data.transitions = sim::transitionsFromPaths(paths);
    for (sim::AttributionModel model : {sim::AttributionModel::FirstTouch, sim::AttributionModel::LastTouch,
                                        sim::AttributionModel::Linear, sim::AttributionModel::TimeDecay,
                                        sim::AttributionModel::PositionBased, sim::AttributionModel::Markov}) {
        sim::AttributionOptions options;
        options.model = model;
        options.markovOrder = query.markovOrder;
        options.collapseRepeats = query.collapseRepeats;
        options.bootstrap = query.bootstrap;
        options.seed = query.seed;
        options.cancel = cancel;
        sim::AttributionResult result;
        QString error;
        source->attribute(jq, options, result, &error);
        if (!result.ok && result.error.isEmpty())
            result.error = error;
        data.attribution.push_back(result);
        if (cancelled(cancel))
            return data;
    }
    step(DashboardStep::Kpis);
    if (!sim::measureKpis(project, *source, data.kpis, &data.error))
        return data;
    // KPIs over time over the same date range (toMs is exclusive here, inclusive there);
    // a source that cannot count by period leaves the other charts standing.
    sim::TrendRange range{query.fromMs, query.toMs ? std::optional<qint64>(*query.toMs - 1) : std::nullopt};
    if (!sim::measureKpiTrends(project, *source, query.trendPeriod, range, data.trends, &data.trendsError))
        data.trends = sim::KpiTrends();
    if (cancelled(cancel))
        return data;
    data.ok = true;
    return data;
}

namespace {

SimulationSummary summarise(const sim::JourneyChain &chain, const sim::MonteCarloResult &mc, const Project &project,
                            const Journey &journey)
{
    SimulationSummary s;
    s.source = chain.source;
    s.customers = mc.customers;
    s.conversions = mc.conversions;
    s.conversionRate = mc.conversionRate.value;
    s.conversionLow = mc.conversionRate.low;
    s.conversionHigh = mc.conversionRate.high;
    s.revenuePerCustomer = mc.revenuePerCustomer.value;
    s.timeToConvertDays = mc.timeToConvertDays.value;
    s.stages = mc.stages;
    for (const sim::Estimate &e : mc.stageReachRate)
        s.stageReach.append(e.value);
    for (double v : mc.stageDropOff)
        s.stageDropOff.append(v);
    for (std::int64_t v : mc.timeToConvertHistogram)
        s.timeHistogram.append(v);
    for (double v : sim::timeToConvertBinEdges())
        s.timeBinEdges.append(v);
    for (int i = 0; i < chain.size(); ++i) {
        const auto &state = chain.states[std::size_t(i)];
        const double visits = i < int(mc.stateVisits.size()) ? double(mc.stateVisits[std::size_t(i)]) : 0.0;
        const double conversions = i < int(mc.stateConversions.size()) ? double(mc.stateConversions[std::size_t(i)]) : 0.0;
        s.cells.append({state.stage, state.channel, visits, conversions});
        // Expected movements out of the cell; tiny ones are noise on the map.
        for (int j = 0; j < chain.size(); ++j) {
            const double flow = visits * chain.p(i, j);
            if (i != j && flow >= 0.001 * double(mc.customers)) {
                const auto &to = chain.states[std::size_t(j)];
                s.flows.append({state.stage, state.channel, to.stage, to.channel, flow});
            }
        }
    }
    for (const sim::KpiValue &k : sim::simulatedKpis(project, journey, chain, mc))
        s.kpis.append({k.kpiId, k.name, k.measured, k.value, sim::kpiStatusName(k.status)});
    return s;
}

} // namespace

ScenarioRunOutput runScenario(const ScenarioRunInput &input, const std::function<void(int percent)> &progress,
                              const std::atomic<bool> *cancel)
{
    ScenarioRunOutput out;
    const Journey *journey = findById(input.project.journeys, input.journeyId);
    if (!journey) {
        out.error = SimadapterTr::tr("The scenario has no journey to simulate.");
        return out;
    }
    const Persona *persona = findById(input.project.personas, input.scenario.personaId);
    if (progress)
        progress(2);
    sim::JourneyChain chain;
    bool calibrated = false;
    ScenarioRecord &record = out.record;
    if (sim::WarehouseConnection::isWarehouseUrl(input.dataSetPath)) {
        // Calibrated on the warehouse: it counts the chain's transitions in SQL.
        sim::WarehouseConnection connection;
        sim::OpenedWarehouse source;
        sim::JourneyQuery query;
        if (persona)
            query.segment = persona->segmentRule;
        sim::JourneyChain fitted;
        if (!sim::WarehouseConnection::fromUrl(input.dataSetPath, connection, &out.error)
            || !sim::openWarehouse(connection, input.password, cancel, source, &out.error)
            || !source.source->journeyChain(query, *journey, fitted, &out.error))
            return out;
        record.fingerprint = QStringLiteral("warehouse");
        record.dataSetPath = input.dataSetPath;
        if (fitted.calibrationJourneys >= input.minJourneys) {
            chain = fitted;
            calibrated = true;
        }
    } else {
        std::lock_guard<std::mutex> guard(engineLock());
        if (!input.dataSetPath.isEmpty()) {
            sim::DataSet dataSet;
            if (!dataSet.open(input.dataSetPath)) {
                out.error = dataSet.errorString();
                return out;
            }
            record.fingerprint = fingerprintOf(dataSet);
            record.dataSetPath = input.dataSetPath;
            sim::JourneyQuery query;
            if (persona)
                query.segment = persona->segmentRule;
            sim::JourneyQueryResult result;
            QString error;
            if (!sim::runJourneyQuery(dataSet, query, result, &error)) {
                out.error = error;
                return out;
            }
            if (std::int64_t(result.journeys->size()) >= input.minJourneys) {
                chain = sim::chainFromJourneys(*result.journeys, *result.events, *journey, result.options);
                calibrated = true;
            }
        }
    }
    if (!calibrated)
        chain = sim::chainFromPlan(input.project, *journey, persona);
    if (progress)
        progress(10);
    sim::MonteCarloOptions mc;
    mc.customers = input.customers;
    mc.seed = input.seed;
    mc.threads = std::max(1, QThread::idealThreadCount() - 1); // leave a core to the GUI
    mc.cancel = cancel;
    const sim::MonteCarloResult baseline = sim::simulateMonteCarlo(chain, mc);
    if (baseline.cancelled || cancelled(cancel)) {
        out.cancelled = true;
        return out;
    }
    if (progress)
        progress(50);
    record.baseline = summarise(chain, baseline, input.project, *journey);
    sim::JourneyChain changed = chain;
    const QStringList warnings = sim::applyScenario(changed, input.project, input.scenario);
    const sim::MonteCarloResult scenario = sim::simulateMonteCarlo(changed, mc);
    if (scenario.cancelled || cancelled(cancel)) {
        out.cancelled = true;
        return out;
    }
    record.scenario = summarise(changed, scenario, input.project, *journey);
    record.scenario.warnings = warnings;
    record.baseline.seed = record.scenario.seed = input.seed;
    record.personaId = input.scenario.personaId;
    record.inputs = modifiersToJson(input.scenario.modifiers);
    record.computedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (progress)
        progress(100);
    out.ok = true;
    return out;
}

} // namespace omnimap::insight

#include "sim/csvreader.h"

namespace omnimap::insight {

CsvPreview previewCsv(const QString &csvPath, int rows)
{
    CsvPreview preview;
    sim::CsvReader reader;
    if (!reader.open(csvPath)) {
        preview.error = reader.errorString();
        return preview;
    }
    auto record = [&reader] {
        QStringList fields;
        for (int i = 0; i < reader.fieldCount(); ++i) {
            const std::string_view f = reader.field(i);
            fields.append(QString::fromUtf8(f.data(), qsizetype(f.size())));
        }
        return fields;
    };
    if (!reader.readRecord()) {
        preview.error = reader.hasError() ? reader.errorString() : SimadapterTr::tr("The file is empty.");
        return preview;
    }
    preview.header = record();
    const std::int64_t headerBytes = reader.bytesConsumed();
    while (preview.rows.size() < rows && reader.readRecord())
        preview.rows.append(record());
    if (reader.hasError()) {
        preview.error = SimadapterTr::tr("line %1, column %2: %3").arg(reader.errorLine()).arg(reader.errorColumn()).arg(reader.errorString());
        return preview;
    }
    preview.totalBytes = reader.totalBytes();
    const std::int64_t body = reader.bytesConsumed() - headerBytes;
    preview.bytesPerRow = preview.rows.isEmpty() ? 64.0 : std::max(1.0, double(body) / double(preview.rows.size()));
    preview.ok = true;
    return preview;
}

} // namespace omnimap::insight
