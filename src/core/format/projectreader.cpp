// Reads the .omnimap JSON tree into the plan model (format version kCurrentFormatVersion;
// older trees are migrated before they reach this file, see migrations.cpp).

#include "projectreader.h"

#include "jsonobjectreader.h"
#include "projectfile.h"

#include <QDate>

#include <limits>

namespace omnimap {

namespace {

constexpr double kAny = std::numeric_limits<double>::infinity();

Review readReview(JsonObjectReader &r)
{
    Review review;
    review.status = r.enumeration("status", ReviewStatus::Draft);
    review.by = r.string("by");
    review.at = r.string("at");
    return review;
}

Brand readBrand(JsonObjectReader &r)
{
    Brand b;
    b.toneOfVoice = r.string("toneOfVoice");
    b.keywords = r.strings("keywords");
    b.forbiddenWords = r.strings("forbiddenWords");
    b.palette = r.strings("palette");
    b.extra = r.extra();
    return b;
}

Department readDepartment(JsonObjectReader &r)
{
    Department d;
    d.id = r.id();
    d.name = r.string("name");
    d.color = r.string("color");
    d.extra = r.extra();
    return d;
}

Channel readChannel(JsonObjectReader &r)
{
    Channel c;
    c.id = r.id();
    c.name = r.requiredString("name");
    c.kind = r.enumeration("kind", ChannelKind::Other);
    c.color = r.string("color");
    c.ownerDepartmentId = r.string("ownerDepartmentId");
    c.description = r.string("description");
    c.extra = r.extra();
    return c;
}

SegmentCondition readCondition(JsonObjectReader &r)
{
    SegmentCondition c;
    c.field = r.enumeration("field", SegmentField::Region);
    c.attribute = r.string("attribute");
    c.op = r.enumeration("op", SegmentOperator::Equals);
    c.values = r.strings("values");
    return c;
}

Persona readPersona(JsonObjectReader &r)
{
    Persona p;
    p.id = r.id();
    p.name = r.requiredString("name");
    p.segment = r.string("segment");
    p.scenario = r.string("scenario");
    p.quote = r.string("quote");
    p.avatar = r.string("avatar");
    p.color = r.string("color");
    p.ageBand = r.string("ageBand");
    p.gender = r.string("gender");
    p.location = r.string("location");
    p.occupation = r.string("occupation");
    p.income = r.string("income");
    p.goals = r.strings("goals");
    p.motivations = r.strings("motivations");
    p.painPoints = r.strings("painPoints");
    p.devices = r.strings("devices");
    p.preferredChannels = r.list<ChannelPreference>("preferredChannels", [](JsonObjectReader &e) {
        ChannelPreference pref;
        pref.channelId = e.requiredId("channelId");
        pref.weight = e.number("weight", 1.0, 0.0, 1.0);
        return pref;
    });
    r.object("segmentRule", [&p](JsonObjectReader &e) {
        p.segmentRule.matchAll = e.boolean("matchAll", true);
        p.segmentRule.conditions = e.list<SegmentCondition>("conditions", readCondition);
    });
    p.ownerDepartmentId = r.string("ownerDepartmentId");
    p.extra = r.extra();
    return p;
}

Stage readStage(JsonObjectReader &r)
{
    Stage s;
    s.id = r.id();
    s.name = r.requiredString("name");
    s.goal = r.string("goal");
    s.actions = r.strings("actions");
    s.thoughts = r.strings("thoughts");
    s.painPoints = r.strings("painPoints");
    s.opportunities = r.strings("opportunities");
    s.emotions = r.list<EmotionScore>("emotions", [](JsonObjectReader &e) {
        EmotionScore score;
        score.personaId = e.requiredId("personaId");
        score.asIs = e.number("asIs", 0.0, -5.0, 5.0);
        score.toBe = e.optionalNumber("toBe", -5.0, 5.0);
        return score;
    });
    s.extra = r.extra();
    return s;
}

Experiment readExperiment(JsonObjectReader &r)
{
    Experiment x;
    x.id = r.id();
    x.name = r.string("name");
    x.hypothesis = r.string("hypothesis");
    x.variants = r.list<ExperimentVariant>("variants", [](JsonObjectReader &v) {
        ExperimentVariant variant;
        variant.id = v.id();
        variant.label = v.requiredString("label");
        variant.description = v.string("description");
        variant.splitPercent = v.number("split", 50.0, 0.0, 100.0);
        variant.extra = v.extra();
        return variant;
    });
    x.primaryKpiId = r.string("primaryKpiId");
    x.guardrailKpiIds = r.strings("guardrailKpiIds");
    x.minimumDetectableEffect = r.number("minimumDetectableEffect", 0.02, -1.0, 1.0);
    x.alpha = r.number("alpha", 0.05, 1e-6, 0.5);
    x.power = r.number("power", 0.8, 0.01, 0.9999);
    x.start = r.string("start");
    x.end = r.string("end");
    x.extra = r.extra();
    return x;
}

Touchpoint readTouchpoint(JsonObjectReader &r)
{
    Touchpoint t;
    t.id = r.id();
    t.stageId = r.requiredId("stageId");
    t.channelId = r.requiredId("channelId");
    t.title = r.string("title");
    t.description = r.string("description");
    t.message = r.string("message");
    t.tags = r.strings("tags");
    t.momentOfTruth = r.boolean("momentOfTruth");
    t.promotion = r.boolean("promotion");
    t.ownerDepartmentId = r.string("ownerDepartmentId");
    t.cost = r.optionalNumber("cost", 0.0, 1e15);
    t.assets = r.strings("assets");
    t.order = r.integer("order", 0, 0, 100000);
    t.width = r.number("width", 1.0, 0.25, 8.0);
    t.height = r.number("height", 1.0, 0.25, 8.0);
    r.object("review", [&t](JsonObjectReader &e) { t.review = readReview(e); });
    r.object("experiment", [&t](JsonObjectReader &e) { t.experiment = readExperiment(e); });
    t.extra = r.extra();
    return t;
}

Handoff readHandoff(JsonObjectReader &r)
{
    Handoff h;
    h.id = r.id();
    h.fromTouchpointId = r.requiredId("from");
    h.toTouchpointId = r.requiredId("to");
    h.label = r.string("label");
    h.kind = r.enumeration("kind", HandoffKind::Unspecified);
    h.ownerDepartmentId = r.string("ownerDepartmentId");
    r.object("experiment", [&h](JsonObjectReader &e) { h.experiment = readExperiment(e); });
    h.extra = r.extra();
    return h;
}

ChannelRole readRole(JsonObjectReader &r)
{
    ChannelRole role;
    role.id = r.id();
    role.stageId = r.requiredId("stageId");
    role.channelId = r.requiredId("channelId");
    role.level = r.enumeration("level", RoleLevel::None);
    role.purpose = r.string("purpose");
    role.ownerDepartmentId = r.string("ownerDepartmentId");
    role.extra = r.extra();
    return role;
}

Journey readJourney(JsonObjectReader &r)
{
    Journey j;
    j.id = r.id();
    j.name = r.requiredString("name");
    j.description = r.string("description");
    j.personaIds = r.strings("personaIds");
    j.channelIds = r.strings("channelIds");
    j.stages = r.list<Stage>("stages", readStage);
    j.touchpoints = r.list<Touchpoint>("touchpoints", readTouchpoint);
    j.handoffs = r.list<Handoff>("handoffs", readHandoff);
    j.roles = r.list<ChannelRole>("roles", readRole);
    r.object("review", [&j](JsonObjectReader &e) { j.review = readReview(e); });
    j.ownerDepartmentId = r.string("ownerDepartmentId");
    j.extra = r.extra();
    return j;
}

Kpi readKpi(JsonObjectReader &r)
{
    Kpi k;
    k.id = r.id();
    k.name = r.requiredString("name");
    k.libraryKey = r.string("libraryKey");
    k.unit = r.enumeration("unit", KpiUnit::Percent);
    k.currency = r.string("currency");
    k.baseline = r.optionalNumber("baseline", -kAny, kAny);
    k.target = r.optionalNumber("target", -kAny, kAny);
    k.direction = r.enumeration("direction", KpiDirection::Increase);
    k.journeyId = r.string("journeyId");
    k.stageId = r.string("stageId");
    k.channelId = r.string("channelId");
    k.touchpointIds = r.strings("touchpointIds");
    k.ownerDepartmentId = r.string("ownerDepartmentId");
    r.object("binding", [&k](JsonObjectReader &e) {
        KpiBinding b;
        b.numeratorEventType = e.requiredString("numeratorEventType");
        b.numeratorStageId = e.string("numeratorStageId");
        b.numeratorChannelId = e.string("numeratorChannelId");
        b.denominatorEventType = e.string("denominatorEventType");
        b.denominatorStageId = e.string("denominatorStageId");
        b.denominatorChannelId = e.string("denominatorChannelId");
        b.windowDays = e.integer("windowDays", 0, 0, 3650);
        k.binding = b;
    });
    k.actual = r.optionalNumber("actual", -kAny, kAny);
    k.simulated = r.optionalNumber("simulated", -kAny, kAny);
    k.measurements = r.list<KpiMeasurement>("measurements", [](JsonObjectReader &e) {
        KpiMeasurement m;
        m.id = e.id();
        m.date = e.requiredString("date");
        // The history is ordered and shown by date: a date that is not one would sort
        // anywhere, so it is refused like any other wrong value.
        const auto checkDate = [&e, &m](const QString &value, const char *key) {
            if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid())
                e.context().error(e.pointer() + QLatin1Char('/') + QLatin1String(key),
                                  QCoreApplication::translate("omnimap::JsonReader", "expected a date (YYYY-MM-DD)"), m.id);
        };
        checkDate(m.date, "date");
        if (m.date.isEmpty() && e.contains("date"))
            e.context().error(e.pointer() + QStringLiteral("/date"),
                              QCoreApplication::translate("omnimap::JsonReader", "expected a date (YYYY-MM-DD)"), m.id);
        // A recorded measurement without its value would be a made-up 0: required.
        if (const std::optional<double> actual = e.optionalNumber("actual", -kAny, kAny))
            m.actual = *actual;
        else
            e.context().error(e.pointer() + QStringLiteral("/actual"),
                              QCoreApplication::translate("omnimap::JsonReader", "missing required field"), m.id);
        m.note = e.string("note");
        m.periodStart = e.string("periodStart");
        checkDate(m.periodStart, "periodStart");
        m.source = e.string("source");
        m.extra = e.extra();
        return m;
    });
    k.extra = r.extra();
    return k;
}

ChecklistItem readChecklistItem(JsonObjectReader &r)
{
    ChecklistItem item;
    item.id = r.id();
    item.category = r.string("category");
    item.text = r.requiredString("text");
    item.requiresParity = r.boolean("requiresParity");
    item.extra = r.extra();
    return item;
}

ChecklistTemplate readTemplate(JsonObjectReader &r)
{
    ChecklistTemplate t;
    t.id = r.id();
    t.name = r.requiredString("name");
    t.builtIn = r.boolean("builtIn");
    t.items = r.list<ChecklistItem>("items", readChecklistItem);
    t.extra = r.extra();
    return t;
}

CheckResult readCheckResult(JsonObjectReader &r)
{
    CheckResult c;
    c.id = r.id();
    c.itemId = r.requiredId("itemId");
    c.channelId = r.requiredId("channelId");
    c.status = r.enumeration("status", CheckStatus::Unchecked);
    c.note = r.string("note");
    c.evidence = r.string("evidence");
    c.reviewer = r.string("reviewer");
    c.date = r.string("date");
    c.extra = r.extra();
    return c;
}

Checklist readChecklist(JsonObjectReader &r)
{
    Checklist c;
    c.id = r.id();
    c.name = r.requiredString("name");
    c.templateId = r.string("templateId");
    c.journeyId = r.string("journeyId");
    c.channelIds = r.strings("channelIds");
    c.items = r.list<ChecklistItem>("items", readChecklistItem);
    c.results = r.list<CheckResult>("results", readCheckResult);
    c.extra = r.extra();
    return c;
}

Campaign readCampaign(JsonObjectReader &r)
{
    Campaign c;
    c.id = r.id();
    c.name = r.requiredString("name");
    c.objective = r.string("objective");
    c.personaId = r.string("personaId");
    c.journeyId = r.string("journeyId");
    c.start = r.string("start");
    c.end = r.string("end");
    c.currency = r.string("currency");
    c.budget = r.list<BudgetLine>("budget", [](JsonObjectReader &e) {
        BudgetLine line;
        line.channelId = e.requiredId("channelId");
        line.amount = e.number("amount", 0.0, 0.0, 1e15);
        return line;
    });
    c.actions = r.list<PlannedAction>("actions", [](JsonObjectReader &e) {
        PlannedAction a;
        a.id = e.id();
        a.touchpointId = e.string("touchpointId");
        a.channelId = e.string("channelId");
        a.title = e.string("title");
        a.start = e.string("start");
        a.end = e.string("end");
        a.cost = e.number("cost", 0.0, 0.0, 1e15);
        a.promotion = e.boolean("promotion");
        a.extra = e.extra();
        return a;
    });
    c.ownerDepartmentId = r.string("ownerDepartmentId");
    c.extra = r.extra();
    return c;
}

Scenario readScenario(JsonObjectReader &r)
{
    Scenario s;
    s.id = r.id();
    s.name = r.requiredString("name");
    s.description = r.string("description");
    s.journeyId = r.string("journeyId");
    s.personaId = r.string("personaId");
    s.modifiers = r.list<ScenarioModifier>("modifiers", [](JsonObjectReader &e) {
        ScenarioModifier m;
        m.kind = e.enumeration("kind", ModifierKind::ScaleEntry);
        m.channelId = e.string("channelId");
        m.targetChannelId = e.string("targetChannelId");
        m.value = e.number("value", 1.0, -kAny, kAny);
        return m;
    });
    s.result = r.rawObject("result");
    s.extra = r.extra();
    return s;
}

DataSetRef readDataSet(JsonObjectReader &r)
{
    DataSetRef d;
    d.id = r.id();
    d.name = r.string("name");
    d.path = r.string("path");
    d.fingerprint = r.string("fingerprint");
    d.extra = r.extra();
    return d;
}

Comment readComment(JsonObjectReader &r)
{
    Comment c;
    c.id = r.id();
    c.itemId = r.requiredId("itemId");
    c.replyToId = r.string("replyToId");
    c.author = r.string("author");
    c.department = r.string("department");
    c.time = r.string("time");
    c.text = r.string("text");
    c.resolved = r.boolean("resolved");
    c.extra = r.extra();
    return c;
}

} // namespace

