#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace omnimap {

/// Who holds a project open, as written in its lock file.
struct LockInfo
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime time;
};

/// The lock file beside an open project, `.~lock.NAME#` (the LibreOffice convention, so
/// people on a shared drive recognise it): user, host, PID and time, one line.
/// It tells a second user who has the file open; it is advice, not an OS lock.
class LockFile final
{
public:
    explicit LockFile(const QString &projectPath);
    ~LockFile();
    LockFile(const LockFile &) = delete;
    LockFile &operator=(const LockFile &) = delete;

    static QString lockPathFor(const QString &projectPath);
    /// The lock of `projectPath` if one exists and can be read.
    static std::optional<LockInfo> read(const QString &projectPath);
    /// True for a lock left by a process that died on this host (its PID is not running).
    static bool isStale(const LockInfo &info);
    /// This process's identity.
    static LockInfo current();

    /// Writes our lock (replacing a stale or overridden one). False if it cannot be written.
    bool acquire();
    /// Removes the lock if it is still ours.
    void release();
    bool isHeld() const { return m_held; }
    QString path() const { return m_lockPath; }

private:
    QString m_lockPath;
    bool m_held = false;
};

} // namespace omnimap
