#pragma once

#include "journeychain.h"

#include <QString>

#include <vector>

namespace omnimap::sim {

/// Kept touches of the journeys grouped by (previous cell, cell, first, last, outcome):
/// everything chainFromJourneys counts, as a warehouse returns it (PgPushdown::chainCells).
struct CellSteps
{
    struct Step
    {
        QString previousStage, previousChannel; ///< empty for a journey's first touch
        QString stage, channel;
        bool first = false, last = false, converted = false;
        double touches = 0.0;
        double dwellDays = 0.0;        ///< sum of days since the previous touch
        double dwellToEndDays = 0.0;   ///< sum of days from the touch to the conversion
        double value = 0.0;            ///< sum of the journeys' conversion revenue
    };
    struct TypeCount
    {
        QString stage, channel, eventType;
        double events = 0.0;
    };
    std::vector<Step> steps;
    std::vector<TypeCount> eventTypes; ///< non-conversion events per cell and type
};

/// The chain chainFromJourneys would fit to the same journeys (states in stage, then
/// channel order instead of order of appearance).
JourneyChain chainFromCellSteps(const CellSteps &cells, const omnimap::Journey &journey,
                                const QStringList &conversionEventTypes);

} // namespace omnimap::sim
