#include "filesystemcheck.h"

#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

namespace omnimap::sim {

QString networkFileSystemName(std::uint64_t statfsMagic)
{
    // Values from linux/magic.h and the statfs(2) manual page.
    switch (statfsMagic) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
    case 0xFF534D42:
    case 0xFE534D42:
        return QStringLiteral("SMB/CIFS");
    case 0x564C:
        return QStringLiteral("NCP");
    case 0x73757245:
        return QStringLiteral("Coda");
    case 0x5346414F:
    case 0x6B414653:
        return QStringLiteral("AFS");
    case 0x01021997:
        return QStringLiteral("9P");
    case 0x00C36400:
        return QStringLiteral("Ceph");
    case 0x01161970:
        return QStringLiteral("GFS2");
    case 0x7461636F:
        return QStringLiteral("OCFS2");
    case 0x0BD00BD0:
        return QStringLiteral("Lustre");
    default:
        return {};
    }
}

QString networkFileSystemOf(const QString &path)
{
#if defined(Q_OS_LINUX)
    QFileInfo info(path);
    QString probe = info.absoluteFilePath();
    while (!probe.isEmpty() && !QFileInfo::exists(probe)) {
        const QString parent = QFileInfo(probe).absolutePath();
        if (parent == probe)
            break;
        probe = parent;
    }
    struct statfs buffer {};
    if (statfs(QFile::encodeName(probe).constData(), &buffer) != 0)
        return {};
    return networkFileSystemName(static_cast<std::uint64_t>(static_cast<std::uint32_t>(buffer.f_type)));
#else
    Q_UNUSED(path);
    return {};
#endif
}

} // namespace omnimap::sim
