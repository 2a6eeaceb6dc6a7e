#pragma once

#include "dataset.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace omnimap::sim {

/// Name -> id of one dimension table during an import. New names are inserted at once
/// (inside the import's transaction) so events referring to them satisfy the foreign key.
class DimensionDictionary final
{
public:
    DimensionDictionary(SqliteDb &db, Dimension dimension);

    /// Id of `name` (trimmed), inserting it when new; 0 for an empty name,
    /// -1 on a database error or when the dimension is full (ids are 16-bit in the cache).
    int idFor(std::string_view name);
    /// False when the existing names could not all be read (a read error is not "no more
    /// rows": new ids would then collide with names already in the data set).
    bool loaded() const { return m_loaded; }

private:
    bool m_loaded = false;
    SqliteDb &m_db;
    Dimension m_dimension;
    std::unordered_map<std::string, int> m_ids;
    int m_nextId = 1;
    SqliteStatement m_insert;
};

/// Trims ASCII blanks around a field.
std::string_view trimField(std::string_view text);

} // namespace omnimap::sim
