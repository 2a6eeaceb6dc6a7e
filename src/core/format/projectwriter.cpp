#include "projectwriter.h"

#include "model/enumnames.h"
#include "projectfile.h"

namespace omnimap {

namespace {

using json = nlohmann::json;

/// Builds one JSON object on top of the item's unknown fields.
class ObjectWriter final
{
public:
    explicit ObjectWriter(const ExtraFields &extra = ExtraFields::object())
        : m_object(extra.is_object() ? extra : json::object())
    {
    }

    ObjectWriter &put(const char *key, const QString &value)
    {
        if (!value.isEmpty())
            m_object[key] = value.toStdString();
        return *this;
    }
    /// A field the reader requires: written even when empty, so that what loaded saves
    /// and loads again (an empty name stays an empty name).
    ObjectWriter &putRequired(const char *key, const QString &value)
    {
        m_object[key] = value.toStdString();
        return *this;
    }
    ObjectWriter &put(const char *key, const QStringList &values)
    {
        if (values.isEmpty())
            return *this;
        json array = json::array();
        for (const QString &v : values)
            array.push_back(v.toStdString());
        m_object[key] = std::move(array);
        return *this;
    }
    ObjectWriter &put(const char *key, bool value)
    {
        if (value)
            m_object[key] = true;
        return *this;
    }
    ObjectWriter &putNumber(const char *key, double value)
    {
        m_object[key] = value;
        return *this;
    }
    ObjectWriter &putInteger(const char *key, qint64 value)
    {
        m_object[key] = value;
        return *this;
    }
    ObjectWriter &put(const char *key, const std::optional<double> &value)
    {
        if (value)
            m_object[key] = *value;
        return *this;
    }
    template<typename E>
    ObjectWriter &putEnum(const char *key, E value)
    {
        m_object[key] = enumName(value);
        return *this;
    }
    ObjectWriter &putObject(const char *key, json value)
    {
        if (!value.empty())
            m_object[key] = std::move(value);
        return *this;
    }
    template<typename T, typename WriteItem>
    ObjectWriter &putList(const char *key, const QList<T> &items, WriteItem write)
    {
        if (items.isEmpty())
            return *this;
        json array = json::array();
        for (const T &item : items)
            array.push_back(write(item));
        m_object[key] = std::move(array);
        return *this;
    }

