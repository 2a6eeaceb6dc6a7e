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
///
/// The holder refreshes the time every few minutes (refresh()), so a lock from another
/// host that has not been refreshed within staleAfter() is known to be abandoned even
/// though its process cannot be checked from here.
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
    /// True for a lock nobody holds any more: left by a process that no longer runs on
    /// this host, or by another host that has not refreshed it for staleAfter().
    /// Such a lock is taken over without asking.
    static bool isStale(const LockInfo &info, const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// How long a lock from another host stays live without a refresh.
    static qint64 staleAfterSeconds() { return 60 * 60; }
    /// How often the holder rewrites its lock (well inside the staleness window).
    static int refreshIntervalMs() { return 10 * 60 * 1000; }
    /// This process's identity. The user is the system account's login name
    /// (getpwuid on Unix), not whatever $USER happens to say.
    static LockInfo current();
    /// The login name of the account running this process.
    static QString systemUserName();

    /// Writes our lock (replacing a stale or overridden one). False if it cannot be written.
    bool acquire();
    /// Rewrites our lock with the current time (the holder's heartbeat); false if the
    /// lock is no longer ours (someone took it over) or cannot be written.
    bool refresh();
    /// Removes the lock if it is still ours.
    void release();
    bool isHeld() const { return m_held; }
    QString path() const { return m_lockPath; }

private:
    bool write();
    bool stillOurs() const;

    QString m_projectPath;
    QString m_lockPath;
    bool m_held = false;
};

} // namespace omnimap
