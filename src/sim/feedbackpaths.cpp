#include "feedbackpaths.h"

#include <QHash>

#include <algorithm>
#include <unordered_map>

namespace omnimap::sim {

bool detractorPaths(DataSet &dataSet, const FeedbackTable &table, int limit, std::vector<DetractorPath> &paths,
                    QString *error)
{
    paths.clear();
    // Customer → time of the first low score.
    std::unordered_map<std::uint32_t, std::int64_t> firstLow;
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table.customer[i] == 0 || !table.isLow(i))
            continue;
        const auto [it, inserted] = firstLow.emplace(table.customer[i], table.ts[i]);
        if (!inserted)
            it->second = std::min(it->second, table.ts[i]);
    }
    if (firstLow.empty())
        return true;
    struct Touch
    {
        std::int64_t ts;
        std::int64_t order;
        int channel;
    };
    std::unordered_map<std::uint32_t, std::vector<Touch>> touches;
    SqliteStatement stmt = dataSet.db().prepare("SELECT id, customer_id, ts, ifnull(channel_id, 0) FROM events");
    int rc = SQLITE_ERROR;
    while (stmt.isValid() && (rc = stmt.step()) == SQLITE_ROW) {
        const std::int64_t customer = stmt.columnInt(1);
        if (customer <= 0 || customer > std::int64_t(UINT32_MAX))
            continue;
        const auto found = firstLow.find(std::uint32_t(customer));
        const std::int64_t ts = stmt.columnInt(2);
        const int channel = int(stmt.columnInt(3));
        if (found == firstLow.end() || ts > found->second || channel <= 0)
            continue;
        touches[std::uint32_t(customer)].push_back({ts, stmt.columnInt(0), channel});
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = dataSet.db().lastError();
        return false;
    }
    const QStringList channels = dataSet.names(Dimension::Channel);
    QHash<QString, int> counts;
    int total = 0;
    for (auto &[customer, list] : touches) {
        std::sort(list.begin(), list.end(), [](const Touch &a, const Touch &b) {
            return a.ts != b.ts ? a.ts < b.ts : a.order < b.order;
        });
        QString path;
        int last = -1;
        for (const Touch &touch : list) {
            if (touch.channel == last)
                continue;
            last = touch.channel;
            if (!path.isEmpty())
                path += QStringLiteral(" > ");
            path += channels.value(touch.channel);
        }
        ++counts[path];
        ++total;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        paths.push_back({it.key(), it.value(), double(it.value()) / double(total)});
    std::sort(paths.begin(), paths.end(), [](const DetractorPath &a, const DetractorPath &b) {
        return a.customers != b.customers ? a.customers > b.customers : a.path < b.path;
    });
    if (limit >= 0 && paths.size() > std::size_t(limit))
        paths.resize(std::size_t(limit));
    return true;
}

} // namespace omnimap::sim
