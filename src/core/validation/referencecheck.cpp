#include "referencecheck.h"

#include "model/campaigncomparison.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace omnimap {

namespace {

struct ReferencecheckTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Validation) };

QString at(const char *list, qsizetype index)
{
    return QStringLiteral("/%1/%2").arg(QLatin1String(list)).arg(index);
}

QString sub(const QString &base, const char *list, qsizetype index)
{
    return QStringLiteral("%1/%2/%3").arg(base, QLatin1String(list)).arg(index);
}

/// Collects every item id with the pointer of its first use.
class IdIndex final
{
public:
    void add(const Id &id, const QString &pointer)
    {
        if (id.isEmpty())
            return;
        auto it = m_first.constFind(id);
        if (it != m_first.constEnd())
            m_duplicates.append({id, pointer, it.value()});
        else
            m_first.insert(id, pointer);
    }
    bool contains(const Id &id) const { return m_first.contains(id); }

    struct Duplicate
    {
        Id id;
        QString pointer;
        QString firstPointer;
    };
    const QList<Duplicate> &duplicates() const { return m_duplicates; }

private:
    QHash<Id, QString> m_first;
    QList<Duplicate> m_duplicates;
};

/// An experiment and its variants are items (they merge and are commented by id).
void indexExperiment(IdIndex &index, const std::optional<Experiment> &x, const QString &owner)
{
    if (!x)
        return;
    const QString base = owner + QStringLiteral("/experiment");
    index.add(x->id, base);
    for (qsizetype v = 0; v < x->variants.size(); ++v)
        index.add(x->variants[v].id, sub(base, "variants", v));
}

IdIndex indexIds(const Project &p)
{
    IdIndex index;
    index.add(p.id, QStringLiteral("/id"));
    for (qsizetype i = 0; i < p.departments.size(); ++i)
        index.add(p.departments[i].id, at("departments", i));
    for (qsizetype i = 0; i < p.channels.size(); ++i)
        index.add(p.channels[i].id, at("channels", i));
    for (qsizetype i = 0; i < p.personas.size(); ++i)
        index.add(p.personas[i].id, at("personas", i));
    for (qsizetype i = 0; i < p.journeys.size(); ++i) {
        const Journey &j = p.journeys[i];
        const QString base = at("journeys", i);
        index.add(j.id, base);
        for (qsizetype k = 0; k < j.stages.size(); ++k)
            index.add(j.stages[k].id, sub(base, "stages", k));
        for (qsizetype k = 0; k < j.touchpoints.size(); ++k) {
            index.add(j.touchpoints[k].id, sub(base, "touchpoints", k));
            indexExperiment(index, j.touchpoints[k].experiment, sub(base, "touchpoints", k));
        }
        for (qsizetype k = 0; k < j.handoffs.size(); ++k) {
            index.add(j.handoffs[k].id, sub(base, "handoffs", k));
            indexExperiment(index, j.handoffs[k].experiment, sub(base, "handoffs", k));
        }
        for (qsizetype k = 0; k < j.roles.size(); ++k)
            index.add(j.roles[k].id, sub(base, "roles", k));
    }
    for (qsizetype i = 0; i < p.kpis.size(); ++i)
        index.add(p.kpis[i].id, at("kpis", i));
    for (qsizetype i = 0; i < p.checklistTemplates.size(); ++i) {
        index.add(p.checklistTemplates[i].id, at("checklistTemplates", i));
        for (qsizetype k = 0; k < p.checklistTemplates[i].items.size(); ++k)
            index.add(p.checklistTemplates[i].items[k].id, sub(at("checklistTemplates", i), "items", k));
    }
    for (qsizetype i = 0; i < p.checklists.size(); ++i) {
        const Checklist &c = p.checklists[i];
        index.add(c.id, at("checklists", i));
        for (qsizetype k = 0; k < c.items.size(); ++k)
            index.add(c.items[k].id, sub(at("checklists", i), "items", k));
        for (qsizetype k = 0; k < c.results.size(); ++k)
            index.add(c.results[k].id, sub(at("checklists", i), "results", k));
    }
    for (qsizetype i = 0; i < p.campaigns.size(); ++i) {
        index.add(p.campaigns[i].id, at("campaigns", i));
        for (qsizetype k = 0; k < p.campaigns[i].actions.size(); ++k)
            index.add(p.campaigns[i].actions[k].id, sub(at("campaigns", i), "actions", k));
    }
    for (qsizetype i = 0; i < p.scenarios.size(); ++i)
        index.add(p.scenarios[i].id, at("scenarios", i));
    for (qsizetype i = 0; i < p.dataSets.size(); ++i)
        index.add(p.dataSets[i].id, at("dataSets", i));
    for (qsizetype i = 0; i < p.comments.size(); ++i)
        index.add(p.comments[i].id, at("comments", i));
    return index;
}

