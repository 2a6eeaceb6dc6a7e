#pragma once

#include "journeyquery.h"
#include "kpimeasure.h"

#include <QHash>
#include <QString>

#include <vector>

namespace omnimap::sim {

/// The one place a value becomes ClickHouse SQL text (18.16 has no query parameters):
/// a single-quoted string literal with backslash, quote and control characters escaped,
/// so no input can end the literal. Tested in test_chpushdown.
QString chLiteral(const QString &value);
/// A number as a literal that reads back as the same double (17 significant digits).
QString chLiteral(double value);
QString chLiteral(qint64 value);
/// An identifier from system.columns / system.tables in back quotes (escaped the same way).
QString chIdentifier(const QString &name);

/// The mapped columns of a ClickHouse table as system.columns reported them: quoted
/// identifiers, types as ClickHouse names them (Nullable(String), DateTime('Asia/Seoul')…).
struct ChColumns
{
    QString table;                  ///< `db`.`table`
    QHash<QString, QString> column; ///< logical field -> quoted column
    QHash<QString, QString> type;   ///< logical field -> ClickHouse type
};

/// Builds the push-down SQL for ClickHouse (docs/warehouse.md, "ClickHouse"): each
/// customer's events become one array of (time, conversion, sequence, channel,
/// touchpoint, revenue, stage) tuples sorted on the servers; the array is split into
/// journeys at conversions, cut to the look-back window and aggregated into distinct
/// paths. The same rules as buildJourneys and PgPushdown; only functions that exist in
/// ClickHouse 18.16 and in current releases.
class ChPushdown
{
public:
    ChPushdown(const ChColumns &columns, const JourneyQuery &query);

    bool isValid(QString *error) const;

    /// kind (1 channel paths, 2 touchpoint paths, 3 time to convert), touched (0 for
    /// conversions without touches), path (names joined by U+001F), journeys,
    /// conversions, value, and for kind 3 "n,sum of days,bin counts…,median,p90".
    QString journeys() const;
    /// stage, customers; stages in byte order.
    QString stageCustomers() const;
    /// channel, credited conversions, credited value (time-decay attribution).
    QString timeDecayCredits(double halfLifeDays) const;
    /// pstage, pchannel, stage, channel, first, last, converted, touches, dwell days,
    /// days to the end, value (PgPushdown::chainCells).
    QString chainCells() const;
    /// stage, channel, event type, events.
    QString chainEventTypes() const;
    QString latestEvent() const;
    QString countEvents(const std::vector<EventFilter> &filters, qint64 latestMs) const;

    /// Event time in ms since the epoch for a column type; empty when the type can not
    /// be a time. DateTime is an instant (Unix seconds): its time zone only says how
    /// text was read and is written, so it does not change the result. Date is midnight UTC.
    static QString timeExpression(const QString &column, const QString &type);
    static bool isNumericType(const QString &type);

private:
    QString text(const QString &field) const;
    QString baseSelect() const;
    QString dateCondition() const;
    QString segmentCondition() const;
    QString customerArrays(const QString &tuple, const QString &condition) const;
    QString journeyRows(bool withStage) const;

    ChColumns m_columns;
    JourneyQuery m_query;
    QString m_error;
};

} // namespace omnimap::sim
