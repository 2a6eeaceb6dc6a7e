#include "projectfile.h"

#include "avatar.h"
#include "faultinjection.h"
#include "jsonobjectreader.h"
#include "jsonsafety.h"
#include "migrations.h"
#include "projectreader.h"
#include "projectwriter.h"
#include "validation/referencecheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace omnimap {

namespace {

struct ProjectfileTr { Q_DECLARE_TR_FUNCTIONS(omnimap::ProjectFile) };

LoadResult failure(const QString &file, const QString &where, const QString &message)
{
    LoadResult result;
    Diagnostic d;
    d.file = file;
    d.where = where;
    d.message = message;
    result.diagnostics.append(d);
    return result;
}

/// Reads `file` to its end but never more than `cap` bytes (the caller passes one byte
/// past its limit, since the file may have grown since stat()). Reads in steps sized to
/// what stat() said rather than QIODevice::read(cap), which allocates all of `cap` up
/// front: that was a 64 MiB buffer for every project opened, and under AddressSanitizer
/// 8 MiB of shadow memory written each time, 90 % of test_core's run time.
QByteArray readAtMost(QFile &file, qint64 expectedSize, qint64 cap)
{
    QByteArray bytes;
    qint64 step = qMin<qint64>(qMax<qint64>(4096, expectedSize + 1), cap);
    while (bytes.size() < cap) {
        const QByteArray chunk = file.read(qMin<qint64>(step, cap - bytes.size()));
        if (chunk.isEmpty())
            break; // end of file, or an error the caller reads from file.error()
        bytes += chunk;
        step = qMin<qint64>(step * 2, cap);
    }
    return bytes;
}

/// Writes `bytes` through QSaveFile; returns an empty string or the reason.
QString writeAtomically(const QString &path, const QByteArray &bytes, bool *renameRefused)
{
    *renameRefused = false;
    using FaultInjection::Point;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ProjectfileTr::tr("cannot create a temporary file beside %1: %2").arg(path, file.errorString());
    if (FaultInjection::fail(Point::Write) || file.write(bytes) != bytes.size()) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString() : ProjectfileTr::tr("write refused");
        file.cancelWriting();
        return ProjectfileTr::tr("cannot write %1: %2").arg(path, reason);
    }
    if (FaultInjection::fail(Point::Flush) || !file.flush()) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString() : ProjectfileTr::tr("flush refused");
        file.cancelWriting();
        return ProjectfileTr::tr("cannot write %1: %2").arg(path, reason);
    }
    if (FaultInjection::fail(Point::Rename)) {
        // As a share that refuses the rename: the caller falls back to a verified direct write.
        file.cancelWriting();
        *renameRefused = true;
        return ProjectfileTr::tr("cannot replace %1: %2").arg(path, ProjectfileTr::tr("rename refused"));
    }
    if (!file.commit()) {
        *renameRefused = file.error() == QFileDevice::RenameError;
        return ProjectfileTr::tr("cannot replace %1: %2").arg(path, file.errorString());
    }
    return {};
}

QString writeDirect(const QString &path, const QByteArray &bytes)
{
    using FaultInjection::Point;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ProjectfileTr::tr("cannot open %1 for writing: %2").arg(path, file.errorString());
    if (FaultInjection::fail(Point::Write) || file.write(bytes) != bytes.size() || FaultInjection::fail(Point::Flush)
        || !file.flush()) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString() : ProjectfileTr::tr("write refused");
        return ProjectfileTr::tr("cannot write %1: %2").arg(path, reason);
    }
    file.close();
    return {};
}

QByteArray readAll(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

/// Avatars must be embedded pictures. Anything else (a path written by an older version
/// or planted in a shared file) is dropped with a warning and never opened.
Diagnostics dropUnembeddedAvatars(Project &project, const QString &fileName)
{
    Diagnostics warnings;
    for (qsizetype i = 0; i < project.personas.size(); ++i) {
        Persona &persona = project.personas[i];
        if (persona.avatar.isEmpty() || Avatar::decodeDataUri(persona.avatar))
            continue;
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.file = fileName;
        d.where = QStringLiteral("/personas/%1/avatar").arg(i);
        d.itemId = persona.id;
        d.message = ProjectfileTr::tr("the picture of persona \"%1\" is not an embedded PNG or JPEG image of at most %2 KB "
                       "(a file path from an older version?); it was not read and is left out — choose the "
                       "image again in the persona editor")
                        .arg(persona.name)
                        .arg(Avatar::kMaxBytes / 1024);
        warnings.append(d);
        persona.avatar.clear();
    }
    return warnings;
}

} // namespace

