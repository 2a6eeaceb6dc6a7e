#pragma once

#include "eventwriter.h"
#include "sqlitedb.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace omnimap::sim {

struct EventColumns;

/// The events again, packed for the cold journey load (schema version 4, issue 22): the
/// table event_blocks holds, per run of consecutive event ids, the columns the event
/// cache needs (customer, time, the four dimension ids, revenue) in one blob, so a cold
/// load reads a few hundred blobs instead of decoding 10 M rows through SQLite's VM.
/// The events table stays the data set's record; the blocks are written with it, in the
/// same transaction (EventWriter), and the loader uses them only where they cover the
/// events exactly (eventcache.cpp), else it reads the rows.
///
/// Blob format (version 1): a 0x01 byte, then per event, varints (LEB128): the customer
/// and the time as zigzag differences to the previous event's, channel, touchpoint,
/// stage, and (event type << 1 | has revenue), followed by the revenue as 8 bytes
/// (IEEE 754, little-endian) when it is not zero.
class EventBlockEncoder final
{
public:
    /// Events per block: ~10 bytes each, so a block is a few hundred KiB.
    static constexpr std::size_t kEventsPerBlock = 65536;

    void add(const EventRecord &row);
    std::size_t count() const { return m_count; }
    std::string_view data() const { return std::string_view(m_buffer.data(), m_size); }
    void clear();

private:
    /// Written through a pointer into a buffer sized ahead (one check per event, not one
    /// string append per varint: that was a third of the encoder's cost, perf).
    std::vector<char> m_buffer;
    std::size_t m_size = 0;
    std::size_t m_count = 0;
    std::int64_t m_customer = 0;
    std::int64_t m_ts = 0;
};

/// Decodes a block of `count` events into the columns of `out` at [at, at + count),
/// which must be sized already. False when the blob is malformed (nothing to trust in a
/// file from elsewhere: every read is bounds-checked).
bool decodeEventBlock(const unsigned char *data, std::size_t size, std::size_t count, EventColumns &out, std::size_t at);

/// Stores one block: the events with ids [firstId, firstId + encoder.count()).
bool insertEventBlock(SqliteStatement &insert, std::int64_t firstId, const EventBlockEncoder &encoder);

/// The INSERT for insertEventBlock.
SqliteStatement prepareEventBlockInsert(SqliteDb &db);

/// Rebuilds every block from the events table (the schema upgrade to version 4). Only
/// for data sets whose event ids are dense; otherwise there are no blocks and the
/// loader reads rows, as before.
bool rebuildEventBlocks(SqliteDb &db);

} // namespace omnimap::sim
