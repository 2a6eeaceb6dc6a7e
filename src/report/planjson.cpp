#include "planjson.h"

#include "model/campaigncomparison.h"
#include "plan/kpihistory.h"

#include "model/enumnames.h"
#include "planjsonfeedback.h"
#include "reportdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cmath>

namespace omnimap::PlanJson {

namespace {

using Json = nlohmann::ordered_json;

std::string s(const QString &text)
{
    return text.toStdString();
}

Json strings(const QStringList &list)
{
    Json array = Json::array();
    for (const QString &item : list)
        array.push_back(s(item));
    return array;
}

Json number(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return nullptr;
    return *value;
}

Json ref(const Id &id)
{
    return id.isEmpty() ? Json(nullptr) : Json(s(id));
}

template<typename E>
std::string name(E value)
{
    return enumName(value);
}

Json personaJson(const Persona &p)
{
    Json preferred = Json::array();
    for (const ChannelPreference &c : p.preferredChannels)
        preferred.push_back({{"channelId", s(c.channelId)}, {"weight", c.weight}});
    return {{"id", s(p.id)},           {"name", s(p.name)},         {"segment", s(p.segment)},
            {"scenario", s(p.scenario)}, {"quote", s(p.quote)},       {"ageBand", s(p.ageBand)},
            {"location", s(p.location)}, {"occupation", s(p.occupation)}, {"goals", strings(p.goals)},
            {"motivations", strings(p.motivations)}, {"painPoints", strings(p.painPoints)},
            {"preferredChannels", preferred}, {"ownerDepartmentId", ref(p.ownerDepartmentId)}};
}

Json experimentJson(const std::optional<Experiment> &x)
{
    if (!x)
        return nullptr;
    Json variants = Json::array();
    for (const ExperimentVariant &v : x->variants)
        variants.push_back({{"id", s(v.id)}, {"label", s(v.label)}, {"description", s(v.description)}, {"split", v.splitPercent}});
    return {{"id", s(x->id)},
            {"name", s(x->name)},
            {"hypothesis", s(x->hypothesis)},
            {"variants", variants},
            {"primaryKpiId", ref(x->primaryKpiId)},
            {"guardrailKpiIds", strings(x->guardrailKpiIds)},
            {"minimumDetectableEffect", x->minimumDetectableEffect},
            {"alpha", x->alpha},
            {"power", x->power},
            {"start", ref(x->start)},
            {"end", ref(x->end)}};
}

Json journeyJson(const Project &project, const Journey &j)
{
    Json stages = Json::array();
    for (qsizetype i = 0; i < j.stages.size(); ++i) {
        const Stage &st = j.stages.at(i);
        Json emotions = Json::array();
        for (const EmotionScore &e : st.emotions)
            emotions.push_back({{"personaId", s(e.personaId)}, {"asIs", e.asIs}, {"toBe", number(e.toBe)}});
        stages.push_back({{"id", s(st.id)},
                          {"index", i},
                          {"name", s(st.name)},
                          {"goal", s(st.goal)},
                          {"actions", strings(st.actions)},
                          {"thoughts", strings(st.thoughts)},
                          {"painPoints", strings(st.painPoints)},
                          {"opportunities", strings(st.opportunities)},
                          {"emotions", emotions}});
    }
    Json touchpoints = Json::array();
    for (const Touchpoint &t : j.touchpoints) {
        Json kpis = Json::array();
        for (const Kpi &k : project.kpis) {
            if (k.touchpointIds.contains(t.id))
                kpis.push_back(s(k.id));
        }
        touchpoints.push_back({{"id", s(t.id)},
                               {"stageId", s(t.stageId)},
                               {"channelId", s(t.channelId)},
                               {"order", t.order},
                               {"title", s(t.title)},
                               {"description", s(t.description)},
                               {"message", s(t.message)},
                               {"tags", strings(t.tags)},
                               {"momentOfTruth", t.momentOfTruth},
                               {"promotion", t.promotion},
                               {"ownerDepartmentId", ref(t.ownerDepartmentId)},
                               {"review", name(t.review.status)},
                               {"kpiIds", kpis},
                               {"experiment", experimentJson(t.experiment)}});
    }
    Json handoffs = Json::array();
    for (const Handoff &h : j.handoffs)
        handoffs.push_back({{"id", s(h.id)}, {"from", s(h.fromTouchpointId)}, {"to", s(h.toTouchpointId)},
                            {"label", s(h.label)}, {"experiment", experimentJson(h.experiment)}});
    Json roles = Json::array();
    for (const ChannelRole &r : j.roles)
        roles.push_back({{"stageId", s(r.stageId)}, {"channelId", s(r.channelId)}, {"level", name(r.level)},
                         {"purpose", s(r.purpose)}, {"ownerDepartmentId", ref(r.ownerDepartmentId)}});
    return {{"id", s(j.id)},
            {"name", s(j.name)},
            {"description", s(j.description)},
            {"personaIds", strings(j.personaIds)},
            {"channelIds", strings(j.channelIds)},
            {"stages", stages},
            {"touchpoints", touchpoints},
            {"handoffs", handoffs},
            {"roles", roles},
            {"review", name(j.review.status)}};
}

/// Recorded measurements in date order (format version 3 of the plan file).
Json historyJson(const Kpi &k)
{
    Json history = Json::array();
    for (const KpiMeasurement &m : historyByDate(k))
        history.push_back({{"id", s(m.id)},
                           {"date", s(m.date)},
                           {"actual", m.actual},
                           {"note", s(m.note)},
                           {"periodStart", m.periodStart.isEmpty() ? Json(nullptr) : Json(s(m.periodStart))},
                           {"source", s(m.source)}});
    return history;
}

/// How the last recorded value moved since the one before: null with fewer than two.
Json movementJson(const Kpi &k)
{
    const KpiHistorySummary h = summariseHistory(k);
    if (h.movement == KpiMovement::None)
        return nullptr;
    return {{"direction", s(movementKey(h.movement))},
            {"change", number(h.change)},
            {"better", h.better ? Json(*h.better) : Json(nullptr)}};
}

Json kpiJson(const Project &project, const Kpi &k)
{
    return {{"id", s(k.id)},
            {"name", s(k.name)},
            {"libraryKey", s(k.libraryKey)},
            {"unit", name(k.unit)},
            {"currency", s(k.currency)},
            {"direction", name(k.direction)},
            {"scope",
             {{"journeyId", ref(k.journeyId)},
              {"stageId", ref(k.stageId)},
              {"channelId", ref(k.channelId)},
              {"touchpointIds", strings(k.touchpointIds)},
              {"label", s(ReportData::kpiScope(project, k))}}},
            {"baseline", number(k.baseline)},
            {"target", number(k.target)},
            {"measured", number(k.actual)},
            {"simulated", number(k.simulated)},
            {"status", s(ReportData::statusKey(kpiStatus(k)))},
            {"ownerDepartmentId", ref(k.ownerDepartmentId)},
            {"history", historyJson(k)},
            {"movement", movementJson(k)}};
}

Json scoreJson(const ReportData::ChecklistScore &score)
{
    return {{"pass", score.pass},
            {"fail", score.fail},
            {"notApplicable", score.notApplicable},
            {"unchecked", score.unchecked},
            {"score", number(score.score())}};
}

Json checklistJson(const Checklist &c)
{
    Json channels = Json::array();
    for (const Id &channelId : c.channelIds) {
        Json entry = scoreJson(ReportData::scoreChecklist(c, channelId));
        entry["channelId"] = s(channelId);
        channels.push_back(entry);
    }
    Json items = Json::array();
    for (const ChecklistItem &item : c.items) {
        Json results = Json::array();
        for (const CheckResult &r : c.results) {
            if (r.itemId != item.id)
                continue;
            results.push_back({{"channelId", s(r.channelId)}, {"status", name(r.status)}, {"note", s(r.note)},
                               {"reviewer", s(r.reviewer)}, {"date", s(r.date)}});
        }
        items.push_back({{"id", s(item.id)}, {"category", s(item.category)}, {"text", s(item.text)},
                         {"results", results}});
    }
    return {{"id", s(c.id)},           {"name", s(c.name)},      {"journeyId", ref(c.journeyId)},
            {"overall", scoreJson(ReportData::scoreChecklist(c))}, {"channels", channels},
            {"items", items}};
}

Json campaignJson(const Project &project, const Campaign &c)
{
    Json budget = Json::array();
    double total = 0.0;
    for (const BudgetLine &b : c.budget) {
        budget.push_back({{"channelId", s(b.channelId)}, {"amount", b.amount}});
        total += b.amount;
    }
    Json actions = Json::array();
    for (const PlannedAction &a : c.actions)
        actions.push_back({{"id", s(a.id)}, {"title", s(a.title)}, {"touchpointId", ref(a.touchpointId)},
                           {"channelId", ref(a.channelId)}, {"start", s(a.start)}, {"end", s(a.end)},
                           {"cost", a.cost}, {"promotion", a.promotion}});
    return {{"id", s(c.id)},
            {"name", s(c.name)},
            {"objective", s(c.objective)},
            {"personaId", ref(c.personaId)},
            {"journeyId", ref(c.journeyId)},
            {"comparisonChannelId", ref(campaignComparison(c).channelId)},
            {"comparisonPersonaId", ref(campaignComparison(c).personaId)},
            {"start", s(c.start)},
            {"end", s(c.end)},
            {"currency", s(c.currency.isEmpty() ? project.currency : c.currency)},
            {"budget", budget},
            {"totalBudget", total},
            {"actions", actions}};
}

Json scenarioJson(const Scenario &sc)
{
    Json modifiers = Json::array();
    for (const ScenarioModifier &m : sc.modifiers)
        modifiers.push_back({{"kind", name(m.kind)}, {"channelId", ref(m.channelId)},
                             {"targetChannelId", ref(m.targetChannelId)}, {"value", m.value}});
    // The simulation's result is opaque to the model; it is passed through as written.
    const Json result = sc.result.is_object() && !sc.result.empty() ? Json::parse(sc.result.dump()) : Json(nullptr);
    return {{"id", s(sc.id)},          {"name", s(sc.name)},          {"description", s(sc.description)},
            {"journeyId", ref(sc.journeyId)}, {"personaId", ref(sc.personaId)}, {"modifiers", modifiers},
            {"result", result}};
}

} // namespace

Json document(const Project &project, const ReportOptions &options)
{
    Json doc;
    doc["formatVersion"] = kFormatVersion;
    doc["generator"] = "Omnimap " OMNIMAP_VERSION_STRING;
    doc["exportedAt"] = s(options.stamp().toUTC().toString(Qt::ISODate));
    doc["project"] = {{"id", s(project.id)},         {"name", s(project.name)},
                      {"description", s(project.description)}, {"locale", s(project.locale)},
                      {"currency", s(project.currency)}};
    doc["brand"] = {{"toneOfVoice", s(project.brand.toneOfVoice)},
                    {"keywords", strings(project.brand.keywords)},
                    {"palette", strings(project.brand.palette)}};
    Json departments = Json::array();
    for (const Department &d : project.departments)
        departments.push_back({{"id", s(d.id)}, {"name", s(d.name)}, {"color", s(d.color)}});
    doc["departments"] = departments;
    Json channels = Json::array();
    for (const Channel &c : project.channels)
        channels.push_back({{"id", s(c.id)}, {"name", s(c.name)}, {"kind", name(c.kind)}, {"color", s(c.color)},
                            {"ownerDepartmentId", ref(c.ownerDepartmentId)}});
    doc["channels"] = channels;
    Json personas = Json::array();
    for (const Persona &p : project.personas)
        personas.push_back(personaJson(p));
    doc["personas"] = personas;
    Json journeys = Json::array();
    for (const Journey *j : ReportData::journeysFor(project, options.journeyId))
        journeys.push_back(journeyJson(project, *j));
    doc["journeys"] = journeys;
    Json kpis = Json::array();
    for (const Kpi &k : project.kpis)
        kpis.push_back(kpiJson(project, k));
    doc["kpis"] = kpis;
    Json checklists = Json::array();
    for (const Checklist &c : project.checklists)
        checklists.push_back(checklistJson(c));
    doc["checklists"] = checklists;
    Json campaigns = Json::array();
    for (const Campaign &c : project.campaigns)
        campaigns.push_back(campaignJson(project, c));
    doc["campaigns"] = campaigns;
    Json scenarios = Json::array();
    for (const Scenario &sc : project.scenarios)
        scenarios.push_back(scenarioJson(sc));
    doc["scenarios"] = scenarios;
    // Only with a data set that holds feedback: plans exported without one stay as before.
    Json feedback = feedbackJson(project, options);
    if (!feedback.is_null())
        doc["feedback"] = std::move(feedback);
    return doc;
}

QByteArray write(const Project &project, const ReportOptions &options)
{
    // error_handler replace: user text is valid UTF-16 turned into UTF-8 already, but a lone
    // surrogate must not abort the export.
    const std::string text = document(project, options).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

bool writeFile(const QString &path, const Project &project, const ReportOptions &options, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = write(project, options);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("omnimap::Report", "%1: cannot write: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace omnimap::PlanJson
