#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace omnimap {

/// What a project file looked like when it was loaded or last saved: size, modification
/// time and SHA-256 of the content. Re-checked right before every save so a change made
/// by someone else is never silently overwritten.
struct FileFingerprint
{
    bool exists = false;
    qint64 size = -1;
    QDateTime modified;
    QByteArray sha256;

    /// Reads the file and hashes it; `exists` is false when it cannot be read.
    static FileFingerprint of(const QString &path);
    static FileFingerprint ofBytes(const QByteArray &bytes);
    bool isNull() const { return sha256.isEmpty() && !exists; }
    /// Same content: the hash decides; size and time only short-cut.
    bool sameContentAs(const FileFingerprint &other) const;
};

} // namespace omnimap