Project readProjectTree(const nlohmann::json &root, ReadContext &context)
{
    Project p;
    JsonObjectReader r(root, QString(), context);
    if (!r.isObject())
        return p;
    r.integer("formatVersion", kCurrentFormatVersion, 1, kCurrentFormatVersion);
    p.id = r.id();
    p.name = r.requiredString("name");
    p.description = r.string("description");
    const QString locale = r.string("locale");
    if (!locale.isEmpty())
        p.locale = locale;
    const QString currency = r.string("currency");
    if (!currency.isEmpty())
        p.currency = currency;
    r.object("brand", [&p](JsonObjectReader &e) { p.brand = readBrand(e); });
    p.departments = r.list<Department>("departments", readDepartment);
    p.channels = r.list<Channel>("channels", readChannel);
    p.personas = r.list<Persona>("personas", readPersona);
    p.journeys = r.list<Journey>("journeys", readJourney);
    p.kpis = r.list<Kpi>("kpis", readKpi);
    p.checklistTemplates = r.list<ChecklistTemplate>("checklistTemplates", readTemplate);
    p.checklists = r.list<Checklist>("checklists", readChecklist);
    p.campaigns = r.list<Campaign>("campaigns", readCampaign);
    p.scenarios = r.list<Scenario>("scenarios", readScenario);
    p.dataSets = r.list<DataSetRef>("dataSets", readDataSet);
    p.comments = r.list<Comment>("comments", readComment);
    p.disabledRules = r.strings("disabledRules");
    p.extra = r.extra();
    return p;
}

} // namespace omnimap
