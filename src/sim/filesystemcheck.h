#pragma once

#include <QString>

#include <cstdint>

namespace omnimap::sim {

/// SQLite's locking (and WAL's shared memory) is unreliable on network file systems,
/// so a data set there could be corrupted silently. These helpers let the data set
/// refuse such a path up front.

/// Name of the network file system with this statfs magic ("NFS", "SMB/CIFS", …),
/// empty for a local one.
QString networkFileSystemName(std::uint64_t statfsMagic);

/// The network file system holding `path` (or, if it does not exist yet, its nearest
/// existing parent folder); empty when the path is local or the check is unavailable.
QString networkFileSystemOf(const QString &path);

} // namespace omnimap::sim
