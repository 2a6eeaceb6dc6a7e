#include "simulationsummary.h"

#include "model/scenario.h"

namespace omnimap {
namespace {

using json = nlohmann::json;

std::string s(const QString &text)
{
    return text.toStdString();
}

QString q(const json &object, const char *key)
{
    const auto it = object.find(key);
    return (it != object.end() && it->is_string()) ? QString::fromStdString(it->get<std::string>()) : QString();
}

double d(const json &object, const char *key)
{
    const auto it = object.find(key);
    return (it != object.end() && it->is_number()) ? it->get<double>() : 0.0;
}

template<typename T>
json list(const QList<T> &values)
{
    json array = json::array();
    for (const T &v : values)
        array.push_back(v);
    return array;
}

template<typename T>
QList<T> readList(const json &object, const char *key)
{
    QList<T> values;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array())
        return values;
    for (const json &v : *it) {
        if (v.is_number())
            values.append(v.get<T>());
    }
    return values;
}

QStringList readStrings(const json &object, const char *key)
{
    QStringList values;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array())
        return values;
    for (const json &v : *it) {
        if (v.is_string())
            values.append(QString::fromStdString(v.get<std::string>()));
    }
    return values;
}

json strings(const QStringList &values)
{
    json array = json::array();
    for (const QString &v : values)
        array.push_back(s(v));
    return array;
}

const json &member(const json &object, const char *key)
{
    static const json empty = json::object();
    const auto it = object.find(key);
    return (it != object.end() && it->is_object()) ? *it : empty;
}

const json &array(const json &object, const char *key)
{
    static const json empty = json::array();
    const auto it = object.find(key);
    return (it != object.end() && it->is_array()) ? *it : empty;
}

} // namespace

json SimulationSummary::toJson() const
{
    json cellArray = json::array();
    for (const Cell &c : cells)
        cellArray.push_back({{"stage", s(c.stage)}, {"channel", s(c.channel)}, {"visits", c.visits}, {"conversions", c.conversions}});
    json flowArray = json::array();
    for (const Flow &f : flows) {
        flowArray.push_back({{"fromStage", s(f.fromStage)}, {"fromChannel", s(f.fromChannel)}, {"toStage", s(f.toStage)},
                             {"toChannel", s(f.toChannel)}, {"customers", f.customers}});
    }
    json kpiArray = json::array();
    for (const KpiOutcome &k : kpis) {
        kpiArray.push_back({{"kpiId", s(k.kpiId)}, {"name", s(k.name)}, {"measured", k.measured}, {"value", k.value},
                            {"status", s(k.status)}});
    }
    return {{"source", s(source)},
            {"customers", customers},
            {"seed", seed},
            {"conversions", conversions},
            {"conversionRate", conversionRate},
            {"conversionLow", conversionLow},
            {"conversionHigh", conversionHigh},
            {"revenuePerCustomer", revenuePerCustomer},
            {"timeToConvertDays", timeToConvertDays},
            {"stages", strings(stages)},
            {"stageReach", list(stageReach)},
            {"stageDropOff", list(stageDropOff)},
            {"timeHistogram", list(timeHistogram)},
            {"timeBinEdges", list(timeBinEdges)},
            {"cells", cellArray},
            {"flows", flowArray},
            {"kpis", kpiArray},
            {"warnings", strings(warnings)}};
}

SimulationSummary SimulationSummary::fromJson(const json &object)
{
    SimulationSummary r;
    if (!object.is_object())
        return r;
    r.source = q(object, "source");
    r.customers = qint64(d(object, "customers"));
    r.seed = quint64(d(object, "seed"));
    r.conversions = qint64(d(object, "conversions"));
    r.conversionRate = d(object, "conversionRate");
    r.conversionLow = d(object, "conversionLow");
    r.conversionHigh = d(object, "conversionHigh");
    r.revenuePerCustomer = d(object, "revenuePerCustomer");
    r.timeToConvertDays = d(object, "timeToConvertDays");
    r.stages = readStrings(object, "stages");
    r.stageReach = readList<double>(object, "stageReach");
    r.stageDropOff = readList<double>(object, "stageDropOff");
    r.timeHistogram = readList<qint64>(object, "timeHistogram");
    r.timeBinEdges = readList<double>(object, "timeBinEdges");
    r.warnings = readStrings(object, "warnings");
    for (const json &c : array(object, "cells")) {
        if (c.is_object())
            r.cells.append({q(c, "stage"), q(c, "channel"), d(c, "visits"), d(c, "conversions")});
    }
    for (const json &f : array(object, "flows")) {
        if (f.is_object())
            r.flows.append({q(f, "fromStage"), q(f, "fromChannel"), q(f, "toStage"), q(f, "toChannel"), d(f, "customers")});
    }
    for (const json &k : array(object, "kpis")) {
        if (!k.is_object())
            continue;
        const auto measured = k.find("measured");
        r.kpis.append({q(k, "kpiId"), q(k, "name"), measured != k.end() && measured->is_boolean() && measured->get<bool>(),
                       d(k, "value"), q(k, "status")});
    }
    return r;
}

json ScenarioRecord::toJson() const
{
    return {{"fingerprint", s(fingerprint)}, {"dataSetPath", s(dataSetPath)}, {"computedAt", s(computedAt)},
            {"personaId", s(personaId)}, {"inputs", inputs}, {"baseline", baseline.toJson()},
            {"scenario", scenario.toJson()}};
}

ScenarioRecord ScenarioRecord::fromJson(const json &object)
{
    ScenarioRecord r;
    if (!object.is_object())
        return r;
    r.fingerprint = q(object, "fingerprint");
    r.dataSetPath = q(object, "dataSetPath");
    r.computedAt = q(object, "computedAt");
    r.personaId = q(object, "personaId");
    r.inputs = array(object, "inputs");
    r.baseline = SimulationSummary::fromJson(member(object, "baseline"));
    r.scenario = SimulationSummary::fromJson(member(object, "scenario"));
    return r;
}

json modifiersToJson(const QList<ScenarioModifier> &modifiers)
{
    json array = json::array();
    for (const ScenarioModifier &m : modifiers)
        array.push_back({{"kind", int(m.kind)}, {"channelId", s(m.channelId)}, {"targetChannelId", s(m.targetChannelId)},
                         {"value", m.value}});
    return array;
}

} // namespace omnimap
