#pragma once

#include "journeyquery.h"
#include "kpimeasure.h"
#include "pathanalysis.h"

#include <QHash>
#include <QString>
#include <QVariantList>

#include <vector>

namespace omnimap::sim {

/// The mapped columns of a warehouse table as the catalog reported them: identifiers
/// already quoted by the driver, types as format_type() names them.
struct PgColumns
{
    QString table;                 ///< quoted "schema"."table"
    QHash<QString, QString> column; ///< logical field -> quoted column
    QHash<QString, QString> type;   ///< logical field -> PostgreSQL type name
};

/// One statement: text with `?` placeholders and the values bound to them, in order.
struct PgStatement
{
    QString sql;
    QVariantList values;
};

/// Builds the push-down SQL (docs/warehouse.md): journeys are split at conversions,
/// cut to the look-back window, filtered by date and segment, and aggregated on the
/// server with window functions partitioned by customer; only aggregates come back.
/// The same rules as buildJourneys, stageFunnel and timeToConvert, in SQL.
class PgPushdown
{
public:
    PgPushdown(const PgColumns &columns, const JourneyQuery &query);

    /// False (with a translated reason) when a mapped column has a type the analysis can
    /// not use or the segment needs a column that is not mapped.
    bool isValid(QString *error) const;

    /// One pass over the journeys for paths at both levels and the time to convert:
    /// kind (1 channel paths, 2 touchpoint paths, 3 time to convert), path (names joined
    /// by U+001F, NULL for conversions without touches), journeys, conversions, value;
    /// the time row has conversions, sum of days and "bin counts…,median,p90" as text.
    PgStatement journeys() const;
    /// stage, customers; stages in byte order.
    PgStatement stageCustomers() const;
    /// channel, credited conversions, credited value (time-decay attribution).
    PgStatement timeDecayCredits(double halfLifeDays) const;
    /// One row per (previous cell, cell, first, last, converted) of kept touches:
    /// pstage, pchannel, stage, channel, first, last, converted, touches, dwell days to this
    /// touch, dwell days to the conversion, value.
    PgStatement chainCells() const;
    /// stage, channel, event type, events: non-conversion events per cell (KPI simulation).
    PgStatement chainEventTypes() const;
    /// The latest event time (ms).
    PgStatement latestEvent() const;
    /// One count per filter, over every event of the table.
    PgStatement countEvents(const std::vector<EventFilter> &filters, qint64 latestMs) const;

    /// Expression of the event time in ms since the epoch for a column type; empty when
    /// the type can not be a time.
    static QString timeExpression(const QString &column, const QString &type);

private:
    QString baseSelect(PgStatement &st, bool withConversionFlag) const;
    QString filtered(PgStatement &st) const;
    QString journeyCtes(PgStatement &st, bool withStage) const;
    QString text(const QString &field) const;
    QString orderKey() const;

    PgColumns m_columns;
    JourneyQuery m_query;
    QString m_error;
};

} // namespace omnimap::sim
