#include "dimensiondictionary.h"

namespace omnimap::sim {

std::string_view trimField(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

DimensionDictionary::DimensionDictionary(SqliteDb &db, Dimension dimension)
    : m_db(db)
    , m_dimension(dimension)
{
    const QByteArray select = QByteArray("SELECT id, name FROM ") + DataSet::tableName(dimension);
    SqliteStatement stmt = m_db.prepare(select.constData());
    int rc = SQLITE_ERROR;
    while (stmt.isValid() && (rc = stmt.step()) == SQLITE_ROW) {
        const int id = int(stmt.columnInt(0));
        m_ids.emplace(stmt.columnText(1).toStdString(), id);
        m_nextId = std::max(m_nextId, id + 1);
    }
    m_loaded = rc == SQLITE_DONE;
    const QByteArray insert = QByteArray("INSERT INTO ") + DataSet::tableName(dimension) + " (id, name) VALUES (?, ?)";
    m_insert = m_db.prepare(insert.constData());
}

int DimensionDictionary::idFor(std::string_view name)
{
    name = trimField(name);
    if (name.empty())
        return 0;
    // Heterogeneous lookup needs C++20; the temporary string is cheap next to SQLite.
    thread_local std::string key;
    key.assign(name.data(), name.size());
    const auto found = m_ids.find(key);
    if (found != m_ids.end())
        return found->second;
    if (m_nextId > 65535)
        return -1;
    const int id = m_nextId++;
    m_insert.bindInt(1, id);
    m_insert.bindText(2, name);
    const int rc = m_insert.step();
    m_insert.reset();
    if (rc != SQLITE_DONE)
        return -1;
    m_ids.emplace(key, id);
    return id;
}

} // namespace omnimap::sim
