#include "lockfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace omnimap {

namespace {

QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
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

LockFile::LockFile(const QString &projectPath)
    : m_lockPath(lockPathFor(projectPath))
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

bool LockFile::isStale(const LockInfo &info)
{
    if (info.host != QSysInfo::machineHostName())
        return false; // cannot tell for another machine: the user decides
    return info.pid <= 0 || !processRunning(info.pid);
}

LockInfo LockFile::current()
{
    return {userName(), QSysInfo::machineHostName(), QCoreApplication::applicationPid(),
            QDateTime::currentDateTimeUtc()};
}

bool LockFile::acquire()
{
    const LockInfo me = current();
    QSaveFile file(m_lockPath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    auto escape = [](QString s) { return s.replace(QLatin1Char(','), QStringLiteral("%2C")); };
    const QString line = escape(me.user) + QLatin1Char(',') + escape(me.host) + QLatin1Char(',')
        + QString::number(me.pid) + QLatin1Char(',') + me.time.toString(Qt::ISODate) + QLatin1Char('\n');
    file.write(line.toUtf8());
    m_held = file.commit();
    return m_held;
}

void LockFile::release()
{
    if (!m_held)
        return;
    m_held = false;
    // Only remove a lock that is still ours: someone may have taken over a stale one.
    const QFileInfo info(m_lockPath);
    const std::optional<LockInfo> lock = read(info.absolutePath() + QLatin1Char('/')
                                              + info.fileName().mid(7).chopped(1));
    const LockInfo me = current();
    if (lock && lock->pid == me.pid && lock->host == me.host)
        QFile::remove(m_lockPath);
}

} // namespace omnimap
