#include "pgpushdown.h"

#include <QCoreApplication>

#include <cmath>

namespace omnimap::sim {

namespace {

struct PgpushdownTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim::PgPushdown) };

QString mark(PgStatement &st, const QVariant &value)
{
    st.values.append(value);
    return QStringLiteral("?");
}

bool isNumericType(const QString &type)
{
    static const QStringList numeric{QStringLiteral("smallint"), QStringLiteral("integer"), QStringLiteral("bigint"),
                                     QStringLiteral("numeric"), QStringLiteral("real"), QStringLiteral("double precision")};
    return numeric.contains(type);
}

QString segmentField(const SegmentCondition &c)
{
    switch (c.field) {
    case SegmentField::AgeBand:
        return QStringLiteral("age_band");
    case SegmentField::Gender:
        return QStringLiteral("gender");
    case SegmentField::Region:
        return QStringLiteral("region");
    case SegmentField::SignupDate:
        return QStringLiteral("signup_date");
    case SegmentField::Attribute:
        return QStringLiteral("attr:") + c.attribute;
    }
    return {};
}

/// One condition with SQLite's semantics (segmentfilter.cpp): NOCASE comparisons become
/// lower() on both sides, instr becomes strpos, dates compare as text in byte order.
QString segmentCondition(PgStatement &st, const QString &col, const SegmentCondition &c)
{
    const QString first = c.values.value(0);
    auto list = [&st, &c] {
        QStringList marks;
        for (const QString &value : c.values)
            marks.append(QStringLiteral("lower(") + mark(st, value) + QStringLiteral("::text)"));
        return marks.join(QStringLiteral(", "));
    };
    const QString lowered = QStringLiteral("lower(") + col + QLatin1Char(')');
    const QString orEmpty = QStringLiteral("lower(coalesce(") + col + QStringLiteral(", ''))");
    switch (c.op) {
    case SegmentOperator::Equals:
        return lowered + QStringLiteral(" = lower(") + mark(st, first) + QStringLiteral("::text)");
    case SegmentOperator::NotEquals:
        return orEmpty + QStringLiteral(" <> lower(") + mark(st, first) + QStringLiteral("::text)");
    case SegmentOperator::In:
        return c.values.isEmpty() ? QStringLiteral("false") : lowered + QStringLiteral(" IN (") + list() + QLatin1Char(')');
    case SegmentOperator::NotIn:
        return c.values.isEmpty() ? QStringLiteral("true") : orEmpty + QStringLiteral(" NOT IN (") + list() + QLatin1Char(')');
    case SegmentOperator::Before:
        return col + QStringLiteral(" COLLATE \"C\" < ") + mark(st, first) + QStringLiteral("::text");
    case SegmentOperator::After:
        return col + QStringLiteral(" COLLATE \"C\" > ") + mark(st, first) + QStringLiteral("::text");
    case SegmentOperator::Contains:
        return QStringLiteral("strpos(") + lowered + QStringLiteral(", lower(") + mark(st, first) + QStringLiteral("::text)) > 0");
    }
    return QStringLiteral("false");
}

} // namespace

PgPushdown::PgPushdown(const PgColumns &columns, const JourneyQuery &query)
    : m_columns(columns)
    , m_query(query)
{
    const QString ts = m_columns.type.value(QStringLiteral("ts"));
    if (!m_columns.column.contains(QStringLiteral("customer")) || !m_columns.column.contains(QStringLiteral("ts"))
        || !m_columns.column.contains(QStringLiteral("event_type")))
        m_error = PgpushdownTr::tr("The table needs columns for the customer, the time and the event type.");
    else if (timeExpression(QStringLiteral("x"), ts).isEmpty())
        m_error = PgpushdownTr::tr("The time column has type %1; it must be a timestamp, a date or epoch milliseconds.").arg(ts);
    for (const char *money : {"revenue", "cost"}) {
        const QString type = m_columns.type.value(QString::fromLatin1(money));
        if (m_error.isEmpty() && !type.isEmpty() && !isNumericType(type))
            m_error = PgpushdownTr::tr("The %1 column has type %2; it must be a number.").arg(QString::fromLatin1(money), type);
    }
    if (m_error.isEmpty() && m_query.segment) {
        for (const SegmentCondition &c : m_query.segment->conditions) {
            if (!m_columns.column.contains(segmentField(c))) {
                m_error = PgpushdownTr::tr("The persona's segment uses \"%1\", which is not mapped to a column of the table.")
                              .arg(c.field == SegmentField::Attribute ? c.attribute : segmentField(c));
                break;
            }
        }
    }
}

