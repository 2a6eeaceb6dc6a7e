#include "importrun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace omnimap::sim {

QString ImportProblem::toString(const QString &fileName) const
{
    QString where = fileName + QLatin1Char(':') + QString::number(line);
    if (column > 0) {
        where += QStringLiteral(": ")
            + QCoreApplication::translate("omnimap::sim", "column %1").arg(column);
        if (!field.isEmpty())
            where += QStringLiteral(" (") + field + QLatin1Char(')');
    }
    return where + QStringLiteral(": ") + reason;
}

ImportRun::ImportRun(SqliteDb &db, const ImportOptions &options, ImportResult &result)
    : m_db(db)
    , m_options(options)
    , m_result(result)
{
}

bool ImportRun::begin(const char *kind, const QString &source, const QString &mappingJson)
{
    SqliteStatement stmt = m_db.prepare(
        "INSERT INTO import_runs (kind, source, started_at, mapping) VALUES (?, ?, ?, ?)");
    stmt.bindText(1, std::string_view(kind));
    stmt.bindText(2, source);
    stmt.bindText(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    stmt.bindText(4, mappingJson);
    if (stmt.step() != SQLITE_DONE)
        return false;
    m_result.runId = sqlite3_last_insert_rowid(m_db.handle());
    return true;
}

bool ImportRun::finish()
{
    QJsonArray problems;
    for (const ImportProblem &problem : std::as_const(m_result.problems)) {
        problems.append(QJsonObject{{QStringLiteral("line"), double(problem.line)},
                                    {QStringLiteral("column"), problem.column},
                                    {QStringLiteral("field"), problem.field},
                                    {QStringLiteral("reason"), problem.reason}});
    }
    SqliteStatement stmt = m_db.prepare(
        "UPDATE import_runs SET finished_at = ?, rows_read = ?, rows_imported = ?, rows_skipped = ?, "
        "problems = ? WHERE id = ?");
    stmt.bindText(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    stmt.bindInt(2, m_result.rowsRead);
    stmt.bindInt(3, m_result.rowsImported);
    stmt.bindInt(4, m_result.rowsSkipped);
    stmt.bindText(5, QString::fromUtf8(QJsonDocument(problems).toJson(QJsonDocument::Compact)));
    stmt.bindInt(6, m_result.runId);
    return stmt.step() == SQLITE_DONE;
}

void ImportRun::addProblem(std::int64_t line, int column, const QString &field, const QString &reason)
{
    ++m_result.problemCount;
    if (m_result.problems.size() < m_options.maxProblems)
        m_result.problems.append(ImportProblem{line, column, field, reason});
}

bool ImportRun::shouldStop() const
{
    return !m_options.skipBadRows && m_result.problemCount >= m_options.maxProblems;
}

bool ImportRun::cancelled(std::int64_t rows, std::int64_t doneBytes, std::int64_t totalBytes)
{
    if ((rows & 0x3FFF) != 0)
        return false;
    if (m_options.progress)
        m_options.progress(doneBytes, totalBytes);
    return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed);
}

} // namespace omnimap::sim
