#include "filefingerprint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace omnimap {

FileFingerprint FileFingerprint::of(const QString &path)
{
    FileFingerprint fp;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fp;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fp;
    fp.exists = true;
    fp.size = file.size();
    fp.modified = QFileInfo(path).lastModified().toUTC();
    fp.sha256 = hash.result();
    return fp;
}

FileFingerprint FileFingerprint::ofBytes(const QByteArray &bytes)
{
    FileFingerprint fp;
    fp.exists = true;
    fp.size = bytes.size();
    fp.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return fp;
}

bool FileFingerprint::sameContentAs(const FileFingerprint &other) const
{
    if (exists != other.exists)
        return false;
    if (!exists)
        return true;
    return size == other.size && sha256 == other.sha256;
}

} // namespace omnimap