LoadResult readProject(const QByteArray &bytes, const QString &fileName, const ReadLimits &limits)
{
    if (bytes.size() > limits.maxFileBytes) {
        return failure(fileName, {}, ProjectfileTr::tr("file is %1 bytes; the limit is %2 bytes")
                                         .arg(bytes.size())
                                         .arg(limits.maxFileBytes));
    }
    SafeJson parsed = parseUntrustedJson(bytes, limits);
    if (!parsed.value)
        return failure(fileName, parsed.where, parsed.error);
    nlohmann::json &root = *parsed.value;
    if (!root.is_object())
        return failure(fileName, QStringLiteral("/"), ProjectfileTr::tr("expected a JSON object (an Omnimap project)"));

    int version = 0;
    const auto versionIt = root.find("formatVersion");
    if (versionIt != root.end()) {
        if (!versionIt->is_number_integer())
            return failure(fileName, QStringLiteral("/formatVersion"), ProjectfileTr::tr("expected a whole number"));
        version = static_cast<int>(qBound(qint64(-1), versionIt->get<qint64>(), qint64(1000000)));
    }
    const QString migrationError = migrateProjectTree(root, version);
    if (!migrationError.isEmpty())
        return failure(fileName, QStringLiteral("/formatVersion"), migrationError);

    ReadContext context;
    context.fileName = fileName;
    Project project = readProjectTree(root, context);

    LoadResult result;
    result.fileFormatVersion = version;
    result.diagnostics = context.diagnostics;
    const Diagnostics duplicates = findDuplicateIds(project, fileName);
    result.diagnostics += duplicates;
    if (!context.diagnostics.isEmpty() || !duplicates.isEmpty())
        return result;
    result.diagnostics += findDanglingReferences(project, fileName);
    result.diagnostics += dropUnembeddedAvatars(project, fileName);
    result.project = std::move(project);
    return result;
}

LoadResult loadProjectFile(const QString &path, const ReadLimits &limits)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return failure(path, {}, ProjectfileTr::tr("file not found"));
    if (info.isDir())
        return failure(path, {}, ProjectfileTr::tr("is a folder, not a project file"));
    if (info.size() > limits.maxFileBytes) {
        return failure(path, {}, ProjectfileTr::tr("file is %1 bytes; the limit is %2 bytes")
                                     .arg(info.size())
                                     .arg(limits.maxFileBytes));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, {}, ProjectfileTr::tr("cannot open: %1").arg(file.errorString()));
    const QByteArray bytes = readAtMost(file, info.size(), limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(path, {}, ProjectfileTr::tr("cannot read: %1").arg(file.errorString()));
    return readProject(bytes, name.isEmpty() ? path : name, limits);
}

QByteArray writeProject(const Project &project)
{
    // nlohmann's default object type is a std::map: keys come out sorted, so the
    // same model always gives the same bytes.
    std::string text = projectToTree(project).dump(2, ' ', false,
                                                   nlohmann::json::error_handler_t::strict);
    text.push_back('\n');
    return QByteArray::fromStdString(text);
}

SaveResult saveProjectFile(const QString &path, const Project &project, const SaveOptions &options)
{
    SaveResult result;
    QByteArray bytes;
    try {
        bytes = writeProject(project);
    } catch (const nlohmann::json::exception &e) {
        result.error = ProjectfileTr::tr("cannot serialise the project: %1").arg(QString::fromUtf8(e.what()));
        return result;
    }

    // Keep the previous version as NAME.bak, itself written atomically, and verify it
    // before anything touches the original.
    bool hadOld = false;
    const QByteArray oldBytes = QFileInfo::exists(path) ? readAll(path, &hadOld) : QByteArray();
    if (QFileInfo::exists(path) && !hadOld) {
        result.error = ProjectfileTr::tr("cannot read the current %1 to back it up; nothing was written").arg(path);
        return result;
    }
    if (hadOld) {
        result.backupPath = path + QStringLiteral(".bak");
        bool refused = false;
        const QString backupError = writeAtomically(result.backupPath, oldBytes, &refused);
        if (!backupError.isEmpty() && !refused) {
            result.error = ProjectfileTr::tr("cannot write the backup, so the project was not saved: %1").arg(backupError);
            return result;
        }
        if (refused) {
            const QString direct = writeDirect(result.backupPath, oldBytes);
            if (!direct.isEmpty()) {
                result.error = ProjectfileTr::tr("cannot write the backup, so the project was not saved: %1").arg(direct);
                return result;
            }
        }
        bool ok = false;
        if (readAll(result.backupPath, &ok) != oldBytes || !ok) {
            result.error = ProjectfileTr::tr("the backup %1 did not read back identically; nothing was written")
                               .arg(result.backupPath);
            return result;
        }
    }

    bool renameRefused = options.directWrite;
    if (!options.directWrite) {
        const QString error = writeAtomically(path, bytes, &renameRefused);
        if (error.isEmpty()) {
            result.ok = true;
            result.method = SaveMethod::AtomicRename;
            return result;
        }
        if (!renameRefused) {
            result.error = error;
            return result;
        }
    }

    // The share refused the rename: with the verified backup in place, write in place,
    // then read back and parse what landed on disk.
    result.method = SaveMethod::DirectWriteVerified;
    const QString error = writeDirect(path, bytes);
    bool ok = false;
    const QByteArray written = error.isEmpty() ? readAll(path, &ok) : QByteArray();
    if (!error.isEmpty() || !ok || written != bytes || !readProject(written, path).ok()) {
        if (hadOld)
            writeDirect(path, oldBytes);
        result.error = error.isEmpty()
            ? ProjectfileTr::tr("%1 did not read back identically after writing; the previous version was restored from %2")
                  .arg(path, result.backupPath)
            : (hadOld ? ProjectfileTr::tr("%1; the previous version was restored from %2").arg(error, result.backupPath) : error);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace omnimap