bool PgPushdown::isValid(QString *error) const
{
    if (error && !m_error.isEmpty())
        *error = m_error;
    return m_error.isEmpty();
}

QString PgPushdown::timeExpression(const QString &column, const QString &type)
{
    if (type.startsWith(QLatin1String("timestamp")) || type == QLatin1String("date"))
        return QStringLiteral("floor(extract(epoch FROM ") + column + QStringLiteral(") * 1000)::int8");
    if (type == QLatin1String("bigint") || type == QLatin1String("integer") || type == QLatin1String("numeric"))
        return column + QStringLiteral("::int8");
    return {};
}

QString PgPushdown::text(const QString &field) const
{
    const QString col = m_columns.column.value(field);
    return col.isEmpty() ? QStringLiteral("NULL::text") : QStringLiteral("NULLIF(btrim(") + col + QStringLiteral("::text), '')");
}

QString PgPushdown::orderKey() const
{
    // Events of one customer at the same millisecond keep the table's sequence column
    // (the data set's import order), else a stable order by name.
    return m_columns.column.contains(QStringLiteral("sequence")) ? QStringLiteral("seq")
                                                                 : QStringLiteral("chan, tp, rev");
}

/// Every event with a customer and a time, mapped to the fixed names the rest of the SQL
/// uses (cust, ts, seq, chan, tp, stage, etype, conv, rev).
QString PgPushdown::baseSelect(PgStatement &st, bool withConversionFlag) const
{
    const QString cust = m_columns.column.value(QStringLiteral("customer"));
    const QString tsCol = m_columns.column.value(QStringLiteral("ts"));
    const QString seq = m_columns.column.value(QStringLiteral("sequence"));
    const QString rev = m_columns.column.value(QStringLiteral("revenue"));
    QString sql = QStringLiteral("SELECT ") + cust + QStringLiteral("::text AS cust, ")
        + timeExpression(tsCol, m_columns.type.value(QStringLiteral("ts"))) + QStringLiteral(" AS ts, ")
        + (seq.isEmpty() ? QStringLiteral("0::int8") : seq + QStringLiteral("::int8")) + QStringLiteral(" AS seq, ")
        + text(QStringLiteral("channel")) + QStringLiteral(" AS chan, ") + text(QStringLiteral("touchpoint"))
        + QStringLiteral(" AS tp, ") + text(QStringLiteral("stage")) + QStringLiteral(" AS stage, ")
        + text(QStringLiteral("event_type")) + QStringLiteral(" AS etype, ")
        + (rev.isEmpty() ? QStringLiteral("0::float8") : QStringLiteral("coalesce(") + rev + QStringLiteral("::float8, 0)"))
        + QStringLiteral(" AS rev");
    if (withConversionFlag) {
        QStringList marks;
        for (const QString &type : m_query.conversionEventTypes)
            marks.append(mark(st, type.toLower()));
        sql += marks.isEmpty() ? QStringLiteral(", false AS conv")
                               : QStringLiteral(", coalesce(lower(") + text(QStringLiteral("event_type")) + QStringLiteral(") IN (")
                + marks.join(QStringLiteral(", ")) + QStringLiteral("), false) AS conv");
    }
    if (m_query.segment && !m_query.segment->conditions.isEmpty()) {
        QStringList parts;
        for (const SegmentCondition &c : m_query.segment->conditions)
            parts.append(QLatin1Char('(') + segmentCondition(st, m_columns.column.value(segmentField(c)) + QStringLiteral("::text"), c)
                         + QLatin1Char(')'));
        sql += QStringLiteral(", coalesce(") + parts.join(m_query.segment->matchAll ? QStringLiteral(" AND ") : QStringLiteral(" OR "))
            + QStringLiteral(", false) AS in_segment");
    }
    sql += QStringLiteral(" FROM ") + m_columns.table + QStringLiteral(" WHERE ") + cust + QStringLiteral(" IS NOT NULL AND ") + tsCol
        + QStringLiteral(" IS NOT NULL");
    return sql;
}

