#include "feedbacktable.h"

#include <cmath>
#include <limits>

namespace omnimap::sim {

bool loadFeedbackTable(DataSet &dataSet, FeedbackTable &table, QString *error)
{
    table = FeedbackTable();
    table.generation = dataSet.generation();
    SqliteDb &db = dataSet.db();
    const std::int64_t rows = db.queryInt("SELECT count(*) FROM feedback");
    const std::int64_t maxCustomer = db.queryInt("SELECT ifnull(max(id), 0) FROM customers");
    if (maxCustomer < 0 || maxCustomer >= std::int64_t(std::numeric_limits<std::uint32_t>::max())) {
        if (error)
            *error = QStringLiteral("customer ids out of range");
        return false;
    }
    table.customerLimit = std::uint32_t(maxCustomer + 1);
    const std::size_t reserve = std::size_t(std::max<std::int64_t>(0, rows));
    table.customer.reserve(reserve);
    table.ts.reserve(reserve);
    table.channel.reserve(reserve);
    table.touchpoint.reserve(reserve);
    table.stage.reserve(reserve);
    table.kind.reserve(reserve);
    table.score.reserve(reserve);
    table.textEnd.reserve(reserve);
    SqliteStatement stmt = db.prepare("SELECT ifnull(customer_id, 0), ts, ifnull(channel_id, 0), ifnull(touchpoint_id, 0), "
                                      "ifnull(stage_id, 0), kind, score, text FROM feedback ORDER BY id");
    int rc = SQLITE_ERROR;
    while (stmt.isValid() && (rc = stmt.step()) == SQLITE_ROW) {
        sqlite3_stmt *s = stmt.handle();
        const std::int64_t customer = sqlite3_column_int64(s, 0);
        const auto *kindText = reinterpret_cast<const char *>(sqlite3_column_text(s, 5));
        const auto kind = feedbackKindFromName(kindText ? std::string_view(kindText) : std::string_view());
        std::int64_t ids[3];
        for (int k = 0; k < 3; ++k)
            ids[k] = sqlite3_column_int64(s, 2 + k);
        // The schema guarantees these; a file edited by hand is skipped row by row.
        if (!kind || customer < 0 || customer >= maxCustomer + 1 || ids[0] < 0 || ids[0] > 65535 || ids[1] < 0
            || ids[1] > 65535 || ids[2] < 0 || ids[2] > 65535)
            continue;
        const double score = sqlite3_column_type(s, 6) == SQLITE_NULL ? std::nan("") : sqlite3_column_double(s, 6);
        if (*kind != FeedbackKind::Text && !checkFeedbackScore(*kind, score).isEmpty())
            continue;
        table.customer.push_back(std::uint32_t(customer));
        table.ts.push_back(sqlite3_column_int64(s, 1));
        table.channel.push_back(std::uint16_t(ids[0]));
        table.touchpoint.push_back(std::uint16_t(ids[1]));
        table.stage.push_back(std::uint16_t(ids[2]));
        table.kind.push_back(std::uint8_t(*kind));
        table.score.push_back(float(score));
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, 7));
        table.texts.append(text ? text : "", std::size_t(sqlite3_column_bytes(s, 7)));
        if (table.texts.size() > std::numeric_limits<std::uint32_t>::max()) {
            if (error)
                *error = QStringLiteral("feedback texts larger than 4 GB");
            return false;
        }
        table.textEnd.push_back(std::uint32_t(table.texts.size()));
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = db.lastError();
        return false;
    }
    table.channelNames = dataSet.names(Dimension::Channel);
    table.touchpointNames = dataSet.names(Dimension::Touchpoint);
    table.stageNames = dataSet.names(Dimension::Stage);
    return true;
}

const FeedbackTable *FeedbackCache::get(DataSet &dataSet, QString *error)
{
    if (m_path == dataSet.path() && m_table.generation >= 0 && m_table.generation == dataSet.generation())
        return &m_table;
    m_path.clear();
    if (!loadFeedbackTable(dataSet, m_table, error))
        return nullptr;
    m_path = dataSet.path();
    return &m_table;
}

} // namespace omnimap::sim
