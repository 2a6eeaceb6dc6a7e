#pragma once

#include <QStringList>

/// The sections `omnimap-cli explain-warehouse` prints, in order (docs/warehouse.md): the
/// expectation both warehouse tests check the command against.
inline QStringList explainWarehouseTitles()
{
    return {QStringLiteral("Journeys: paths at both levels and time to convert"), QStringLiteral("Funnel: customers per stage"),
            QStringLiteral("Time-decay attribution credits"), QStringLiteral("Simulation chain: cells and transitions"),
            QStringLiteral("Simulation chain: event types per cell"), QStringLiteral("KPI counts")};
}
