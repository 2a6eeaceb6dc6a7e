#pragma once

#include "csvreader.h"
#include "dataset.h"
#include "importbatch.h"
#include "importrun.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>

namespace omnimap::sim {

/// The two-thread CSV import the event and the feedback importer share. Parsing,
/// validation and encoding run on a parse thread; SQLite runs on the calling thread (the
/// connection stays on the thread that opened it), with at most a few batches between
/// them. Each takes about half the time, so the import runs nearly twice as fast on two
/// cores. Validation never stops early in a rejecting import before maxProblems, so the
/// user sees the problems of the whole file; a rejecting import stops writing at the
/// first bad row.
class ImportPipeline final
{
public:
    enum class End { Done, Cancelled, WriteFailed };

    ImportPipeline(CsvReader &reader, ImportRun &run, ImportResult &result, const ImportOptions &options)
        : m_reader(reader)
        , m_run(run)
        , m_result(result)
        , m_options(options)
    {
    }

    /// Reads every record after the header. A record with `expectedFields` fields goes to
    /// `encode(batch, writing)` on the parse thread, which records its problems through
    /// the ImportRun and, when `writing` and the record is good, appends one row to
    /// batch.rows (with any new names and customers). Full batches go to `write(batch)`
    /// on this thread (false: a database error).
    template <typename Row, typename Encode, typename Write>
    End run(int expectedFields, Encode encode, Write write)
    {
        using Batch = ImportBatch<Row>;
        BoundedQueue<Batch> queue;
        std::atomic<bool> stop{false};
        bool parserCancelled = false;
        std::thread parser([&] {
            parserCancelled = parse<Row>(queue, stop, expectedFields, encode);
            queue.close();
        });
        Batch batch;
        bool writeFailed = false;
        bool cancelled = false;
        while (queue.pop(batch)) {
            if (!writeFailed && !write(batch))
                writeFailed = true;
            if (m_options.progress)
                m_options.progress(batch.bytes, m_reader.totalBytes());
            if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
                cancelled = true;
            if (writeFailed || cancelled) {
                stop = true;
                queue.abort();
            }
            queue.recycle(std::move(batch));
        }
        parser.join();
        if (cancelled || parserCancelled)
            return End::Cancelled;
        return writeFailed ? End::WriteFailed : End::Done;
    }

    /// Ends the import after run(), in the shared order: a cancel or a write failure, a
    /// malformed file, rejected bad rows (all-or-nothing), else `flush` the writer, record
    /// the run, bump the generation and commit. `writeFailed` is the importer's message
    /// with %1 = data set path, %2 = SQLite's error. Leaves the outcome in the result.
    void conclude(End end, DataSet &dataSet, SqliteTransaction &transaction, const QString &source,
                  const std::function<bool()> &flush, const QString &writeFailed);

private:
    static constexpr std::size_t kBatchRows = 8192;

    /// True when the user cancelled while parsing.
    template <typename Row, typename Encode>
    bool parse(BoundedQueue<ImportBatch<Row>> &queue, const std::atomic<bool> &stop, int expectedFields, Encode &encode)
    {
        ImportBatch<Row> batch;
        batch.rows.reserve(batchCapacity());
        auto hand = [&] {
            batch.bytes = m_reader.bytesConsumed();
            const bool ok = queue.push(std::move(batch));
            if (!queue.takeSpare(batch))
                batch = ImportBatch<Row>();
            batch.rows.reserve(batchCapacity());
            return ok;
        };
        while (!stop.load(std::memory_order_relaxed) && m_reader.readRecord()) {
            ++m_result.rowsRead;
            if ((m_result.rowsRead & 0xFFF) == 0 && m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
                return true;
            const std::int64_t problemsBefore = m_result.problemCount;
            if (m_reader.fieldCount() != expectedFields) {
                m_run.addProblem(m_reader.recordLine(), 0, {}, fieldCountProblem(expectedFields, m_reader.fieldCount()));
            } else {
                const std::size_t rowsBefore = batch.rows.size();
                encode(batch, m_options.skipBadRows || m_result.problemCount == 0);
                if (batch.rows.size() > rowsBefore)
                    ++m_result.rowsImported;
            }
            if (m_result.problemCount > problemsBefore)
                ++m_result.rowsSkipped;
            if (m_run.shouldStop())
                break;
            if (!m_options.skipBadRows && m_result.problemCount > 0) {
                // A rejecting import stops writing but keeps validating.
                batch.rows.clear();
                batch.names.clear();
                batch.customers.clear();
                batch.text.clear();
            }
            if (batch.rows.size() >= kBatchRows && !hand())
                return false;
        }
        if (!batch.rows.empty() || !batch.names.empty())
            hand();
        return false;
    }

    /// Rows to reserve for the next batch: a full one, or as many as the rest of the input
    /// can hold (a record takes at least two bytes). A small file (and every fuzz input)
    /// then does not pay for a batch of 8 192 rows it never fills: under AddressSanitizer
    /// each such buffer was a fresh mapping and its page faults a large part of the run.
    std::size_t batchCapacity() const
    {
        if (m_reader.totalBytes() <= 0)
            return kBatchRows; // size unknown (a pipe)
        const std::int64_t left = std::max<std::int64_t>(0, m_reader.totalBytes() - m_reader.bytesConsumed());
        return std::size_t(std::min<std::int64_t>(std::int64_t(kBatchRows), left / 2 + 1));
    }

    static QString fieldCountProblem(int expected, int found);

    CsvReader &m_reader;
    ImportRun &m_run;
    ImportResult &m_result;
    const ImportOptions &m_options;
};

} // namespace omnimap::sim