template<typename T>
QSet<Id> idsOf(const QList<T> &items)
{
    QSet<Id> ids;
    for (const T &item : items)
        ids.insert(item.id);
    return ids;
}

/// Reports references whose target is not in `known`.
class RefChecker final
{
public:
    RefChecker(const QString &fileName, Diagnostics &out)
        : m_fileName(fileName)
        , m_out(out)
    {
    }

    void check(const Id &ref, const QSet<Id> &known, const QString &pointer, const QString &what,
               const Id &owner, bool required = false)
    {
        if (ref.isEmpty()) {
            if (required)
                report(pointer, ReferencecheckTr::tr("missing reference to a %1").arg(what), owner);
            return;
        }
        if (!known.contains(ref))
            report(pointer, ReferencecheckTr::tr("refers to %1 \"%2\", which does not exist").arg(what, ref), owner);
    }
    void checkAll(const QStringList &refs, const QSet<Id> &known, const QString &pointer,
                  const QString &what, const Id &owner)
    {
        for (qsizetype i = 0; i < refs.size(); ++i)
            check(refs[i], known, pointer + QLatin1Char('/') + QString::number(i), what, owner);
    }

private:
    void report(const QString &pointer, const QString &message, const Id &owner)
    {
        Diagnostic d;
        d.file = m_fileName;
        d.where = pointer;
        d.message = message;
        d.itemId = owner;
        m_out.append(d);
    }
    QString m_fileName;
    Diagnostics &m_out;
};

} // namespace

Diagnostics findDuplicateIds(const Project &project, const QString &fileName)
{
    Diagnostics out;
    const IdIndex index = indexIds(project);
    for (const auto &dup : index.duplicates()) {
        Diagnostic d;
        d.file = fileName;
        d.where = dup.pointer + QStringLiteral("/id");
        d.message = ReferencecheckTr::tr("duplicate id \"%1\" (first used at %2); every item needs its own id")
                        .arg(dup.id, dup.firstPointer);
        d.itemId = dup.id;
        out.append(d);
    }
    return out;
}

