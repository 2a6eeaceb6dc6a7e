#pragma once

#include "dataset.h"
#include "eventcache.h"
#include "journeybuilder.h"

#include "model/persona.h"

#include <memory>
#include <optional>

namespace omnimap::sim {

/// What the analysis views ask for: which customers (a persona's segment rule), which
/// period, which events convert and how far back a journey looks.
struct JourneyQuery
{
    std::optional<omnimap::SegmentRule> segment;
    std::optional<std::int64_t> fromMs;
    std::optional<std::int64_t> toMs;
    double lookbackDays = 30.0;
    QStringList conversionEventTypes{QStringLiteral("purchase")};
};

/// Everything an analysis needs, kept together so the mask outlives the options.
struct JourneyQueryResult
{
    EventColumnsPtr events;
    std::vector<std::uint8_t> mask;
    JourneyOptions options;
    std::shared_ptr<const Journeys> journeys; ///< shared with the cache: do not modify
};

/// Builds the journeys for a query from the cached columns (loading them on first use).
/// The last few results are kept per data-set generation, so asking again (another
/// chart of the same view) costs nothing. False with errorString on a database error.
bool runJourneyQuery(DataSet &dataSet, const JourneyQuery &query, JourneyQueryResult &result,
                     QString *errorString = nullptr);

/// Forgets the kept journeys (with clearEventColumnsCache: a truly cold start).
void clearJourneyQueryCache();

} // namespace omnimap::sim