/// The events the query selects: date range, then customers of the segment (a customer
/// is in it when any of their rows matches; attributes are per customer). The segment
/// is a semi-join on the customer, not a window: no sort of every event for it.
QString PgPushdown::filtered(PgStatement &st) const
{
    // NOT MATERIALIZED: the segment reads base a second time, which would otherwise make
    // PostgreSQL write every event to a temporary store first.
    QString sql = QStringLiteral("base AS NOT MATERIALIZED (") + baseSelect(st, true) + QStringLiteral("),\n");
    QString where;
    if (m_query.fromMs)
        where += QStringLiteral(" AND ts >= ") + mark(st, qint64(*m_query.fromMs)) + QStringLiteral("::int8");
    if (m_query.toMs)
        where += QStringLiteral(" AND ts < ") + mark(st, qint64(*m_query.toMs)) + QStringLiteral("::int8");
    const bool segment = m_query.segment && !m_query.segment->conditions.isEmpty();
    if (segment)
        where += QStringLiteral(" AND cust IN (SELECT cust FROM base WHERE in_segment)");
    sql += QStringLiteral("ev AS (SELECT * FROM base WHERE true") + where + QStringLiteral(")");
    return sql;
}

/// Journeys as buildJourneys makes them, in ONE window pass per customer: the events are
/// read newest first (the exact reverse of ts, conversions after touches at the same
/// millisecond, sequence), so a running count of conversions numbers the journeys (jno:
/// conversions at or after the event; a conversion closes its journey) and a running
/// minimum finds the conversion that ends each event's journey (nconv, NULL for the
/// unconverted tail, whose end is the customer's last event). Touches older than the
/// look-back window before the journey's end are not kept. Everything after this pass
/// groups or partitions by (cust, jno), which the sort by customer already almost gives.
QString PgPushdown::journeyCtes(PgStatement &st, bool withStage) const
{
    const QString key = orderKey();
    QString desc;
    for (const QString &part : key.split(QStringLiteral(", ")))
        desc += QStringLiteral(", ") + part + QStringLiteral(" DESC");
    QString sql = QStringLiteral("WITH ") + filtered(st) + QStringLiteral(",\n");
    // Only the columns used later go through the sort: narrower rows spill less.
    sql += QStringLiteral("w AS (SELECT cust, ts, seq, chan, tp, ") + (withStage ? QStringLiteral("stage, ") : QString())
        + QStringLiteral("rev, conv, count(*) FILTER (WHERE conv) OVER o AS jno,"
                          " min(ts) FILTER (WHERE conv) OVER o AS nconv, max(ts) OVER o AS last_ts"
                          " FROM ev WHERE conv OR chan IS NOT NULL WINDOW o AS (PARTITION BY cust ORDER BY ts DESC, conv DESC")
        + desc + QStringLiteral(" ROWS UNBOUNDED PRECEDING)),\n");
    const auto lookbackMs = qint64(std::llround(m_query.lookbackDays * 86400000.0));
    sql += QStringLiteral("k AS (SELECT *, nconv IS NOT NULL AS converted, coalesce(nconv, last_ts) AS end_ts,"
                          " NOT conv AND ts >= coalesce(nconv, last_ts) - ")
        + mark(st, lookbackMs) + QStringLiteral("::int8 AS kept FROM w)");
    return sql;
}

