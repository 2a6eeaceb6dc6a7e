#include "importpipeline.h"

namespace omnimap::sim {

namespace {

struct ImportpipelineTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

} // namespace

QString ImportPipeline::fieldCountProblem(int expected, int found)
{
    return ImportpipelineTr::tr("expected %1 fields, found %2").arg(expected).arg(found);
}

void ImportPipeline::conclude(End end, DataSet &dataSet, SqliteTransaction &transaction, const QString &source,
                              const std::function<bool()> &flush, const QString &writeFailed)
{
    if (end == End::Cancelled) {
        m_result.cancelled = true;
        m_result.rowsImported = 0;
        m_result.error = ImportpipelineTr::tr("The import was cancelled; the data set is unchanged.");
        return;
    }
    if (end == End::WriteFailed) {
        m_result.rowsImported = 0;
        m_result.error = writeFailed.arg(dataSet.path(), dataSet.db().lastError());
        return;
    }
    if (m_reader.hasError()) {
        // A broken quote or a non-UTF-8 field loses the record boundaries, so nothing
        // after it can be trusted.
        m_run.addProblem(m_reader.errorLine(), m_reader.errorColumn(), {}, m_reader.errorString());
        m_result.error = ImportpipelineTr::tr("%1: the CSV is malformed; nothing was imported.").arg(source);
        m_result.rowsImported = 0;
        return;
    }
    if (m_result.problemCount > 0 && !m_options.skipBadRows) {
        m_result.rowsImported = 0;
        // The count in a local: lupdate 6.4 hangs on a template call inside translate().
        const int badRows = int(std::min(m_result.rowsSkipped, std::int64_t(1) << 30));
        m_result.error = QCoreApplication::translate("omnimap::sim",
                                                     "%1: %n bad row(s); nothing was imported (use --skip-bad-rows "
                                                     "to import the rest).",
                                                     nullptr, badRows)
                             .arg(source);
        return;
    }
    if (!flush() || !m_run.finish() || !dataSet.bumpGeneration()) {
        m_result.error = writeFailed.arg(dataSet.path(), dataSet.db().lastError());
        return;
    }
    if (m_options.progress)
        m_options.progress(m_reader.totalBytes(), m_reader.totalBytes());
    if (!transaction.commit()) {
        m_result.error = ImportpipelineTr::tr("%1: committing the import failed: %2").arg(dataSet.path(), dataSet.db().lastError());
        return;
    }
    m_result.ok = true;
}

} // namespace omnimap::sim
