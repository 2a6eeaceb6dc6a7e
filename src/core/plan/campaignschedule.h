#pragma once

#include "model/project.h"

#include <QDate>

#include <optional>

namespace omnimap {

/// An inclusive span of days. A one-day action has start == end (length 1); "zero
/// length" in the editor means exactly that, never end < start.
struct DateSpan
{
    QDate start;
    QDate end;

    bool isValid() const { return start.isValid() && end.isValid() && end >= start; }
    qint64 lengthDays() const { return isValid() ? start.daysTo(end) + 1 : 0; }
    bool contains(const DateSpan &other) const;
    bool overlaps(const DateSpan &other) const;
};

/// Parses two ISO 8601 dates ("2026-12-28"); invalid dates give an invalid span.
DateSpan parseSpan(const QString &start, const QString &end);
QString isoDate(const QDate &date);

DateSpan campaignSpan(const Campaign &campaign);
DateSpan actionSpan(const PlannedAction &action);

/// How a drag on the timeline changes an action's dates.
enum class SpanEdit { Move, ResizeStart, ResizeEnd };

/// The span after dragging by `days`: Move shifts both ends, the resizes move one end
/// and stop at a one-day span (start == end) instead of crossing over.
DateSpan editSpan(const DateSpan &span, SpanEdit edit, qint64 days);

/// The channel an action spends on: its own channel, else its touchpoint's lane.
Id actionChannelId(const Project &project, const PlannedAction &action);

/// The touchpoint an action is planned on, searched in the campaign's journey first.
const Touchpoint *actionTouchpoint(const Project &project, const Campaign &campaign,
                                   const PlannedAction &action, const Journey **journey = nullptr);

/// Planned cost against the budget line of one channel.
struct ChannelBudgetUse
{
    Id channelId;
    std::optional<double> budget; ///< no budget line: nothing
    double planned = 0.0;         ///< sum of action costs on the channel
    int actions = 0;

    bool exceeded() const { return planned > budget.value_or(0.0) + 1e-9 && planned > 0.0; }
};

/// One row per channel with a budget line or an action, budget lines first in their order.
QList<ChannelBudgetUse> campaignBudgetUse(const Project &project, const Campaign &campaign);

double campaignBudgetTotal(const Campaign &campaign);
double campaignPlannedTotal(const Campaign &campaign);

} // namespace omnimap
