#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace omnimap::sim {

/// Name -> integer id in memory, looked up by string_view without allocating (the keys
/// view strings the encoder owns). The importer's parse thread encodes with it while
/// the writer thread stores the new names, so it never touches the database itself.
class NameEncoder final
{
public:
    /// Registers a name already stored under `id`.
    void add(std::string_view name, std::int64_t id)
    {
        m_names.emplace_back(name);
        m_ids.emplace(std::string_view(m_names.back()), id);
        if (id >= m_next)
            m_next = id + 1;
    }

    /// Id of `name`; `isNew` tells the caller to store it.
    std::int64_t encode(std::string_view name, bool &isNew)
    {
        if (name.size() == m_lastName.size() && name == m_lastName && m_lastId > 0) {
            isNew = false;
            return m_lastId;
        }
        const auto found = m_ids.find(name);
        if (found != m_ids.end()) {
            isNew = false;
            remember(found->first, found->second);
            return found->second;
        }
        isNew = true;
        const std::int64_t id = m_next;
        add(name, id);
        remember(m_names.back(), id);
        return id;
    }

    std::int64_t nextId() const { return m_next; }

private:
    // Sorted files repeat the same customer row after row: one compare skips the hash.
    void remember(std::string_view name, std::int64_t id)
    {
        m_lastName = name;
        m_lastId = id;
    }

    std::deque<std::string> m_names;
    std::unordered_map<std::string_view, std::int64_t> m_ids;
    std::int64_t m_next = 1;
    std::string_view m_lastName;
    std::int64_t m_lastId = 0;
};

} // namespace omnimap::sim
