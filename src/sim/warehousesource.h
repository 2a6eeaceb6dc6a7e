#pragma once

#include "eventsource.h"
#include "pgeventsource.h" // WarehouseTraffic
#include "warehouseconnection.h"

#include <atomic>
#include <functional>
#include <memory>

namespace omnimap::sim {

/// What the app and the CLI need of any warehouse, whatever its engine.
struct OpenedWarehouse
{
    std::unique_ptr<EventSource> source;
    QStringList catalogColumns;       ///< also filled when the mapping was refused
    std::function<std::int64_t(QString *)> rows; ///< estimate (PostgreSQL) or count (ClickHouse)
    std::function<WarehouseTraffic()> traffic;
};

/// Opens the source for the connection's kind (PostgreSQL through QPSQL, ClickHouse
/// over HTTP) with the cancel flag set; false with the translated reason.
bool openWarehouse(const WarehouseConnection &connection, const QString &password, const std::atomic<bool> *cancel,
                   OpenedWarehouse &out, QString *error);

} // namespace omnimap::sim
