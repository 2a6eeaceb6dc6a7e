#pragma once

#include "diagnostic.h"
#include "model/project.h"

#include <QByteArray>

#include <optional>

namespace omnimap {

/// Current version of the .omnimap format; files of older versions are migrated on load.
constexpr int kCurrentFormatVersion = 3;

/// Guards applied to untrusted files before anything is copied (see docs/file-format.md).
struct ReadLimits
{
    qint64 maxFileBytes = 64LL * 1024 * 1024;
    int maxDepth = 64;
    qint64 maxStringBytes = 1024 * 1024;
    qint64 maxArrayItems = 200000;
};

/// What reading a project gave. A file that cannot be read safely (bad JSON, wrong
/// types, missing or duplicate ids, a newer format) has no project. Dangling references
/// do not stop loading: the project comes back with them listed in `diagnostics`, so
/// the user can open the file and repair them (the CLI's validate treats them as errors).
struct LoadResult
{
    std::optional<Project> project;
    Diagnostics diagnostics;
    int fileFormatVersion = 0; ///< version found in the file (before migration)

    bool ok() const { return project.has_value(); }
    QString errorString() const { return formatDiagnostics(diagnostics); }
};

/// Parses a project from bytes. `fileName` only labels diagnostics.
LoadResult readProject(const QByteArray &bytes, const QString &fileName,
                       const ReadLimits &limits = {});

/// Reads and parses a project file (size checked before reading).
LoadResult loadProjectFile(const QString &path, const ReadLimits &limits = {});

/// Serialises a project: UTF-8 JSON, sorted keys, items in model order, two-space
/// indent, trailing newline. Saving the same project twice gives identical bytes.
QByteArray writeProject(const Project &project);

/// How a save reached the disk, so the user can be told which path was taken.
enum class SaveMethod {
    AtomicRename,      ///< temp file + rename (QSaveFile)
    DirectWriteVerified ///< rename refused (some network shares): backup kept, written in place, re-read
};

struct SaveOptions
{
    /// Write in place (after a verified backup) instead of temp file + rename. Used
    /// automatically when the rename is refused; can be forced for shares known to
    /// refuse it.
    bool directWrite = false;
};

struct SaveResult
{
    bool ok = false;
    SaveMethod method = SaveMethod::AtomicRename;
    QString backupPath; ///< the previous version ("NAME.omnimap.bak"), empty if there was none
    QString error;      ///< translated, names the path and the reason
};

/// Saves atomically and keeps a .bak of the previous version. Never leaves a
/// half-written file in place of the old one.
SaveResult saveProjectFile(const QString &path, const Project &project,
                           const SaveOptions &options = {});

} // namespace omnimap
