#include "recoverystore.h"

#include "format/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace omnimap {

RecoveryStore::RecoveryStore(QString directory)
    : m_directory(std::move(directory))
{
}

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::write(const QString &key, const Project &project, const QString &originalPath)
{
    if (!QDir().mkpath(m_directory))
        return QCoreApplication::translate("omnimap::RecoveryStore", "cannot create the recovery folder %1")
            .arg(m_directory);
    const QString base = m_directory + QLatin1Char('/') + key;
    const SaveResult saved = saveProjectFile(base + QStringLiteral(".omnimap"), project);
    if (!saved.ok)
        return saved.error;
    // The small side file says where the project came from; written after the copy so
    // an entry never points at a missing copy.
    QJsonObject meta;
    meta.insert(QStringLiteral("original"), originalPath);
    meta.insert(QStringLiteral("name"), project.name);
    meta.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSaveFile file(base + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(QJsonDocument(meta).toJson());
    if (!file.commit())
        return file.errorString();
    return {};
}

QList<RecoveryEntry> RecoveryStore::entries() const
{
    QList<RecoveryEntry> result;
    const QDir dir(m_directory);
    const QStringList metas = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QString &metaName : metas) {
        RecoveryEntry entry;
        entry.key = metaName.chopped(5);
        entry.recoveryPath = dir.filePath(entry.key + QStringLiteral(".omnimap"));
        if (!QFile::exists(entry.recoveryPath))
            continue;
        QFile file(dir.filePath(metaName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object();
        entry.originalPath = meta.value(QStringLiteral("original")).toString();
        entry.projectName = meta.value(QStringLiteral("name")).toString();
        entry.savedAt = QDateTime::fromString(meta.value(QStringLiteral("saved")).toString(), Qt::ISODate);
        result.append(entry);
    }
    return result;
}

std::optional<Project> RecoveryStore::load(const RecoveryEntry &entry, QString *error) const
{
    LoadResult loaded = loadProjectFile(entry.recoveryPath);
    if (!loaded.ok()) {
        if (error)
            *error = loaded.errorString();
        return std::nullopt;
    }
    return std::move(loaded.project);
}

void RecoveryStore::remove(const QString &key)
{
    const QString base = m_directory + QLatin1Char('/') + key;
    QFile::remove(base + QStringLiteral(".json"));
    QFile::remove(base + QStringLiteral(".omnimap"));
    QFile::remove(base + QStringLiteral(".omnimap.bak"));
}

} // namespace omnimap
