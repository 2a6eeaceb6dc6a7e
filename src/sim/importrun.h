#pragma once

#include "importtypes.h"
#include "sqlitedb.h"

namespace omnimap::sim {

/// Shared bookkeeping of the importers: the import_runs row, problem collection and
/// cancel/progress polling. Lives inside the import's transaction.
class ImportRun final
{
public:
    ImportRun(SqliteDb &db, const ImportOptions &options, ImportResult &result);

    /// Inserts the import_runs row; false on a database error.
    bool begin(const char *kind, const QString &source, const QString &mappingJson);
    /// Writes the counts and the recorded problems into the import_runs row.
    bool finish();

    void addProblem(std::int64_t line, int column, const QString &field, const QString &reason);
    /// True when a rejecting import has collected enough problems to stop reading.
    bool shouldStop() const;
    /// Polls the cancel flag and reports progress every few thousand rows.
    bool cancelled(std::int64_t rows, std::int64_t doneBytes, std::int64_t totalBytes);

private:
    SqliteDb &m_db;
    const ImportOptions &m_options;
    ImportResult &m_result;
};

} // namespace omnimap::sim
