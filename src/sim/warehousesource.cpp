#include "warehousesource.h"

#include "cheventsource.h"

namespace omnimap::sim {

bool openWarehouse(const WarehouseConnection &connection, const QString &password, const std::atomic<bool> *cancel,
                   OpenedWarehouse &out, QString *error)
{
    out = OpenedWarehouse();
    if (connection.isClickHouse()) {
        auto ch = std::make_unique<ChEventSource>();
        ch->setCancelFlag(cancel);
        const bool ok = ch->open(connection, password, error);
        out.catalogColumns = ch->catalogColumns();
        if (!ok)
            return false;
        ChEventSource *raw = ch.get();
        out.rows = [raw](QString *e) { return raw->eventRows(e); };
        out.traffic = [raw] { return raw->traffic(); };
        out.source = std::move(ch);
        return true;
    }
    auto pg = std::make_unique<PgEventSource>();
    pg->setCancelFlag(cancel);
    const bool ok = pg->open(connection, password, error);
    out.catalogColumns = pg->catalogColumns();
    if (!ok)
        return false;
    PgEventSource *raw = pg.get();
    out.rows = [raw](QString *e) { return raw->estimatedRows(e); };
    out.traffic = [raw] { return raw->traffic(); };
    out.source = std::move(pg);
    return true;
}

} // namespace omnimap::sim
