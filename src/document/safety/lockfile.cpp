#include "lockfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace omnimap {

namespace {

QString environmentUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

bool processRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    // Signal 0 checks existence; EPERM means it exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return false;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    Q_UNUSED(pid)
    return true;
#endif
}

} // namespace

QString LockFile::systemUserName()
{
#ifdef Q_OS_UNIX
    // The account, not the environment: $USER is unset under systemd services, cron and
    // some desktop launchers (the repository once held a lock by "unknown").
    const long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    QByteArray buffer(size > 0 ? int(size) : 16384, Qt::Uninitialized);
    passwd entry{};
    passwd *found = nullptr;
    if (::getpwuid_r(::geteuid(), &entry, buffer.data(), size_t(buffer.size()), &found) == 0 && found
        && found->pw_name && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
#endif
    const QString name = environmentUserName();
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

LockFile::LockFile(const QString &projectPath)
    : m_projectPath(QFileInfo(projectPath).absoluteFilePath())
    , m_lockPath(lockPathFor(projectPath))
{
}

LockFile::~LockFile()
{
    release();
}

QString LockFile::lockPathFor(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absolutePath() + QStringLiteral("/.~lock.") + info.fileName() + QLatin1Char('#');
}

std::optional<LockInfo> LockFile::read(const QString &projectPath)
{
    QFile file(lockPathFor(projectPath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // user,host,pid,ISO time — commas in names are escaped as %2C.
    const QStringList fields = QString::fromUtf8(file.readLine(4096)).trimmed().split(QLatin1Char(','));
    if (fields.size() < 4)
        return std::nullopt;
    LockInfo info;
    info.user = QString(fields.at(0)).replace(QStringLiteral("%2C"), QStringLiteral(","));
    info.host = QString(fields.at(1)).replace(QStringLiteral("%2C"), QStringLiteral(","));
    info.pid = fields.at(2).toLongLong();
    info.time = QDateTime::fromString(fields.at(3), Qt::ISODate);
    return info;
}

bool LockFile::isStale(const LockInfo &info, const QDateTime &now)
{
    if (info.host == QSysInfo::machineHostName())
        return info.pid <= 0 || !processRunning(info.pid);
    // Another machine's process cannot be checked from here, but its holder refreshes the
    // lock: one not refreshed within the window (or unreadable in time) is abandoned.
    // A time in the future (clock skew) counts as fresh.
    if (!info.time.isValid())
        return true;
    return info.time.secsTo(now) > staleAfterSeconds();
}

LockInfo LockFile::current()
{
    return {systemUserName(), QSysInfo::machineHostName(), QCoreApplication::applicationPid(),
            QDateTime::currentDateTimeUtc()};
}

bool LockFile::acquire()
{
    m_held = write();
    return m_held;
}

bool LockFile::refresh()
{
    if (!m_held)
        return false;
    const std::optional<LockInfo> lock = read(m_projectPath);
    const LockInfo me = current();
    if (lock && (lock->pid != me.pid || lock->host != me.host)) {
        m_held = false; // taken over (we were thought gone): never delete theirs later
        return false;
    }
    return write(); // ours, or deleted by someone: write it (again)
}

bool LockFile::stillOurs() const
{
    const std::optional<LockInfo> lock = read(m_projectPath);
    const LockInfo me = current();
    return lock && lock->pid == me.pid && lock->host == me.host;
}

bool LockFile::write()
{
    const LockInfo me = current();
    QSaveFile file(m_lockPath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    auto escape = [](QString s) { return s.replace(QLatin1Char(','), QStringLiteral("%2C")); };
    const QString line = escape(me.user) + QLatin1Char(',') + escape(me.host) + QLatin1Char(',')
        + QString::number(me.pid) + QLatin1Char(',') + me.time.toString(Qt::ISODate) + QLatin1Char('\n');
    file.write(line.toUtf8());
    return file.commit();
}

void LockFile::release()
{
    if (!m_held)
        return;
    m_held = false;
    // Only remove a lock that is still ours: someone may have taken over a stale one.
    if (stillOurs())
        QFile::remove(m_lockPath);
}

} // namespace omnimap