    json take() { return std::move(m_object); }

private:
    json m_object;
};

json writeReview(const Review &r)
{
    if (r.status == ReviewStatus::Draft && r.by.isEmpty() && r.at.isEmpty())
        return json::object();
    return ObjectWriter().putEnum("status", r.status).put("by", r.by).put("at", r.at).take();
}

json writeStage(const Stage &s)
{
    return ObjectWriter(s.extra)
        .put("id", s.id)
        .putRequired("name", s.name)
        .put("goal", s.goal)
        .put("actions", s.actions)
        .put("thoughts", s.thoughts)
        .put("painPoints", s.painPoints)
        .put("opportunities", s.opportunities)
        .putList("emotions", s.emotions,
                 [](const EmotionScore &e) {
                     return ObjectWriter()
                         .putRequired("personaId", e.personaId)
                         .putNumber("asIs", e.asIs)
                         .put("toBe", e.toBe)
                         .take();
                 })
        .take();
}

json writeExperiment(const std::optional<Experiment> &x)
{
    if (!x)
        return json::object();
    return ObjectWriter(x->extra)
        .put("id", x->id)
        .put("name", x->name)
        .put("hypothesis", x->hypothesis)
        .putList("variants", x->variants,
                 [](const ExperimentVariant &v) {
                     return ObjectWriter(v.extra)
                         .put("id", v.id)
                         .putRequired("label", v.label)
                         .put("description", v.description)
                         .putNumber("split", v.splitPercent)
                         .take();
                 })
        .put("primaryKpiId", x->primaryKpiId)
        .put("guardrailKpiIds", x->guardrailKpiIds)
        .putNumber("minimumDetectableEffect", x->minimumDetectableEffect)
        .putNumber("alpha", x->alpha)
        .putNumber("power", x->power)
        .put("start", x->start)
        .put("end", x->end)
        .take();
}

json writeTouchpoint(const Touchpoint &t)
{
    ObjectWriter w(t.extra);
    w.put("id", t.id)
        .putRequired("stageId", t.stageId)
        .putRequired("channelId", t.channelId)
        .put("title", t.title)
        .put("description", t.description)
        .put("message", t.message)
        .put("tags", t.tags)
        .put("momentOfTruth", t.momentOfTruth)
        .put("promotion", t.promotion)
        .put("ownerDepartmentId", t.ownerDepartmentId)
        .put("cost", t.cost)
        .put("assets", t.assets)
        .putInteger("order", t.order)
        .putObject("review", writeReview(t.review))
        .putObject("experiment", writeExperiment(t.experiment));
    if (t.width != 1.0)
        w.putNumber("width", t.width);
    if (t.height != 1.0)
        w.putNumber("height", t.height);
    return w.take();
}

json writeJourney(const Journey &j)
{
    return ObjectWriter(j.extra)
        .put("id", j.id)
        .putRequired("name", j.name)
        .put("description", j.description)
        .put("personaIds", j.personaIds)
        .put("channelIds", j.channelIds)
        .putList("stages", j.stages, writeStage)
        .putList("touchpoints", j.touchpoints, writeTouchpoint)
        .putList("handoffs", j.handoffs,
                 [](const Handoff &h) {
                     ObjectWriter w(h.extra);
                     w.put("id", h.id)
                         .putRequired("from", h.fromTouchpointId)
                         .putRequired("to", h.toTouchpointId)
                         .put("label", h.label)
                         .put("ownerDepartmentId", h.ownerDepartmentId)
                         .putObject("experiment", writeExperiment(h.experiment));
                     // The one enum left out at its default: hand-offs of older files
                     // have no kind, and writing "unspecified" would change them all.
                     if (h.kind != HandoffKind::Unspecified)
                         w.putEnum("kind", h.kind);
                     return w.take();
                 })
        .putList("roles", j.roles,
                 [](const ChannelRole &r) {
                     return ObjectWriter(r.extra)
                         .put("id", r.id)
                         .putRequired("stageId", r.stageId)
                         .putRequired("channelId", r.channelId)
                         .putEnum("level", r.level)
                         .put("purpose", r.purpose)
                         .put("ownerDepartmentId", r.ownerDepartmentId)
                         .take();
                 })
        .putObject("review", writeReview(j.review))
        .put("ownerDepartmentId", j.ownerDepartmentId)
        .take();
}

json writePersona(const Persona &p)
{
    json rule = json::object();
    if (!p.segmentRule.conditions.isEmpty() || !p.segmentRule.matchAll) {
        rule = ObjectWriter()
                   .putList("conditions", p.segmentRule.conditions,
                            [](const SegmentCondition &c) {
                                return ObjectWriter()
                                    .putEnum("field", c.field)
                                    .put("attribute", c.attribute)
                                    .putEnum("op", c.op)
                                    .put("values", c.values)
                                    .take();
                            })
                   .take();
        rule["matchAll"] = p.segmentRule.matchAll;
    }
    return ObjectWriter(p.extra)
        .put("id", p.id)
        .putRequired("name", p.name)
        .put("segment", p.segment)
        .put("scenario", p.scenario)
        .put("quote", p.quote)
        .put("avatar", p.avatar)
        .put("color", p.color)
        .put("ageBand", p.ageBand)
        .put("gender", p.gender)
        .put("location", p.location)
        .put("occupation", p.occupation)
        .put("income", p.income)
        .put("goals", p.goals)
        .put("motivations", p.motivations)
        .put("painPoints", p.painPoints)
        .put("devices", p.devices)
        .putList("preferredChannels", p.preferredChannels,
                 [](const ChannelPreference &c) {
                     return ObjectWriter()
                         .putRequired("channelId", c.channelId)
                         .putNumber("weight", c.weight)
                         .take();
                 })
        .putObject("segmentRule", rule)
        .put("ownerDepartmentId", p.ownerDepartmentId)
        .take();
}

json writeKpi(const Kpi &k)
{
    json binding = json::object();
    if (k.binding) {
        const KpiBinding &b = *k.binding;
        binding = ObjectWriter()
                      .putRequired("numeratorEventType", b.numeratorEventType)
                      .put("numeratorStageId", b.numeratorStageId)
                      .put("numeratorChannelId", b.numeratorChannelId)
                      .put("denominatorEventType", b.denominatorEventType)
                      .put("denominatorStageId", b.denominatorStageId)
                      .put("denominatorChannelId", b.denominatorChannelId)
                      .putInteger("windowDays", b.windowDays)
                      .take();
    }
    return ObjectWriter(k.extra)
        .put("id", k.id)
        .putRequired("name", k.name)
        .put("libraryKey", k.libraryKey)
        .putEnum("unit", k.unit)
        .put("currency", k.currency)
        .put("baseline", k.baseline)
        .put("target", k.target)
        .putEnum("direction", k.direction)
        .put("journeyId", k.journeyId)
        .put("stageId", k.stageId)
        .put("channelId", k.channelId)
        .put("touchpointIds", k.touchpointIds)
        .put("ownerDepartmentId", k.ownerDepartmentId)
        .putObject("binding", binding)
        .put("actual", k.actual)
        .put("simulated", k.simulated)
        .putList("measurements", k.measurements,
                 [](const KpiMeasurement &m) {
                     return ObjectWriter(m.extra)
                         .put("id", m.id)
                         .putRequired("date", m.date)
                         .putNumber("actual", m.actual)
                         .put("note", m.note)
                         .put("periodStart", m.periodStart)
                         .put("source", m.source)
                         .take();
                 })
        .take();
}

json writeChecklistItem(const ChecklistItem &i)
{
    return ObjectWriter(i.extra)
        .put("id", i.id)
        .put("category", i.category)
        .putRequired("text", i.text)
        .put("requiresParity", i.requiresParity)
        .take();
}

json writeChecklist(const Checklist &c)
{
    return ObjectWriter(c.extra)
        .put("id", c.id)
        .putRequired("name", c.name)
        .put("templateId", c.templateId)
        .put("journeyId", c.journeyId)
        .put("channelIds", c.channelIds)
        .putList("items", c.items, writeChecklistItem)
        .putList("results", c.results,
                 [](const CheckResult &r) {
                     return ObjectWriter(r.extra)
                         .put("id", r.id)
                         .putRequired("itemId", r.itemId)
                         .putRequired("channelId", r.channelId)
                         .putEnum("status", r.status)
                         .put("note", r.note)
                         .put("evidence", r.evidence)
                         .put("reviewer", r.reviewer)
                         .put("date", r.date)
                         .take();
                 })
        .take();
}

json writeCampaign(const Campaign &c)
{
    return ObjectWriter(c.extra)
        .put("id", c.id)
        .putRequired("name", c.name)
        .put("objective", c.objective)
        .put("personaId", c.personaId)
        .put("journeyId", c.journeyId)
        .put("start", c.start)
        .put("end", c.end)
        .put("currency", c.currency)
        .putList("budget", c.budget,
                 [](const BudgetLine &b) {
                     return ObjectWriter().putRequired("channelId", b.channelId).putNumber("amount", b.amount).take();
                 })
        .putList("actions", c.actions,
                 [](const PlannedAction &a) {
                     return ObjectWriter(a.extra)
                         .put("id", a.id)
                         .put("touchpointId", a.touchpointId)
                         .put("channelId", a.channelId)
                         .put("title", a.title)
                         .put("start", a.start)
                         .put("end", a.end)
                         .putNumber("cost", a.cost)
                         .put("promotion", a.promotion)
                         .take();
                 })
        .put("ownerDepartmentId", c.ownerDepartmentId)
        .take();
}

json writeScenario(const Scenario &s)
{
    return ObjectWriter(s.extra)
        .put("id", s.id)
        .putRequired("name", s.name)
        .put("description", s.description)
        .put("journeyId", s.journeyId)
        .put("personaId", s.personaId)
        .putList("modifiers", s.modifiers,
                 [](const ScenarioModifier &m) {
                     return ObjectWriter()
                         .putEnum("kind", m.kind)
                         .put("channelId", m.channelId)
                         .put("targetChannelId", m.targetChannelId)
                         .putNumber("value", m.value)
                         .take();
                 })
        .putObject("result", s.result)
        .take();
}

} // namespace

json projectToTree(const Project &p)
{
    const json brand = ObjectWriter(p.brand.extra)
                           .put("toneOfVoice", p.brand.toneOfVoice)
                           .put("keywords", p.brand.keywords)
                           .put("forbiddenWords", p.brand.forbiddenWords)
                           .put("palette", p.brand.palette)
                           .take();
    return ObjectWriter(p.extra)
        .putInteger("formatVersion", kCurrentFormatVersion)
        .put("id", p.id)
        .putRequired("name", p.name)
        .put("description", p.description)
        .put("locale", p.locale)
        .put("currency", p.currency)
        .putObject("brand", brand)
        .putList("departments", p.departments,
                 [](const Department &d) {
                     return ObjectWriter(d.extra).put("id", d.id).put("name", d.name).put("color", d.color).take();
                 })
        .putList("channels", p.channels,
                 [](const Channel &c) {
                     return ObjectWriter(c.extra)
                         .put("id", c.id)
                         .putRequired("name", c.name)
                         .putEnum("kind", c.kind)
                         .put("color", c.color)
                         .put("ownerDepartmentId", c.ownerDepartmentId)
                         .put("description", c.description)
                         .take();
                 })
        .putList("personas", p.personas, writePersona)
        .putList("journeys", p.journeys, writeJourney)
        .putList("kpis", p.kpis, writeKpi)
        .putList("checklistTemplates", p.checklistTemplates,
                 [](const ChecklistTemplate &t) {
                     return ObjectWriter(t.extra)
                         .put("id", t.id)
                         .putRequired("name", t.name)
                         .put("builtIn", t.builtIn)
                         .putList("items", t.items, writeChecklistItem)
                         .take();
                 })
        .putList("checklists", p.checklists, writeChecklist)
        .putList("campaigns", p.campaigns, writeCampaign)
        .putList("scenarios", p.scenarios, writeScenario)
        .putList("dataSets", p.dataSets,
                 [](const DataSetRef &d) {
                     return ObjectWriter(d.extra)
                         .put("id", d.id)
                         .put("name", d.name)
                         .put("path", d.path)
                         .put("fingerprint", d.fingerprint)
                         .take();
                 })
        .putList("comments", p.comments,
                 [](const Comment &c) {
                     return ObjectWriter(c.extra)
                         .put("id", c.id)
                         .putRequired("itemId", c.itemId)
                         .put("replyToId", c.replyToId)
                         .put("author", c.author)
                         .put("department", c.department)
                         .put("time", c.time)
                         .put("text", c.text)
                         .put("resolved", c.resolved)
                         .take();
                 })
        .put("disabledRules", p.disabledRules)
        .take();
}

} // namespace omnimap
