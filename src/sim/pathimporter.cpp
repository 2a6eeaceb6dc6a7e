#include "pathimporter.h"

#include "csvreader.h"
#include "dimensiondictionary.h"
#include "importrun.h"
#include "pathaggregate.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <charconv>
#include <cmath>
#include <string>

namespace omnimap::sim {

namespace {

struct PathimporterTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

bool parseCount(std::string_view text, double &value)
{
    text = trimField(text);
    if (text.empty()) {
        value = 0.0;
        return true;
    }
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    // from_chars accepts "inf" and "Infinity": a count must be finite (NaN fails >= 0).
    return result.ec == std::errc() && result.ptr == text.data() + text.size() && std::isfinite(value) && value >= 0.0;
}

ImportResult runImport(DataSet &dataSet, CsvReader &reader, const QString &source, const ImportOptions &options)
{
    ImportResult result;
    SqliteDb &db = dataSet.db();
    ImportRun run(db, options, result);
    SqliteTransaction transaction(db);
    if (!transaction.isActive() || !run.begin("paths", source, QStringLiteral("{}"))) {
        result.error = PathimporterTr::tr("%1: can not start the import: %2").arg(dataSet.path(), db.lastError());
        return result;
    }
    if (!reader.readRecord()) {
        result.error = PathimporterTr::tr("%1: the file is empty; expected a header line").arg(source);
        return result;
    }
    // Columns by name; the user mapping may rename any of them.
    const char *const names[4] = {"path", "total_conversions", "total_null", "total_conversion_value"};
    int columns[4] = {-1, -1, -1, -1};
    QStringList header;
    for (int i = 0; i < reader.fieldCount(); ++i) {
        const std::string_view raw = trimField(reader.field(i));
        header.append(QString::fromUtf8(raw.data(), qsizetype(raw.size())));
    }
    for (int k = 0; k < 4; ++k) {
        const QString name = QString::fromLatin1(names[k]);
        const QString wanted = options.mapping.value(name, name).toLower();
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).toLower() == wanted) {
                if (columns[k] >= 0)
                    run.addProblem(1, i + 1, header.at(i), PathimporterTr::tr("duplicate column name \"%1\" in the header").arg(header.at(i)));
                columns[k] = i;
            }
        }
        if (columns[k] < 0 && k < 3)
            run.addProblem(1, 0, name, PathimporterTr::tr("no column for the required field \"%1\"").arg(name));
    }
    if (result.problemCount > 0) {
        result.error = PathimporterTr::tr("%1: the header does not fit the path format.").arg(source);
        return result;
    }

    DimensionDictionary channels(db, Dimension::Channel);
    if (!channels.loaded()) {
        result.error = PathimporterTr::tr("%1: can not read the data set's channels: %2").arg(dataSet.path(), db.lastError());
        return result;
    }
    // Identical paths are merged as they are read and written once at the end: memory
    // grows with the distinct paths, not with the file.
    PathAggregate merged;
    std::string ids;
    while (reader.readRecord()) {
        ++result.rowsRead;
        if (run.cancelled(result.rowsRead, reader.bytesConsumed(), reader.totalBytes())) {
            result.cancelled = true;
            result.error = PathimporterTr::tr("The import was cancelled; the data set is unchanged.");
            return result;
        }
        const std::int64_t line = reader.recordLine();
        const std::int64_t before = result.problemCount;
        if (reader.fieldCount() != header.size()) {
            run.addProblem(line, 0, {}, PathimporterTr::tr("expected %1 fields, found %2").arg(header.size()).arg(reader.fieldCount()));
        } else {
            double numbers[3] = {0.0, 0.0, 0.0};
            for (int k = 1; k < 4; ++k) {
                if (columns[k] >= 0 && !parseCount(reader.field(columns[k]), numbers[k - 1]))
                    run.addProblem(line, columns[k] + 1, header.at(columns[k]), PathimporterTr::tr("not a finite non-negative number"));
            }
            ids.clear();
            std::string_view path = reader.field(columns[0]);
            while (result.problemCount == before) {
                const std::size_t cut = path.find('>');
                const std::string_view name = trimField(path.substr(0, cut));
                if (name.empty()) {
                    run.addProblem(line, columns[0] + 1, header.at(columns[0]), PathimporterTr::tr("empty channel name in the path"));
                    break;
                }
                const int id = channels.idFor(name);
                if (id < 0) {
                    result.error = PathimporterTr::tr("%1: writing line %2 failed: %3").arg(dataSet.path()).arg(line).arg(db.lastError());
                    return result;
                }
                char digits[12];
                const auto written = std::to_chars(digits, digits + sizeof digits, id);
                if (!ids.empty())
                    ids += ' ';
                ids.append(digits, written.ptr);
                if (cut == std::string_view::npos)
                    break;
                path.remove_prefix(cut + 1);
            }
            const bool writing = options.skipBadRows || result.problemCount == 0;
            if (result.problemCount == before && writing) {
                merged.add(result.runId, ids, numbers[0], numbers[1], numbers[2]);
                ++result.rowsImported;
            }
        }
        if (result.problemCount > before)
            ++result.rowsSkipped;
        if (run.shouldStop())
            break;
    }
    if (reader.hasError()) {
        run.addProblem(reader.errorLine(), reader.errorColumn(), {}, reader.errorString());
        result.rowsImported = 0;
        result.error = PathimporterTr::tr("%1: the CSV is malformed; nothing was imported.").arg(source);
        return result;
    }
    if (result.problemCount > 0 && !options.skipBadRows) {
        result.rowsImported = 0;
        result.error = PathimporterTr::tr("%1: bad rows; nothing was imported (use --skip-bad-rows to import the rest).").arg(source);
        return result;
    }
    if (!merged.write(db)) {
        result.error = PathimporterTr::tr("%1: committing the import failed: %2").arg(dataSet.path(), db.lastError());
        return result;
    }
    if (!run.finish() || !dataSet.bumpGeneration() || !transaction.commit()) {
        result.error = PathimporterTr::tr("%1: committing the import failed: %2").arg(dataSet.path(), db.lastError());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace

ImportResult importPathsCsv(DataSet &dataSet, const QString &csvPath, const ImportOptions &options)
{
    CsvReader reader;
    if (!reader.open(csvPath)) {
        ImportResult result;
        result.error = PathimporterTr::tr("%1: can not read: %2").arg(csvPath, reader.errorString());
        return result;
    }
    return runImport(dataSet, reader, QFileInfo(csvPath).fileName(), options);
}

ImportResult importPathsCsvBytes(DataSet &dataSet, const QByteArray &csv, const QString &sourceName,
                                 const ImportOptions &options)
{
    CsvReader reader;
    reader.openBytes(csv);
    return runImport(dataSet, reader, sourceName, options);
}

} // namespace omnimap::sim
