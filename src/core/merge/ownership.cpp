#include "ownership.h"

#include <algorithm>
#include <functional>

namespace omnimap {

namespace {

/// Visits every item that can be commented on or owned, with what describes it.
template<typename Visit>
void forEachItem(const Project &p, Visit visit)
{
    for (const Department &d : p.departments)
        visit(ItemInfo{d.id, QStringLiteral("department"), d.name, {}, {}, false, {}});
    for (const Channel &c : p.channels)
        visit(ItemInfo{c.id, QStringLiteral("channel"), c.name, c.ownerDepartmentId, {}, false, {}});
    for (const Persona &persona : p.personas)
        visit(ItemInfo{persona.id, QStringLiteral("persona"), persona.name, persona.ownerDepartmentId, {}, false, {}});
    for (const Journey &j : p.journeys) {
        visit(ItemInfo{j.id, QStringLiteral("journey"), j.name, j.ownerDepartmentId, j.id, true, j.review});
        for (const Stage &s : j.stages)
            visit(ItemInfo{s.id, QStringLiteral("stage"), s.name, {}, j.id, false, {}});
        for (const Touchpoint &t : j.touchpoints)
            visit(ItemInfo{t.id, QStringLiteral("touchpoint"), t.title, t.ownerDepartmentId, j.id, true, t.review});
        for (const Handoff &h : j.handoffs)
            visit(ItemInfo{h.id, QStringLiteral("handoff"), h.label, {}, j.id, false, {}});
        for (const ChannelRole &r : j.roles)
            visit(ItemInfo{r.id, QStringLiteral("role"), r.purpose, r.ownerDepartmentId, j.id, false, {}});
    }
    for (const Kpi &k : p.kpis)
        visit(ItemInfo{k.id, QStringLiteral("kpi"), k.name, k.ownerDepartmentId, k.journeyId, false, {}});
    for (const ChecklistTemplate &t : p.checklistTemplates)
        visit(ItemInfo{t.id, QStringLiteral("checklistTemplate"), t.name, {}, {}, false, {}});
    for (const Checklist &c : p.checklists) {
        visit(ItemInfo{c.id, QStringLiteral("checklist"), c.name, {}, c.journeyId, false, {}});
        for (const CheckResult &r : c.results)
            visit(ItemInfo{r.id, QStringLiteral("checkResult"), r.note, {}, c.journeyId, false, {}});
    }
    for (const Campaign &c : p.campaigns) {
        visit(ItemInfo{c.id, QStringLiteral("campaign"), c.name, c.ownerDepartmentId, c.journeyId, false, {}});
        for (const PlannedAction &a : c.actions)
            visit(ItemInfo{a.id, QStringLiteral("plannedAction"), a.title, {}, c.journeyId, false, {}});
    }
    for (const Scenario &s : p.scenarios)
        visit(ItemInfo{s.id, QStringLiteral("scenario"), s.name, {}, s.journeyId, false, {}});
}

} // namespace

std::optional<ItemInfo> describeItem(const Project &project, const Id &id)
{
    if (id.isEmpty())
        return std::nullopt;
    if (id == project.id)
        return ItemInfo{project.id, QStringLiteral("project"), project.name, {}, {}, false, {}};
    std::optional<ItemInfo> found;
    forEachItem(project, [&](const ItemInfo &info) {
        if (!found && info.id == id)
            found = info;
    });
    return found;
}

QList<ItemInfo> itemsOwnedBy(const Project &project, const Id &departmentId)
{
    QList<ItemInfo> items;
    if (departmentId.isEmpty())
        return items;
    forEachItem(project, [&](const ItemInfo &info) {
        if (info.ownerDepartmentId == departmentId)
            items.append(info);
    });
    return items;
}

QList<Comment> commentThread(const Project &project, const Id &itemId)
{
    QList<Comment> roots, replies;
    for (const Comment &c : project.comments) {
        if (c.itemId != itemId)
            continue;
        (c.replyToId.isEmpty() ? roots : replies).append(c);
    }
    // Depth-first: a reply follows the message it answers, replies in file order.
    QList<Comment> thread;
    std::function<void(const Comment &)> add = [&](const Comment &c) {
        thread.append(c);
        for (const Comment &reply : replies) {
            if (reply.replyToId == c.id)
                add(reply);
        }
    };
    for (const Comment &root : roots)
        add(root);
    // Replies whose message is gone still belong to the item.
    for (const Comment &reply : replies) {
        if (std::none_of(thread.begin(), thread.end(), [&](const Comment &c) { return c.id == reply.id; }))
            thread.append(reply);
    }
    return thread;
}

} // namespace omnimap
