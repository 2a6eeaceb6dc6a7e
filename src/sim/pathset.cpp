#include "pathset.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

namespace omnimap::sim {

double PathSet::totalConversions() const
{
    double sum = 0.0;
    for (double c : conversions)
        sum += c;
    return sum;
}

double PathSet::totalValue() const
{
    double sum = 0.0;
    for (double v : value)
        sum += v;
    return sum;
}

PathSet pathSetFromJourneys(const Journeys &journeys, std::size_t limit)
{
    const std::size_t n = std::min(limit, journeys.size());
    const std::uint32_t touches = journeys.offsets[n];
    PathSet paths;
    paths.channelNames = journeys.channelNames;
    paths.offsets.assign(journeys.offsets.begin(), journeys.offsets.begin() + std::ptrdiff_t(n + 1));
    paths.channels.assign(journeys.channel.begin(), journeys.channel.begin() + touches);
    paths.ageDays.resize(touches);
    paths.conversions.resize(n);
    paths.nulls.resize(n);
    paths.value.assign(journeys.value.begin(), journeys.value.begin() + std::ptrdiff_t(n));
    for (std::size_t j = 0; j < n; ++j) {
        paths.conversions[j] = journeys.converted[j];
        paths.nulls[j] = 1 - journeys.converted[j];
        for (std::uint32_t t = journeys.begin(j); t < journeys.end(j); ++t)
            paths.ageDays[t] = float(double(journeys.endTs[j] - journeys.touchTs[t]) / 86400000.0);
    }
    return paths;
}

bool loadPathSet(DataSet &dataSet, PathSet &paths, QString *errorString)
{
    paths = PathSet();
    paths.channelNames = dataSet.names(Dimension::Channel);
    SqliteStatement stmt = dataSet.db().prepare("SELECT channel_ids, conversions, nulls, value FROM paths ORDER BY id");
    int rc = 0;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt.handle(), 0));
        unsigned id = 0;
        bool inNumber = false;
        for (const char *p = text; p && *p; ++p) {
            if (*p >= '0' && *p <= '9') {
                id = id * 10 + unsigned(*p - '0');
                inNumber = true;
            } else if (inNumber) {
                paths.channels.push_back(std::uint16_t(id));
                id = 0;
                inNumber = false;
            }
        }
        if (inNumber)
            paths.channels.push_back(std::uint16_t(id));
        paths.offsets.push_back(std::uint32_t(paths.channels.size()));
        paths.conversions.push_back(stmt.columnDouble(1));
        paths.nulls.push_back(stmt.columnDouble(2));
        paths.value.push_back(stmt.columnDouble(3));
    }
    if (rc != SQLITE_DONE) {
        if (errorString)
            *errorString = dataSet.db().lastError();
        return false;
    }
    return true;
}

PathSet uniquePaths(const PathSet &paths, bool collapseRepeats, bool keepAges)
{
    PathSet out;
    out.channelNames = paths.channelNames;
    keepAges = keepAges && paths.ageDays.size() == paths.channels.size();
    // Most paths have at most four steps: those are keyed by one packed 64-bit integer
    // (ids are never 0), the rest by their bytes.
    std::unordered_map<std::uint64_t, std::uint32_t> shortIndex;
    std::unordered_map<std::string, std::uint32_t> longIndex;
    shortIndex.reserve(4096);
    std::vector<std::uint16_t> steps;
    std::vector<float> ages;
    std::string key;
    for (std::size_t p = 0; p < paths.size(); ++p) {
        steps.clear();
        ages.clear();
        std::uint16_t last = 0;
        for (std::uint32_t t = paths.begin(p); t < paths.end(p); ++t) {
            const std::uint16_t c = paths.channels[t];
            if (c == 0 || (collapseRepeats && c == last))
                continue;
            steps.push_back(c);
            if (keepAges)
                ages.push_back(paths.ageDays[t]);
            last = c;
        }
        if (steps.empty())
            continue;
        std::pair<std::uint32_t, bool> slot;
        if (steps.size() <= 4 && !keepAges) {
            std::uint64_t packed = 0;
            for (std::uint16_t c : steps)
                packed = (packed << 16) | c;
            const auto [it, inserted] = shortIndex.try_emplace(packed, std::uint32_t(out.size()));
            slot = {it->second, inserted};
        } else {
            key.assign(reinterpret_cast<const char *>(steps.data()), steps.size() * sizeof(std::uint16_t));
            if (keepAges)
                key.append(reinterpret_cast<const char *>(ages.data()), ages.size() * sizeof(float));
            const auto [it, inserted] = longIndex.try_emplace(key, std::uint32_t(out.size()));
            slot = {it->second, inserted};
        }
        if (slot.second) {
            out.channels.insert(out.channels.end(), steps.begin(), steps.end());
            out.ageDays.insert(out.ageDays.end(), ages.begin(), ages.end());
            out.offsets.push_back(std::uint32_t(out.channels.size()));
            out.conversions.push_back(0.0);
            out.nulls.push_back(0.0);
            out.value.push_back(0.0);
        }
        out.conversions[slot.first] += paths.conversions[p];
        out.nulls[slot.first] += paths.nulls[p];
        out.value[slot.first] += paths.value[p];
    }
    return out;
}

PathSet collapsedUniquePaths(const PathSet &paths)
{
    return uniquePaths(paths, true);
}

} // namespace omnimap::sim
