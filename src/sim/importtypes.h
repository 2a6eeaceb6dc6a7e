#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

namespace omnimap::sim {

/// Called now and then with (bytes read, total bytes) while an import runs.
using ProgressCallback = std::function<void(std::int64_t done, std::int64_t total)>;

/// One bad row or header problem, precise enough to fix the file.
struct ImportProblem
{
    std::int64_t line = 0; ///< physical line where the record starts (1-based)
    int column = 0;        ///< 1-based field number, 0 for the whole row
    QString field;         ///< header name of the column, if known
    QString reason;        ///< translated

    /// "events.csv:12: column 3 (ts): not a timestamp: \"yesterday\""
    QString toString(const QString &fileName) const;
};

struct ImportOptions
{
    /// Logical field -> CSV header name (event import), e.g. "customer" -> "user_id".
    QHash<QString, QString> mapping;
    bool skipBadRows = false;     ///< import the good rows and record the bad ones
    int maxProblems = 100;        ///< problems listed (and, when rejecting, when to stop)
    ProgressCallback progress;
    const std::atomic<bool> *cancel = nullptr; ///< set to abandon: the data set stays as it was
};

struct ImportResult
{
    bool ok = false;
    bool cancelled = false;
    std::int64_t runId = 0;
    std::int64_t rowsRead = 0;
    std::int64_t rowsImported = 0;
    std::int64_t rowsSkipped = 0;
    std::int64_t problemCount = 0; ///< all problems, even past maxProblems
    QList<ImportProblem> problems; ///< the first maxProblems
    QString error;                 ///< translated summary when !ok
};

} // namespace omnimap::sim
