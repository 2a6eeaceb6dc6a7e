#pragma once

#include "sqlitedb.h"

#include <QString>

namespace omnimap::sim {

/// Version of the data-set schema this build writes (PRAGMA user_version).
constexpr int kDataSetSchemaVersion = 4;

/// Brings the schema from its current user_version to kDataSetSchemaVersion, one step at
/// a time, all inside one transaction: a failed step leaves the file as it was. An
/// existing data set (version 1 or later) is first copied to `NAME.v<version>.bak`
/// beside it; the upgrade does not start when that copy can not be written.
/// Returns an empty string on success, else the translated reason.
QString migrateDataSetSchema(SqliteDb &db);

/// Where the copy of a data set at `version` goes before its upgrade: NAME.vN.bak, or
/// NAME.vN.2.bak, … when an older copy is already there (it is never overwritten).
QString dataSetBackupPath(const QString &dataSetPath, int version);

/// Creates the secondary indexes the queries need. Import drops none of them; they are
/// created after bulk loads because building an index while loading is ~10x slower.
bool createDataSetIndexes(SqliteDb &db);

} // namespace omnimap::sim
