#pragma once

#include "eventcache.h"

#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace omnimap::sim {

/// How events become journeys (docs/simulation.md, "Journeys").
struct JourneyOptions
{
    QStringList conversionEventTypes{QStringLiteral("purchase")};
    double lookbackDays = 30.0;             ///< touches older than this before the end are dropped
    std::optional<std::int64_t> fromMs;     ///< events before are ignored
    std::optional<std::int64_t> toMs;       ///< events at or after are ignored
    const std::vector<std::uint8_t> *customerMask = nullptr; ///< segment filter by customer id
};

/// Per customer, the ordered touches up to each conversion (then a new journey starts)
/// or, for the last open journey, up to its last touch. Flat arrays: journey j owns
/// touches [offsets[j], offsets[j+1]).
struct Journeys
{
    std::vector<std::uint32_t> offsets{0};
    std::vector<std::uint16_t> channel;
    std::vector<std::uint16_t> touchpoint;
    std::vector<std::uint16_t> stage;
    std::vector<std::int64_t> touchTs;

    std::vector<std::uint32_t> customer;
    std::vector<std::uint8_t> converted;
    std::vector<double> value;          ///< revenue of the conversion
    std::vector<std::int64_t> endTs;    ///< conversion time, or the last touch of an open journey

    std::int64_t conversionsWithoutTouches = 0; ///< conversions with no touch in the window

    QStringList channelNames;
    QStringList touchpointNames;
    QStringList stageNames;

    std::size_t size() const { return customer.size(); }
    std::uint32_t begin(std::size_t j) const { return offsets[j]; }
    std::uint32_t end(std::size_t j) const { return offsets[j + 1]; }
};

/// Builds the journeys with one pass over the cached columns.
Journeys buildJourneys(const EventColumns &events, const JourneyOptions &options = {});

/// Ids of event-type names (case-insensitive) in `names`; unknown names are ignored.
std::vector<std::uint8_t> eventTypeFlags(const QStringList &names, const QStringList &wanted);

} // namespace omnimap::sim
