#include "campaignschedule.h"

#include "model/lookup.h"

namespace omnimap {

bool DateSpan::contains(const DateSpan &other) const
{
    return isValid() && other.isValid() && other.start >= start && other.end <= end;
}

bool DateSpan::overlaps(const DateSpan &other) const
{
    return isValid() && other.isValid() && other.start <= end && start <= other.end;
}

DateSpan parseSpan(const QString &start, const QString &end)
{
    return {QDate::fromString(start, Qt::ISODate), QDate::fromString(end, Qt::ISODate)};
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

DateSpan campaignSpan(const Campaign &campaign)
{
    return parseSpan(campaign.start, campaign.end);
}

DateSpan actionSpan(const PlannedAction &action)
{
    return parseSpan(action.start, action.end);
}

DateSpan editSpan(const DateSpan &span, SpanEdit edit, qint64 days)
{
    DateSpan result = span;
    switch (edit) {
    case SpanEdit::Move:
        result.start = span.start.addDays(days);
        result.end = span.end.addDays(days);
        break;
    case SpanEdit::ResizeStart:
        result.start = qMin(span.start.addDays(days), span.end);
        break;
    case SpanEdit::ResizeEnd:
        result.end = qMax(span.end.addDays(days), span.start);
        break;
    }
    return result;
}

const Touchpoint *actionTouchpoint(const Project &project, const Campaign &campaign,
                                   const PlannedAction &action, const Journey **journey)
{
    if (action.touchpointId.isEmpty())
        return nullptr;
    if (const Journey *own = findById(project.journeys, campaign.journeyId)) {
        if (const Touchpoint *t = findById(own->touchpoints, action.touchpointId)) {
            if (journey)
                *journey = own;
            return t;
        }
    }
    for (const Journey &j : project.journeys) {
        if (const Touchpoint *t = findById(j.touchpoints, action.touchpointId)) {
            if (journey)
                *journey = &j;
            return t;
        }
    }
    return nullptr;
}

Id actionChannelId(const Project &project, const PlannedAction &action)
{
    if (!action.channelId.isEmpty() || action.touchpointId.isEmpty())
        return action.channelId;
    for (const Journey &j : project.journeys) {
        if (const Touchpoint *t = findById(j.touchpoints, action.touchpointId))
            return t->channelId;
    }
    return {};
}

QList<ChannelBudgetUse> campaignBudgetUse(const Project &project, const Campaign &campaign)
{
    QList<ChannelBudgetUse> rows;
    auto rowFor = [&rows](const Id &channelId) -> ChannelBudgetUse & {
        for (ChannelBudgetUse &row : rows) {
            if (row.channelId == channelId)
                return row;
        }
        rows.append(ChannelBudgetUse{channelId, std::nullopt, 0.0, 0});
        return rows.last();
    };
    for (const BudgetLine &line : campaign.budget) {
        ChannelBudgetUse &row = rowFor(line.channelId);
        row.budget = row.budget.value_or(0.0) + line.amount;
    }
    for (const PlannedAction &action : campaign.actions) {
        ChannelBudgetUse &row = rowFor(actionChannelId(project, action));
        row.planned += action.cost;
        ++row.actions;
    }
    return rows;
}

double campaignBudgetTotal(const Campaign &campaign)
{
    double total = 0.0;
    for (const BudgetLine &line : campaign.budget)
        total += line.amount;
    return total;
}

double campaignPlannedTotal(const Campaign &campaign)
{
    double total = 0.0;
    for (const PlannedAction &action : campaign.actions)
        total += action.cost;
    return total;
}

} // namespace omnimap