PgStatement PgPushdown::journeys() const
{
    PgStatement st;
    const QString key = orderKey();
    // jr (one row per journey) is materialized once and read by the three aggregates.
    st.sql = journeyCtes(st, false)
        + QStringLiteral(",\njr AS MATERIALIZED (SELECT bool_or(conv) AS converted, coalesce(sum(rev) FILTER (WHERE conv), 0) AS value,"
                         " max(end_ts) AS end_ts, min(ts) FILTER (WHERE kept) AS first_ts,"
                         " string_agg(chan, chr(31) ORDER BY ts, ")
        + key + QStringLiteral(") FILTER (WHERE kept) AS cpath, string_agg(coalesce(tp, ''), chr(31) ORDER BY ts, ") + key
        + QStringLiteral(") FILTER (WHERE kept) AS tpath FROM k GROUP BY cust, jno),\n"
                         "c AS (SELECT (end_ts - first_ts)::float8 / 86400000.0::float8 AS d FROM jr WHERE converted AND first_ts IS NOT NULL),\n"
                         "r AS (SELECT d, row_number() OVER (ORDER BY d) - 1 AS i, count(*) OVER () AS n FROM c)\n"
                         "SELECT 1, cpath, count(*), count(*) FILTER (WHERE converted), coalesce(sum(value) FILTER (WHERE converted), 0), NULL::text"
                         " FROM jr GROUP BY cpath\n"
                         "UNION ALL SELECT 2, tpath, count(*), count(*) FILTER (WHERE converted), coalesce(sum(value) FILTER (WHERE converted), 0), NULL"
                         " FROM jr GROUP BY tpath\n"
                         "UNION ALL SELECT 3, NULL, 0, count(*), coalesce(sum(d), 0), concat_ws(','");
    // The bins of timeToConvert(), edges bound; the quantiles pick the element at
    // floor(q (n - 1) + 0.5) in double arithmetic, like the in-memory version.
    for (const TimeToConvert::Bin &bin : sim::timeToConvert(Journeys()).bins) {
        st.sql += QStringLiteral(", count(*) FILTER (WHERE d >= ") + mark(st, bin.fromDays) + QStringLiteral("::float8");
        if (std::isfinite(bin.toDays))
            st.sql += QStringLiteral(" AND d < ") + mark(st, bin.toDays) + QStringLiteral("::float8");
        st.sql += QLatin1Char(')');
    }
    for (double q : {0.5, 0.9}) {
        st.sql += QStringLiteral(", coalesce((max(d) FILTER (WHERE i = least(n - 1, floor(") + mark(st, q)
            + QStringLiteral("::float8 * (n - 1)::float8 + 0.5::float8)::int8)))::text, '')");
    }
    st.sql += QStringLiteral(") FROM r");
    return st;
}

PgStatement PgPushdown::stageCustomers() const
{
    PgStatement st;
    st.sql = QStringLiteral("WITH ") + filtered(st)
        + QStringLiteral("\nSELECT stage, count(*) FROM (SELECT DISTINCT stage, cust FROM ev WHERE stage IS NOT NULL) s"
                         " GROUP BY stage ORDER BY stage COLLATE \"C\"");
    return st;
}

PgStatement PgPushdown::timeDecayCredits(double halfLifeDays) const
{
    PgStatement st;
    // Touch ages are single precision in the in-memory path set (pathSetFromJourneys):
    // rounding through float4 gives the very same weights. A journey's value is its
    // conversion's revenue, so the conversion rows stay until the journey window.
    // One mark per statement: the operands of + are evaluated in no fixed order.
    st.sql = journeyCtes(st, false);
    st.sql += QStringLiteral(",\nt AS (SELECT cust, jno, chan, conv, rev, kept, CASE WHEN kept THEN power(2::float8, -(((end_ts - ts)::float8 / 86400000.0::float8)::float4::float8) / ");
    st.sql += mark(st, halfLifeDays);
    st.sql += QStringLiteral("::float8) END AS w FROM k WHERE converted AND (kept OR conv)),\n"
                             "n AS (SELECT chan, kept, w / sum(w) OVER j AS share, coalesce(sum(rev) FILTER (WHERE conv) OVER j, 0) AS jvalue"
                             " FROM t WINDOW j AS (PARTITION BY cust, jno))\n"
                             "SELECT chan, sum(share), sum(share * jvalue) FROM n WHERE kept GROUP BY chan");
    return st;
}

