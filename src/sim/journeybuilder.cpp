#include "journeybuilder.h"

#include "hugepages.h"

#include <climits>
#include <cmath>
#include <thread>
#include <type_traits>
#include <utility>

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

namespace {

/// What every part of one build shares.
struct BuildRules
{
    std::vector<std::uint8_t> isConversion;
    std::int64_t lookbackMs = 0;
    std::int64_t fromMs = INT64_MIN;
    std::int64_t toMs = INT64_MAX;
    const std::vector<std::uint8_t> *mask = nullptr;
};

/// Every array of `out` reserved for `capacity` entries (one journey per event at most):
/// the pages never written are never faulted in, and growing by copying was 10 % of a
/// cold query. 2 MiB pages: see hugepages.h.
void reserveJourneys(Journeys &out, std::size_t capacity)
{
    auto reserve = [](auto &v, std::size_t n) {
        v.reserve(n);
        adviseHugePages(v.data(), v.capacity() * sizeof(v[0]));
    };
    reserve(out.channel, capacity);
    reserve(out.touchpoint, capacity);
    reserve(out.stage, capacity);
    reserve(out.touchTs, capacity);
    reserve(out.offsets, capacity + 1);
    reserve(out.customer, capacity);
    reserve(out.converted, capacity);
    reserve(out.value, capacity);
    reserve(out.endTs, capacity);
}

/// Appends the journeys of the events [from, last), which start and end at customer
/// boundaries, to `out`.
void buildRange(const EventColumns &events, std::size_t from, std::size_t last, const BuildRules &rules, Journeys &out)
{
    const std::vector<std::uint8_t> &isConversion = rules.isConversion;
    const std::int64_t lookbackMs = rules.lookbackMs;
    const std::int64_t fromMs = rules.fromMs;
    const std::int64_t toMs = rules.toMs;
    const std::vector<std::uint8_t> *mask = rules.mask;
    const std::size_t n = last;
    // Open journey: touches from `open` to the end of the touch arrays.
    std::size_t open = out.touchTs.size();
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

    std::size_t i = from;
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
}

/// Moves `part` (built after `out`'s last customer) to the end of `out`, freeing each of
/// its arrays once copied: memory peaks at one array more than the journeys themselves.
void appendJourneys(Journeys &out, Journeys &&part)
{
    auto move = [](auto &to, auto &from) {
        to.insert(to.end(), from.begin(), from.end());
        std::decay_t<decltype(from)>().swap(from);
    };
    const auto base = std::uint32_t(out.touchTs.size());
    for (std::size_t j = 1; j < part.offsets.size(); ++j)
        out.offsets.push_back(base + part.offsets[j]);
    std::vector<std::uint32_t>().swap(part.offsets);
    move(out.channel, part.channel);
    move(out.touchpoint, part.touchpoint);
    move(out.stage, part.stage);
    move(out.touchTs, part.touchTs);
    move(out.customer, part.customer);
    move(out.converted, part.converted);
    move(out.value, part.value);
    move(out.endTs, part.endTs);
    out.conversionsWithoutTouches += part.conversionsWithoutTouches;
}

} // namespace

Journeys buildJourneys(const EventColumns &events, const JourneyOptions &options)
{
    Journeys out;
    out.channelNames = events.channelNames;
    out.touchpointNames = events.touchpointNames;
    out.stageNames = events.stageNames;
    BuildRules rules;
    rules.isConversion = eventTypeFlags(events.eventTypeNames, options.conversionEventTypes);
    rules.lookbackMs = std::int64_t(std::llround(options.lookbackDays * 86400000.0));
    rules.fromMs = options.fromMs.value_or(INT64_MIN);
    rules.toMs = options.toMs.value_or(INT64_MAX);
    rules.mask = options.customerMask;

    const std::size_t n = events.size();
    reserveJourneys(out, n);
    // A customer's journeys depend only on its own events, so big tables are built in two
    // halves split at a customer boundary, on two threads, and joined (the second half's
    // copy costs far less than building it).
    std::size_t middle = n / 2;
    while (middle > 0 && middle < n && events.customer[middle] == events.customer[middle - 1])
        ++middle;
    if (n < 400000 || middle == 0 || middle >= n) {
        buildRange(events, 0, n, rules, out);
        return out;
    }
    Journeys second;
    std::thread helper([&] {
        reserveJourneys(second, n - middle);
        buildRange(events, middle, n, rules, second);
    });
    buildRange(events, 0, middle, rules, out);
    helper.join();
    appendJourneys(out, std::move(second));
    return out;
}


} // namespace omnimap::sim
