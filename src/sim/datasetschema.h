#pragma once

#include "sqlitedb.h"

#include <QString>

namespace omnimap::sim {

/// Version of the data-set schema this build writes (PRAGMA user_version).
constexpr int kDataSetSchemaVersion = 2;

/// Brings the schema from its current user_version to kDataSetSchemaVersion, one step at
/// a time, all inside one transaction: a failed step leaves the file as it was.
/// Before upgrading a data set that already has a schema (not a new file), a copy is kept
/// beside it as `NAME.v<old>.bak` (VACUUM INTO: consistent even while others read).
/// Returns an empty string on success, else the translated reason.
QString migrateDataSetSchema(SqliteDb &db);

/// Creates the secondary indexes the queries need. Import drops none of them; they are
/// created after bulk loads because building an index while loading is ~10x slower.
bool createDataSetIndexes(SqliteDb &db);

} // namespace omnimap::sim
