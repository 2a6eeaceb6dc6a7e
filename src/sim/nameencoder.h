#pragma once

#include "hugepages.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <random>
#include <string_view>
#include <vector>

namespace omnimap::sim {

/// Name -> integer id in memory, looked up by string_view without allocating. The
/// importer's parse thread encodes with it while the writer thread stores the new names,
/// so it never touches the database itself.
///
/// An open-addressing table (linear probing) over one byte arena: a look-up touches one
/// 24-byte slot and, only when the hashes match, the name's bytes; a new name is one
/// append. The node-based std::unordered_map it replaces spent most of the import's parse
/// time chasing pointers for 4 M customers (perf, issue 22), and about 90 bytes per name
/// against ~40 here. The hash is seeded per process, so a file crafted for collisions
/// can not make the import quadratic.
class NameEncoder final
{
public:
    NameEncoder()
        : m_seed(seed())
    {
    }

    /// Registers a name already stored under `id` (ids are positive).
    void add(std::string_view name, std::int64_t id)
    {
        insert(name, hashOf(name), id);
        if (id >= m_next)
            m_next = id + 1;
    }

    /// Id of `name`; `isNew` tells the caller to store it.
    std::int64_t encode(std::string_view name, bool &isNew)
    {
        // Sorted files repeat the same customer row after row: one compare skips the hash.
        if (m_lastId > 0 && name.size() == m_lastSize && std::memcmp(name.data(), m_arena.data() + m_lastOffset, name.size()) == 0) {
            isNew = false;
            return m_lastId;
        }
        const std::uint64_t hash = hashOf(name);
        if (m_size != 0) {
            for (std::size_t i = std::uint32_t(hash) & m_mask;; i = (i + 1) & m_mask) {
                const Slot &slot = m_slots.get()[i];
                if (slot.id == 0)
                    break;
                if (slot.hash == std::uint32_t(hash) && slot.size == name.size()
                    && std::memcmp(m_arena.data() + slot.offset, name.data(), name.size()) == 0) {
                    isNew = false;
                    remember(slot);
                    return slot.id;
                }
            }
        }
        isNew = true;
        const std::int64_t id = m_next++;
        remember(insert(name, hash, id));
        return id;
    }

    std::int64_t nextId() const { return m_next; }
    std::size_t size() const { return m_count; }

private:
    struct Slot
    {
        std::uint64_t offset = 0; ///< of the name in m_arena
        std::int64_t id = 0;      ///< 0: empty slot
        std::uint32_t hash = 0;   ///< low bits of the hash: most mismatches stop here
        std::uint32_t size = 0;
    };

    /// Drawn once per process (thread-safe static): a std::random_device per encoder cost
    /// a system call per import, and a crafted file cannot know the value either way.
    static std::uint64_t seed()
    {
        static const std::uint64_t value = [] {
            std::random_device device;
            return (std::uint64_t(device()) << 32) ^ device();
        }();
        return value;
    }

    std::uint64_t hashOf(std::string_view s) const
    {
        // Eight bytes at a time, multiply-xorshift mixing, splitmix64's finaliser.
        std::uint64_t h = m_seed ^ (s.size() * 0x9E3779B97F4A7C15ULL);
        std::size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + i, 8);
            h = (h ^ word) * 0xBF58476D1CE4E5B9ULL;
            h ^= h >> 31;
        }
        std::uint64_t tail = 0;
        if (i < s.size())
            std::memcpy(&tail, s.data() + i, s.size() - i);
        h = (h ^ tail) * 0x94D049BB133111EBULL;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9ULL;
        return h ^ (h >> 32);
    }

    const Slot &insert(std::string_view name, std::uint64_t hash, std::int64_t id)
    {
        if ((m_count + 1) * 4 > m_size * 3)
            grow();
        Slot slot;
        slot.offset = m_arena.size();
        slot.id = id;
        slot.hash = std::uint32_t(hash);
        slot.size = std::uint32_t(name.size());
        m_arena.insert(m_arena.end(), name.begin(), name.end());
        std::size_t i = std::uint32_t(hash) & m_mask;
        while (m_slots.get()[i].id != 0)
            i = (i + 1) & m_mask;
        m_slots.get()[i] = slot;
        ++m_count;
        return m_slots.get()[i];
    }

    void grow()
    {
        // Starts small: an import has five encoders, and a small file (every fuzz input)
        // should not zero 120 KB of tables; doubling from 64 to 1024 slots is four
        // rehashes of at most 384 names.
        const std::size_t size = m_size == 0 ? 64 : m_size * 2;
        // calloc: fresh pages come zeroed from the kernel, so the table is not cleared a
        // second time by a fill (that fill and the re-hashing were a tenth of the parse
        // thread's time for 4 M customers, perf, issue 22).
        SlotArray table(static_cast<Slot *>(std::calloc(size, sizeof(Slot))));
        if (!table)
            throw std::bad_alloc();
        // Every new customer probes a random slot: with 4 KiB pages most probes of a
        // table of 4 M customers also miss the TLB (perf: nearly all of encode() was that
        // one load). 2 MiB pages, asked for before the first touch.
        adviseHugePages(table.get(), size * sizeof(Slot));
        const std::size_t mask = size - 1;
        for (std::size_t k = 0; k < m_size; ++k) {
            const Slot &slot = m_slots.get()[k];
            if (slot.id == 0)
                continue;
            // The stored low 32 bits of the hash are the index bits of any table that
            // fits in memory: no name is read or hashed again.
            std::size_t i = slot.hash & mask;
            while (table.get()[i].id != 0)
                i = (i + 1) & mask;
            table.get()[i] = slot;
        }
        m_slots = std::move(table);
        m_size = size;
        m_mask = mask;
    }

    void remember(const Slot &slot)
    {
        m_lastOffset = slot.offset;
        m_lastSize = slot.size;
        m_lastId = slot.id;
    }

    struct FreeSlots
    {
        void operator()(Slot *p) const { std::free(p); }
    };
    using SlotArray = std::unique_ptr<Slot, FreeSlots>;

    std::uint64_t m_seed;
    SlotArray m_slots;
    std::size_t m_size = 0; ///< slots in m_slots (0 or a power of two)
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
    std::vector<char> m_arena;
    std::int64_t m_next = 1;
    std::uint64_t m_lastOffset = 0;
    std::size_t m_lastSize = 0;
    std::int64_t m_lastId = 0;
};

} // namespace omnimap::sim
