#pragma once

#include "format/projectfile.h"

#include <QString>

namespace omnimap {

/// Keeps the version of a project file as it was when it was opened, so a later
/// three-way merge has the base both copies started from. One file per project,
/// named by a hash of the project's absolute path, in a folder the caller chooses
/// (the app's local recovery folder).
class MergeBaseStore final
{
public:
    explicit MergeBaseStore(QString folder);

    /// Where the base copy of `projectPath` is kept.
    QString basePathFor(const QString &projectPath) const;

    /// Stores `bytes` (the file as read) as the base of `projectPath`; returns an
    /// empty string or the translated reason it could not.
    QString store(const QString &projectPath, const QByteArray &bytes) const;
    /// Stores the project as the format writes it.
    QString store(const QString &projectPath, const Project &project) const;

    /// The stored base, read like any project file; no project when none is stored.
    LoadResult load(const QString &projectPath) const;

    bool contains(const QString &projectPath) const;
    bool remove(const QString &projectPath) const;

private:
    QString m_folder;
};

} // namespace omnimap