PgStatement PgPushdown::chainCells() const
{
    PgStatement st;
    // The journey's value (its conversion's revenue) is a window over the whole journey;
    // the previous/next touch are windows over its kept touches in time order.
    st.sql = journeyCtes(st, true)
        + QStringLiteral(",\nv AS (SELECT *, coalesce(sum(rev) FILTER (WHERE conv) OVER (PARTITION BY cust, jno), 0) AS jvalue FROM k),\n"
                         "t AS (SELECT coalesce(stage, '') AS stage, chan, converted, end_ts, jvalue, ts,"
                         " lag(coalesce(stage, '')) OVER wj AS pstage, lag(chan) OVER wj AS pchan, lag(ts) OVER wj AS pts,"
                         " lead(ts) OVER wj IS NULL AS last FROM v WHERE kept WINDOW wj AS (PARTITION BY cust, jno ORDER BY ts, ")
        + orderKey()
        + QStringLiteral("))\nSELECT pstage, pchan, stage, chan, pts IS NULL AS first, last, converted, count(*),"
                         " coalesce(sum((ts - pts)::float8 / 86400000.0::float8), 0),"
                         " coalesce(sum((end_ts - ts)::float8 / 86400000.0::float8), 0), coalesce(sum(jvalue), 0)"
                         " FROM t GROUP BY 1, 2, 3, 4, 5, 6, 7");
    return st;
}

PgStatement PgPushdown::chainEventTypes() const
{
    PgStatement st;
    st.sql = QStringLiteral("WITH ") + filtered(st)
        + QStringLiteral("\nSELECT coalesce(stage, ''), chan, etype, count(*) FROM ev WHERE NOT conv AND chan IS NOT NULL"
                         " AND etype IS NOT NULL GROUP BY 1, 2, 3");
    return st;
}

PgStatement PgPushdown::latestEvent() const
{
    PgStatement st;
    const QString tsCol = m_columns.column.value(QStringLiteral("ts"));
    st.sql = QStringLiteral("SELECT max(") + timeExpression(tsCol, m_columns.type.value(QStringLiteral("ts"))) + QStringLiteral(") FROM ")
        + m_columns.table + QStringLiteral(" WHERE ") + m_columns.column.value(QStringLiteral("customer")) + QStringLiteral(" IS NOT NULL");
    return st;
}

PgStatement PgPushdown::countEvents(const std::vector<EventFilter> &filters, qint64 latestMs) const
{
    PgStatement st;
    QStringList counts;
    QString select;
    for (const EventFilter &f : filters) {
        QStringList where{QStringLiteral("true")};
        auto match = [&](const QString &wanted, const char *column) {
            if (!wanted.isEmpty())
                where.append(QStringLiteral("lower(") + QString::fromLatin1(column) + QStringLiteral(") = ") + mark(st, wanted.toLower())
                             + QStringLiteral("::text"));
        };
        match(f.eventType, "etype");
        match(f.stage, "stage");
        match(f.channel, "chan");
        if (f.windowDays > 0)
            where.append(QStringLiteral("ts >= ") + mark(st, latestMs - qint64(f.windowDays) * 86400000) + QStringLiteral("::int8"));
        counts.append(QStringLiteral("count(*) FILTER (WHERE ") + where.join(QStringLiteral(" AND ")) + QLatin1Char(')'));
    }
    PgStatement base;
    const QString from = baseSelect(base, false);
    // Values of the counts come first in the text, so the base (which binds nothing
    // without a conversion flag or segment) is appended after them.
    st.sql = QStringLiteral("SELECT ") + counts.join(QStringLiteral(", ")) + QStringLiteral(" FROM (") + from + QStringLiteral(") e");
    return st;
}

} // namespace omnimap::sim
