#pragma once

#include "hugepages.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
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
/// An open-addressing table (linear probing) of 8-byte slots over one byte arena: a slot
/// holds 32 bits of the name's hash and where its record starts in the arena (the id,
/// the length and the bytes, together). A look-up touches one slot and, only when the
/// hashes match, one record; a new name is one append. Eight slots share a cache line, so
/// a probe sequence rarely leaves it, and 4 M customers take a 64 MiB table (24-byte
/// slots took 192 MiB, and the kernel's zeroing of those fresh pages alone was 5 % of the
/// parse thread, perf, issue 22). The node-based std::unordered_map before them spent
/// most of the import's parse time chasing pointers. The hash is seeded per process, so a
/// file crafted for collisions can not make the import quadratic.
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
        if (m_lastRef != 0 && matches(m_lastRef, name)) {
            isNew = false;
            return idAt(m_lastRef);
        }
        const std::uint32_t hash = std::uint32_t(hashOf(name));
        if (m_size != 0) {
            for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
                const Slot slot = m_slots.get()[i];
                if (slot.ref == 0)
                    break;
                if (slot.hash == hash && matches(slot.ref, name)) {
                    isNew = false;
                    m_lastRef = slot.ref;
                    return idAt(slot.ref);
                }
            }
        }
        isNew = true;
        const std::int64_t id = m_next++;
        m_lastRef = insert(name, hash, id);
        return id;
    }

    /// A hint, nothing else: starts loading the slot where `name`'s probe will begin, so
    /// that encode(name) a row later finds it in the cache. For a table of millions of
    /// customers that load is otherwise a wait for memory on nearly every new row.
    void prefetch(std::string_view name) const
    {
        if (m_size != 0)
            __builtin_prefetch(m_slots.get() + (std::uint32_t(hashOf(name)) & m_mask));
    }

    std::int64_t nextId() const { return m_next; }
    std::size_t size() const { return m_count; }

private:
    struct Slot
    {
        std::uint32_t hash; ///< low 32 bits of the hash: most mismatches stop here
        std::uint32_t ref;  ///< 1 + the record's offset in m_arena in 8-byte words; 0: empty
    };
    /// A record in the arena, 8-byte aligned: the id, the name's length, its bytes.
    static constexpr std::size_t kHeader = 12;

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

    const char *record(std::uint32_t ref) const { return m_arena.get() + (std::size_t(ref) - 1) * 8; }
    std::int64_t idAt(std::uint32_t ref) const
    {
        std::int64_t id;
        std::memcpy(&id, record(ref), 8);
        return id;
    }
    bool matches(std::uint32_t ref, std::string_view name) const
    {
        const char *r = record(ref);
        std::uint32_t size;
        std::memcpy(&size, r + 8, 4);
        return size == name.size() && std::memcmp(r + kHeader, name.data(), name.size()) == 0;
    }

    /// Appends the record and its slot; returns the slot's ref.
    std::uint32_t insert(std::string_view name, std::uint32_t hash, std::int64_t id)
    {
        if ((m_count + 1) * 4 > m_size * 3)
            grow();
        const std::size_t bytes = (kHeader + name.size() + 7) / 8 * 8;
        if (m_used + bytes > m_capacity)
            reserveArena(m_used + bytes);
        // ref counts 8-byte words (+1): the arena may reach 32 GiB.
        if ((m_used / 8 + 1) > std::numeric_limits<std::uint32_t>::max())
            throw std::bad_alloc();
        const auto ref = std::uint32_t(m_used / 8 + 1);
        char *r = m_arena.get() + m_used;
        const auto size = std::uint32_t(name.size());
        std::memcpy(r, &id, 8);
        std::memcpy(r + 8, &size, 4);
        if (!name.empty())
            std::memcpy(r + kHeader, name.data(), name.size());
        m_used += bytes;
        std::size_t i = hash & m_mask;
        while (m_slots.get()[i].ref != 0)
            i = (i + 1) & m_mask;
        m_slots.get()[i] = Slot{hash, ref};
        ++m_count;
        return ref;
    }

    void reserveArena(std::size_t needed)
    {
        std::size_t capacity = m_capacity == 0 ? 1024 : m_capacity;
        while (capacity < needed)
            capacity *= 2;
        char *arena = nullptr;
        if (capacity < kHugePageWorthy) {
            arena = static_cast<char *>(std::realloc(m_arena.get(), capacity));
            if (!arena)
                throw std::bad_alloc(); // the old block is still m_arena's
            (void)m_arena.release();
        } else {
            // Large: on 2 MiB pages from the first touch (hits read a record at a random
            // place, and 4 KiB pages were thousands of page faults while it grew).
            arena = static_cast<char *>(allocateHuge(capacity));
            if (m_used != 0)
                std::memcpy(arena, m_arena.get(), m_used);
        }
        m_arena.reset(arena);
        m_capacity = capacity;
    }

    void grow()
    {
        // Starts small: an import has five encoders, and a small file (every fuzz input)
        // should not zero a large table; doubling from 64 to 1024 slots is four rehashes
        // of at most 384 names.
        const std::size_t size = m_size == 0 ? 64 : m_size * 2;
        // calloc: fresh pages come zeroed from the kernel, so the table is not cleared a
        // second time by a fill.
        SlotArray table(static_cast<Slot *>(std::calloc(size, sizeof(Slot))));
        if (!table)
            throw std::bad_alloc();
        // Every new customer probes a random slot: with 4 KiB pages most probes of a
        // table of 4 M customers also miss the TLB (perf: nearly all of encode() was that
        // one load). 2 MiB pages, asked for before the first touch.
        adviseHugePages(table.get(), size * sizeof(Slot));
        const std::size_t mask = size - 1;
        for (std::size_t k = 0; k < m_size; ++k) {
            const Slot slot = m_slots.get()[k];
            if (slot.ref == 0)
                continue;
            // The stored low 32 bits of the hash are the index bits of any table that
            // fits in memory: no name is read or hashed again.
            std::size_t i = slot.hash & mask;
            while (table.get()[i].ref != 0)
                i = (i + 1) & mask;
            table.get()[i] = slot;
        }
        m_slots = std::move(table);
        m_size = size;
        m_mask = mask;
    }

    struct Free
    {
        void operator()(void *p) const { std::free(p); }
    };
    using SlotArray = std::unique_ptr<Slot, Free>;

    std::uint64_t m_seed;
    SlotArray m_slots;
    std::size_t m_size = 0; ///< slots in m_slots (0 or a power of two)
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
    std::unique_ptr<char, Free> m_arena;
    std::size_t m_used = 0;
    std::size_t m_capacity = 0;
    std::int64_t m_next = 1;
    std::uint32_t m_lastRef = 0;
};

} // namespace omnimap::sim
