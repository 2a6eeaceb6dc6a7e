#pragma once

#include "sqlitedb.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace omnimap::sim {

/// Rows of a paths file merged into one stored row per identical path and import run:
/// counts, values and the number of file rows summed in file order, rows kept in the
/// order of their first appearance (and, in the schema upgrade, under the id of that
/// first row). A path file of 1 M rows over 10 000 distinct paths stores 10 000 rows.
///
/// Rows are merged only within the same outcome kind — converting (conversions > 0),
/// value without a conversion, neither — because the rule-based models' bootstrap
/// treats those kinds apart and draws its categories in the order their first credited
/// row appears; merging across kinds would reorder them. Every analysis therefore sees
/// the same records it saw before merging (docs/data-set.md, "Paths").
class PathAggregate final
{
public:
    struct Row
    {
        std::int64_t runId = 0;
        std::int64_t firstId = 0; ///< id of the first merged row (schema upgrade), else 0
        std::string channelIds;   ///< stored form: channel ids separated by one space
        double conversions = 0.0;
        double nulls = 0.0;
        double value = 0.0;
        std::int64_t sourceRows = 0;
    };

    /// Adds one row (or, in the upgrade, an already merged one of `sourceRows` rows).
    void add(std::int64_t runId, std::string_view channelIds, double conversions, double nulls, double value,
             std::int64_t sourceRows = 1, std::int64_t firstId = 0);

    const std::vector<Row> &rows() const { return m_rows; }
    bool empty() const { return m_rows.empty(); }

    /// Inserts the merged rows into `paths` (inside the caller's transaction), with
    /// their first ids when known. False on a database error.
    bool write(SqliteDb &db) const;

private:
    std::unordered_map<std::string, std::uint32_t> m_index;
    std::vector<Row> m_rows;
    std::string m_key; ///< reused: a look-up of a known path allocates nothing
};

} // namespace omnimap::sim
