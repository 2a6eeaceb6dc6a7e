#pragma once

#include "dataset.h"
#include "eventsource.h"
#include "pgeventsource.h"

#include <QString>

#include <functional>
#include <memory>

namespace omnimap::cli {

/// Where a command reads events: the local data set (--db) or a warehouse
/// (--source postgres://user@host:port/db?table=… or clickhouse://user@host:8123/db?table=…).
/// The password of a warehouse comes from PGPASSWORD / CLICKHOUSE_PASSWORD or is asked on
/// the terminal (without echo); it is never an argument.
struct OpenedSource
{
    OpenedSource() = default;
    OpenedSource(OpenedSource &&) = default;
    OpenedSource &operator=(OpenedSource &&) = default;
    /// With OMNIMAP_WAREHOUSE_TRAFFIC set, prints what crossed the wire (benchmark).
    ~OpenedSource();

    std::unique_ptr<sim::DataSet> dataSet;      ///< set for --db
    std::unique_ptr<sim::EventSource> source;
    QString label;                              ///< for messages: the file or the URL
    std::function<sim::WarehouseTraffic()> traffic; ///< set for a warehouse
};

/// Opens one of them; false with a clear message (the server's reason translated).
bool openEventSource(const QString &dbPath, const QString &url, OpenedSource &opened, QString *error);

/// Opens the local data set at `path` for reading; false with a message when there is no
/// such file (DataSet::open would create an empty one) or it cannot be opened.
bool openExistingDataSet(const QString &path, sim::DataSet &dataSet, QString *error);

/// The variable (PGPASSWORD, CLICKHOUSE_PASSWORD), or a prompt on the terminal; empty
/// when neither is possible.
QString warehousePassword(const QString &prompt, const char *variable = "PGPASSWORD");

} // namespace omnimap::cli