Diagnostics findDanglingReferences(const Project &p, const QString &fileName)
{
    Diagnostics out;
    RefChecker c(fileName, out);
    const QSet<Id> departments = idsOf(p.departments);
    const QSet<Id> channels = idsOf(p.channels);
    const QSet<Id> personas = idsOf(p.personas);
    const QSet<Id> journeys = idsOf(p.journeys);
    const QString department = ReferencecheckTr::tr("department");
    const QString channel = ReferencecheckTr::tr("channel");
    const QString persona = ReferencecheckTr::tr("persona");
    const QString journey = ReferencecheckTr::tr("journey");
    const QString stage = ReferencecheckTr::tr("stage");
    const QString touchpoint = ReferencecheckTr::tr("touchpoint");
    const QSet<Id> kpis = idsOf(p.kpis);
    auto checkExperiment = [&c, &kpis](const std::optional<Experiment> &x, const QString &owner) {
        if (!x)
            return;
        const QString base = owner + QStringLiteral("/experiment");
        c.check(x->primaryKpiId, kpis, base + QStringLiteral("/primaryKpiId"), ReferencecheckTr::tr("KPI"), x->id);
        c.checkAll(x->guardrailKpiIds, kpis, base + QStringLiteral("/guardrailKpiIds"), ReferencecheckTr::tr("KPI"), x->id);
    };

    for (qsizetype i = 0; i < p.channels.size(); ++i)
        c.check(p.channels[i].ownerDepartmentId, departments, at("channels", i) + QStringLiteral("/ownerDepartmentId"), department, p.channels[i].id);

    for (qsizetype i = 0; i < p.personas.size(); ++i) {
        const Persona &pe = p.personas[i];
        for (qsizetype k = 0; k < pe.preferredChannels.size(); ++k)
            c.check(pe.preferredChannels[k].channelId, channels, sub(at("personas", i), "preferredChannels", k) + QStringLiteral("/channelId"), channel, pe.id);
        c.check(pe.ownerDepartmentId, departments, at("personas", i) + QStringLiteral("/ownerDepartmentId"), department, pe.id);
    }

    QSet<Id> allStages;
    QSet<Id> allTouchpoints;
    for (qsizetype i = 0; i < p.journeys.size(); ++i) {
        const Journey &j = p.journeys[i];
        const QString base = at("journeys", i);
        const QSet<Id> stages = idsOf(j.stages);
        const QSet<Id> touchpoints = idsOf(j.touchpoints);
        const QSet<Id> lanes(j.channelIds.cbegin(), j.channelIds.cend());
        allStages.unite(stages);
        allTouchpoints.unite(touchpoints);
        c.checkAll(j.personaIds, personas, base + QStringLiteral("/personaIds"), persona, j.id);
        c.checkAll(j.channelIds, channels, base + QStringLiteral("/channelIds"), channel, j.id);
        c.check(j.ownerDepartmentId, departments, base + QStringLiteral("/ownerDepartmentId"), department, j.id);
        for (qsizetype k = 0; k < j.stages.size(); ++k) {
            const Stage &s = j.stages[k];
            for (qsizetype e = 0; e < s.emotions.size(); ++e)
                c.check(s.emotions[e].personaId, personas, sub(sub(base, "stages", k), "emotions", e) + QStringLiteral("/personaId"), persona, s.id, true);
        }
        for (qsizetype k = 0; k < j.touchpoints.size(); ++k) {
            const Touchpoint &t = j.touchpoints[k];
            const QString tp = sub(base, "touchpoints", k);
            c.check(t.stageId, stages, tp + QStringLiteral("/stageId"), stage, t.id, true);
            c.check(t.channelId, lanes, tp + QStringLiteral("/channelId"), ReferencecheckTr::tr("channel lane of this journey"), t.id, true);
            c.check(t.ownerDepartmentId, departments, tp + QStringLiteral("/ownerDepartmentId"), department, t.id);
            checkExperiment(t.experiment, tp);
        }
        for (qsizetype k = 0; k < j.handoffs.size(); ++k) {
            const Handoff &h = j.handoffs[k];
            const QString hp = sub(base, "handoffs", k);
            c.check(h.fromTouchpointId, touchpoints, hp + QStringLiteral("/from"), touchpoint, h.id, true);
            c.check(h.toTouchpointId, touchpoints, hp + QStringLiteral("/to"), touchpoint, h.id, true);
            c.check(h.ownerDepartmentId, departments, hp + QStringLiteral("/ownerDepartmentId"), department, h.id);
            checkExperiment(h.experiment, hp);
        }
        for (qsizetype k = 0; k < j.roles.size(); ++k) {
            const ChannelRole &r = j.roles[k];
            const QString rp = sub(base, "roles", k);
            c.check(r.stageId, stages, rp + QStringLiteral("/stageId"), stage, r.id, true);
            c.check(r.channelId, lanes, rp + QStringLiteral("/channelId"), ReferencecheckTr::tr("channel lane of this journey"), r.id, true);
            c.check(r.ownerDepartmentId, departments, rp + QStringLiteral("/ownerDepartmentId"), department, r.id);
        }
    }

    for (qsizetype i = 0; i < p.kpis.size(); ++i) {
        const Kpi &k = p.kpis[i];
        const QString kp = at("kpis", i);
        c.check(k.journeyId, journeys, kp + QStringLiteral("/journeyId"), journey, k.id);
        c.check(k.stageId, allStages, kp + QStringLiteral("/stageId"), stage, k.id);
        c.check(k.channelId, channels, kp + QStringLiteral("/channelId"), channel, k.id);
        c.checkAll(k.touchpointIds, allTouchpoints, kp + QStringLiteral("/touchpointIds"), touchpoint, k.id);
        c.check(k.ownerDepartmentId, departments, kp + QStringLiteral("/ownerDepartmentId"), department, k.id);
        if (k.binding) {
            c.check(k.binding->numeratorStageId, allStages, kp + QStringLiteral("/binding/numeratorStageId"), stage, k.id);
            c.check(k.binding->denominatorStageId, allStages, kp + QStringLiteral("/binding/denominatorStageId"), stage, k.id);
            c.check(k.binding->numeratorChannelId, channels, kp + QStringLiteral("/binding/numeratorChannelId"), channel, k.id);
            c.check(k.binding->denominatorChannelId, channels, kp + QStringLiteral("/binding/denominatorChannelId"), channel, k.id);
        }
    }

    const QSet<Id> templates = idsOf(p.checklistTemplates);
    for (qsizetype i = 0; i < p.checklists.size(); ++i) {
        const Checklist &cl = p.checklists[i];
        const QString cp = at("checklists", i);
        const QSet<Id> items = idsOf(cl.items);
        c.check(cl.templateId, templates, cp + QStringLiteral("/templateId"), ReferencecheckTr::tr("checklist template"), cl.id);
        c.check(cl.journeyId, journeys, cp + QStringLiteral("/journeyId"), journey, cl.id);
        c.checkAll(cl.channelIds, channels, cp + QStringLiteral("/channelIds"), channel, cl.id);
        for (qsizetype k = 0; k < cl.results.size(); ++k) {
            const CheckResult &r = cl.results[k];
            c.check(r.itemId, items, sub(cp, "results", k) + QStringLiteral("/itemId"), ReferencecheckTr::tr("checklist item"), r.id, true);
            c.check(r.channelId, channels, sub(cp, "results", k) + QStringLiteral("/channelId"), channel, r.id, true);
        }
    }

    for (qsizetype i = 0; i < p.campaigns.size(); ++i) {
        const Campaign &cam = p.campaigns[i];
        const QString cp = at("campaigns", i);
        c.check(cam.personaId, personas, cp + QStringLiteral("/personaId"), persona, cam.id);
        c.check(cam.journeyId, journeys, cp + QStringLiteral("/journeyId"), journey, cam.id);
        c.check(cam.ownerDepartmentId, departments, cp + QStringLiteral("/ownerDepartmentId"), department, cam.id);
        const CampaignComparison comparison = campaignComparison(cam);
        c.check(comparison.channelId, channels, cp + QStringLiteral("/comparisonChannelId"), channel, cam.id);
        c.check(comparison.personaId, personas, cp + QStringLiteral("/comparisonPersonaId"), persona, cam.id);
        for (qsizetype k = 0; k < cam.budget.size(); ++k)
            c.check(cam.budget[k].channelId, channels, sub(cp, "budget", k) + QStringLiteral("/channelId"), channel, cam.id, true);
        for (qsizetype k = 0; k < cam.actions.size(); ++k) {
            const PlannedAction &a = cam.actions[k];
            c.check(a.touchpointId, allTouchpoints, sub(cp, "actions", k) + QStringLiteral("/touchpointId"), touchpoint, a.id);
            c.check(a.channelId, channels, sub(cp, "actions", k) + QStringLiteral("/channelId"), channel, a.id);
        }
    }

    for (qsizetype i = 0; i < p.scenarios.size(); ++i) {
        const Scenario &s = p.scenarios[i];
        const QString sp = at("scenarios", i);
        c.check(s.journeyId, journeys, sp + QStringLiteral("/journeyId"), journey, s.id);
        c.check(s.personaId, personas, sp + QStringLiteral("/personaId"), persona, s.id);
        for (qsizetype k = 0; k < s.modifiers.size(); ++k) {
            c.check(s.modifiers[k].channelId, channels, sub(sp, "modifiers", k) + QStringLiteral("/channelId"), channel, s.id);
            c.check(s.modifiers[k].targetChannelId, channels, sub(sp, "modifiers", k) + QStringLiteral("/targetChannelId"), channel, s.id);
        }
    }

    const IdIndex everything = indexIds(p);
    for (qsizetype i = 0; i < p.comments.size(); ++i) {
        const Comment &cm = p.comments[i];
        if (!everything.contains(cm.itemId))
            c.check(cm.itemId, {}, at("comments", i) + QStringLiteral("/itemId"), ReferencecheckTr::tr("item"), cm.id, true);
    }
    return out;
}

Diagnostics validateReferences(const Project &project, const QString &fileName)
{
    return findDuplicateIds(project, fileName) + findDanglingReferences(project, fileName);
}

} // namespace omnimap
