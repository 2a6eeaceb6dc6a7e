#include "pathaggregate.h"

namespace omnimap::sim {

namespace {

char outcomeKind(double conversions, double value)
{
    if (conversions > 0.0)
        return 'c';
    return value != 0.0 ? 'v' : 'n';
}

} // namespace

void PathAggregate::add(std::int64_t runId, std::string_view channelIds, double conversions, double nulls, double value,
                        std::int64_t sourceRows, std::int64_t firstId)
{
    m_key.assign(reinterpret_cast<const char *>(&runId), sizeof runId);
    m_key.push_back(outcomeKind(conversions, value));
    m_key.append(channelIds.data(), channelIds.size());
    const auto [it, inserted] = m_index.try_emplace(m_key, std::uint32_t(m_rows.size()));
    if (inserted) {
        Row row;
        row.runId = runId;
        row.firstId = firstId;
        row.channelIds.assign(channelIds);
        m_rows.push_back(std::move(row));
    }
    // Summed in file order, as uniquePaths() sums them when the rows are stored apart.
    Row &row = m_rows[it->second];
    row.conversions += conversions;
    row.nulls += nulls;
    row.value += value;
    row.sourceRows += sourceRows;
}

bool PathAggregate::write(SqliteDb &db) const
{
    SqliteStatement insert = db.prepare("INSERT INTO paths (id, import_run_id, channel_ids, conversions, nulls, value, source_rows) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert.isValid())
        return false;
    for (const Row &row : m_rows) {
        if (row.firstId > 0)
            insert.bindInt(1, row.firstId);
        else
            insert.bindNull(1);
        insert.bindInt(2, row.runId);
        insert.bindText(3, row.channelIds);
        insert.bindDouble(4, row.conversions);
        insert.bindDouble(5, row.nulls);
        insert.bindDouble(6, row.value);
        insert.bindInt(7, row.sourceRows);
        const int rc = insert.step();
        insert.reset();
        if (rc != SQLITE_DONE)
            return false;
    }
    return true;
}

} // namespace omnimap::sim
