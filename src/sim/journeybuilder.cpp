#include "journeybuilder.h"

#include <cmath>

namespace omnimap::sim {

std::vector<std::uint8_t> eventTypeFlags(const QStringList &names, const QStringList &wanted)
{
    std::vector<std::uint8_t> flags(std::size_t(names.size()) + 1, 0);
    for (qsizetype i = 0; i < names.size(); ++i) {
        for (const QString &w : wanted) {
            if (!names.at(i).isEmpty() && names.at(i).compare(w, Qt::CaseInsensitive) == 0)
                flags[std::size_t(i)] = 1;
        }
    }
    return flags;
}

Journeys buildJourneys(const EventColumns &events, const JourneyOptions &options)
{
    Journeys out;
    out.channelNames = events.channelNames;
    out.touchpointNames = events.touchpointNames;
    out.stageNames = events.stageNames;
    const std::vector<std::uint8_t> isConversion = eventTypeFlags(events.eventTypeNames, options.conversionEventTypes);
    const auto lookbackMs = std::int64_t(std::llround(options.lookbackDays * 86400000.0));
    const std::int64_t fromMs = options.fromMs.value_or(INT64_MIN);
    const std::int64_t toMs = options.toMs.value_or(INT64_MAX);
    const std::vector<std::uint8_t> *mask = options.customerMask;

    const std::size_t n = events.size();
    out.channel.reserve(n);
    out.touchpoint.reserve(n);
    out.stage.reserve(n);
    out.touchTs.reserve(n);

    // Open journey: touches from `open` to the end of the touch arrays.
    std::size_t open = 0;
    auto closeJourney = [&](std::uint32_t customer, bool converted, double value, std::int64_t endTs) {
        // Drop touches that fell out of the look-back window before the end.
        std::size_t first = open;
        while (first < out.touchTs.size() && out.touchTs[first] < endTs - lookbackMs)
            ++first;
        if (first > open) {
            const auto shift = std::ptrdiff_t(first - open);
            out.channel.erase(out.channel.begin() + std::ptrdiff_t(open), out.channel.begin() + std::ptrdiff_t(open) + shift);
            out.touchpoint.erase(out.touchpoint.begin() + std::ptrdiff_t(open), out.touchpoint.begin() + std::ptrdiff_t(open) + shift);
            out.stage.erase(out.stage.begin() + std::ptrdiff_t(open), out.stage.begin() + std::ptrdiff_t(open) + shift);
            out.touchTs.erase(out.touchTs.begin() + std::ptrdiff_t(open), out.touchTs.begin() + std::ptrdiff_t(open) + shift);
        }
        if (out.touchTs.size() == open) {
            if (converted)
                ++out.conversionsWithoutTouches;
            return;
        }
        out.offsets.push_back(std::uint32_t(out.touchTs.size()));
        out.customer.push_back(customer);
        out.converted.push_back(converted ? 1 : 0);
        out.value.push_back(value);
        out.endTs.push_back(endTs);
        open = out.touchTs.size();
    };

    std::size_t i = 0;
    while (i < n) {
        const std::uint32_t customer = events.customer[i];
        std::size_t end = i;
        while (end < n && events.customer[end] == customer)
            ++end;
        if (mask && (customer >= mask->size() || !(*mask)[customer])) {
            i = end;
            continue;
        }
        for (std::size_t e = i; e < end; ++e) {
            const std::int64_t ts = events.ts[e];
            if (ts < fromMs || ts >= toMs)
                continue;
            const std::uint16_t type = events.eventType[e];
            if (type < isConversion.size() && isConversion[type]) {
                // Touches at the very same millisecond count before the conversion, whatever
                // their order in the file.
                double value = events.revenue[e];
                std::size_t k = e + 1;
                for (; k < end && events.ts[k] == ts; ++k) {
                    const std::uint16_t otherType = events.eventType[k];
                    if (otherType < isConversion.size() && isConversion[otherType])
                        continue;
                    if (events.channel[k] != 0) {
                        out.channel.push_back(events.channel[k]);
                        out.touchpoint.push_back(events.touchpoint[k]);
                        out.stage.push_back(events.stage[k]);
                        out.touchTs.push_back(ts);
                    }
                }
                closeJourney(customer, true, value, ts);
                // Same-time touches were consumed; later same-time conversions close
                // their own (empty) journeys.
                for (std::size_t s = e + 1; s < k; ++s) {
                    const std::uint16_t otherType = events.eventType[s];
                    if (otherType < isConversion.size() && isConversion[otherType])
                        closeJourney(customer, true, events.revenue[s], ts);
                }
                e = k - 1;
                continue;
            }
            if (events.channel[e] == 0)
                continue;
            out.channel.push_back(events.channel[e]);
            out.touchpoint.push_back(events.touchpoint[e]);
            out.stage.push_back(events.stage[e]);
            out.touchTs.push_back(ts);
        }
        if (out.touchTs.size() > open)
            closeJourney(customer, false, 0.0, out.touchTs.back());
        i = end;
    }
    return out;
}

} // namespace omnimap::sim
