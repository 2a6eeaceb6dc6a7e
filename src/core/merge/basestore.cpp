#include "basestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace omnimap {

namespace {

struct BasestoreTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Merge) };

/// The same file reached by different spellings gets the same key.
QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

MergeBaseStore::MergeBaseStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString MergeBaseStore::basePathFor(const QString &projectPath) const
{
    const QByteArray hash = QCryptographicHash::hash(canonicalPath(projectPath).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(24);
    return QDir(m_folder).filePath(QString::fromLatin1(hash) + QStringLiteral(".base.omnimap"));
}

QString MergeBaseStore::store(const QString &projectPath, const QByteArray &bytes) const
{
    if (!QDir().mkpath(m_folder))
        return BasestoreTr::tr("cannot create the folder %1").arg(m_folder);
    const QString path = basePathFor(projectPath);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return BasestoreTr::tr("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return BasestoreTr::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString MergeBaseStore::store(const QString &projectPath, const Project &project) const
{
    return store(projectPath, writeProject(project));
}

LoadResult MergeBaseStore::load(const QString &projectPath) const
{
    return loadProjectFile(basePathFor(projectPath));
}

bool MergeBaseStore::contains(const QString &projectPath) const
{
    return QFileInfo::exists(basePathFor(projectPath));
}

bool MergeBaseStore::remove(const QString &projectPath) const
{
    return QFile::remove(basePathFor(projectPath));
}

} // namespace omnimap
