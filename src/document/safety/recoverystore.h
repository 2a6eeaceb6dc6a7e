#pragma once

#include "model/project.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace omnimap {

/// One autosaved copy waiting in the recovery folder.
struct RecoveryEntry
{
    QString key;          ///< file base name in the recovery folder
    QString recoveryPath; ///< the autosaved .omnimap
    QString originalPath; ///< where the project was (empty for an unsaved one)
    QString projectName;
    QDateTime savedAt;
};

/// The per-user recovery folder (AppLocalDataLocation/recovery by default). Autosave writes
/// a full project there atomically; nothing is removed until the user saves or discards.
class RecoveryStore final
{
public:
    explicit RecoveryStore(QString directory = defaultDirectory());
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /// Writes (atomically) the recovery copy for `key`. Returns an error text or empty.
    QString write(const QString &key, const Project &project, const QString &originalPath);
    QList<RecoveryEntry> entries() const;
    /// Loads a recovery copy; nullopt if it cannot be read.
    std::optional<Project> load(const RecoveryEntry &entry, QString *error = nullptr) const;
    void remove(const QString &key);

private:
    QString m_directory;
};

} // namespace omnimap
