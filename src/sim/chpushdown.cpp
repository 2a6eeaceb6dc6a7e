#include "chpushdown.h"

#include "pathanalysis.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace omnimap::sim {

namespace {

struct ChpushdownTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim::ChPushdown) };

/// Nullable(T) and LowCardinality(T) read as T.
QString innerType(QString type)
{
    for (const char *wrapper : {"Nullable(", "LowCardinality("}) {
        const QLatin1String w(wrapper);
        while (type.startsWith(w) && type.endsWith(QLatin1Char(')')))
            type = type.mid(w.size(), type.size() - w.size() - 1);
    }
    return type;
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

QString lowered(const QString &value)
{
    return QStringLiteral("lowerUTF8(") + chLiteral(value) + QLatin1Char(')');
}

/// One condition with SQLite's semantics (segmentfilter.cpp), as PgPushdown does: NOCASE
/// becomes lowerUTF8 on both sides, dates compare as text in byte order; a NULL
/// attribute matches only the negative operators.
QString condition(const QString &column, const SegmentCondition &c)
{
    const QString raw = QStringLiteral("toString(") + column + QLatin1Char(')');
    const QString low = QStringLiteral("lowerUTF8(") + raw + QLatin1Char(')');
    const QString lowOrEmpty = QStringLiteral("lowerUTF8(ifNull(") + raw + QStringLiteral(", ''))");
    const QString first = c.values.value(0);
    QStringList list;
    for (const QString &value : c.values)
        list.append(lowered(value));
    auto orFalse = [](const QString &expr) -> QString { return QStringLiteral("ifNull(") + expr + QStringLiteral(", 0)"); };
    switch (c.op) {
    case SegmentOperator::Equals:
        return orFalse(low + QStringLiteral(" = ") + lowered(first));
    case SegmentOperator::NotEquals:
        return lowOrEmpty + QStringLiteral(" != ") + lowered(first);
    case SegmentOperator::In:
        return list.isEmpty() ? QStringLiteral("0") : orFalse(low + QStringLiteral(" IN (") + list.join(QStringLiteral(", ")) + QLatin1Char(')'));
    case SegmentOperator::NotIn:
        return list.isEmpty() ? QStringLiteral("1") : lowOrEmpty + QStringLiteral(" NOT IN (") + list.join(QStringLiteral(", ")) + QLatin1Char(')');
    case SegmentOperator::Before:
        return orFalse(raw + QStringLiteral(" < ") + chLiteral(first));
    case SegmentOperator::After:
        return orFalse(raw + QStringLiteral(" > ") + chLiteral(first));
    case SegmentOperator::Contains:
        return orFalse(QStringLiteral("positionUTF8(") + low + QStringLiteral(", ") + lowered(first) + QStringLiteral(") > 0"));
    }
    return QStringLiteral("0");
}

const QString kDay = QStringLiteral("86400000.0");

} // namespace

QString chLiteral(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar ch : value) {
        switch (ch.unicode()) {
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\'': out += QStringLiteral("\\'"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\0': out += QStringLiteral("\\0"); break;
        case '\b': out += QStringLiteral("\\b"); break;
        case '\f': out += QStringLiteral("\\f"); break;
        default:
            if (ch.unicode() < 0x20 || ch.unicode() == 0x7F)
                out += QStringLiteral("\\x%1").arg(ch.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    out += QLatin1Char('\'');
    return out;
}

QString chLiteral(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("nan");
    // Parenthesised so that "- -1" or "x-1e300" never read differently.
    return QLatin1Char('(') + QString::number(value, 'g', 17) + QStringLiteral(" + 0.)");
}

QString chLiteral(qint64 value)
{
    return QStringLiteral("toInt64(") + QString::number(value) + QLatin1Char(')');
}

QString chIdentifier(const QString &name)
{
    QString out = QStringLiteral("`");
    for (const QChar ch : name) {
        if (ch == QLatin1Char('\\') || ch == QLatin1Char('`'))
            out += QLatin1Char('\\');
        out += ch;
    }
    return out + QLatin1Char('`');
}

bool ChPushdown::isNumericType(const QString &type)
{
    static const QRegularExpression numeric(QStringLiteral("^(U?Int(8|16|32|64)|Float(32|64)|Decimal(32|64|128)?\\(.*\\))$"));
    return numeric.match(innerType(type)).hasMatch();
}

QString ChPushdown::timeExpression(const QString &column, const QString &type)
{
    const QString inner = innerType(type);
    const QString col = type.startsWith(QLatin1String("Nullable(")) ? QStringLiteral("assumeNotNull(") + column + QLatin1Char(')') : column;
    if (inner == QLatin1String("DateTime") || inner.startsWith(QLatin1String("DateTime(")))
        return QStringLiteral("toInt64(toUnixTimestamp(") + col + QStringLiteral(")) * 1000");
    if (inner.startsWith(QLatin1String("DateTime64(")))
        return QStringLiteral("toInt64(toUnixTimestamp64Milli(") + col + QStringLiteral("))"); // only servers that have the type
    if (inner == QLatin1String("Date"))
        return QStringLiteral("toInt64(toUInt16(") + col + QStringLiteral(")) * 86400000");
    static const QRegularExpression integer(QStringLiteral("^U?Int(32|64)$"));
    if (integer.match(inner).hasMatch())
        return QStringLiteral("toInt64(") + col + QLatin1Char(')');
    return {};
}

ChPushdown::ChPushdown(const ChColumns &columns, const JourneyQuery &query)
    : m_columns(columns)
    , m_query(query)
{
    const QString ts = m_columns.type.value(QStringLiteral("ts"));
    if (!m_columns.column.contains(QStringLiteral("customer")) || !m_columns.column.contains(QStringLiteral("ts"))
        || !m_columns.column.contains(QStringLiteral("event_type")))
        m_error = ChpushdownTr::tr("The table needs columns for the customer, the time and the event type.");
    else if (timeExpression(QStringLiteral("x"), ts).isEmpty())
        m_error = ChpushdownTr::tr("The time column has type %1; it must be DateTime, Date or epoch milliseconds (Int64/UInt64).").arg(ts);
    for (const char *number : {"revenue", "cost", "sequence"}) {
        const QString type = m_columns.type.value(QString::fromLatin1(number));
        if (m_error.isEmpty() && !type.isEmpty() && !isNumericType(type))
            m_error = ChpushdownTr::tr("The %1 column has type %2; it must be a number.").arg(QString::fromLatin1(number), type);
    }
    if (m_error.isEmpty() && m_query.segment) {
        for (const SegmentCondition &c : m_query.segment->conditions) {
            if (!m_columns.column.contains(segmentField(c))) {
                m_error = ChpushdownTr::tr("The persona's segment uses \"%1\", which is not mapped to a column of the table.")
                              .arg(c.field == SegmentField::Attribute ? c.attribute : segmentField(c));
                break;
            }
        }
    }
}

bool ChPushdown::isValid(QString *error) const
{
    if (error && !m_error.isEmpty())
        *error = m_error;
    return m_error.isEmpty();
}

QString ChPushdown::text(const QString &field) const
{
    // btrim's spaces, as PgPushdown and the import; '' stands for NULL below.
    const QString col = m_columns.column.value(field);
    return col.isEmpty() ? QStringLiteral("''")
                         : QStringLiteral("replaceRegexpAll(ifNull(toString(") + col + QStringLiteral("), ''), '^ +| +$', '')");
}

/// Every event with a customer and a time, under fixed om_ names (aliases must not
/// shadow the table's own columns).
QString ChPushdown::baseSelect() const
{
    const QString cust = m_columns.column.value(QStringLiteral("customer"));
    const QString ts = m_columns.column.value(QStringLiteral("ts"));
    const QString seq = m_columns.column.value(QStringLiteral("sequence"));
    const QString rev = m_columns.column.value(QStringLiteral("revenue"));
    QStringList types;
    for (const QString &type : m_query.conversionEventTypes) {
        if (!type.trimmed().isEmpty())
            types.append(lowered(type));
    }
    QString sql = QStringLiteral("SELECT toString(") + cust + QStringLiteral(") AS om_cust, ")
        + timeExpression(ts, m_columns.type.value(QStringLiteral("ts"))) + QStringLiteral(" AS om_ts, ")
        + (seq.isEmpty() ? QStringLiteral("toInt64(0)") : QStringLiteral("toInt64(ifNull(") + seq + QStringLiteral(", 0))"))
        + QStringLiteral(" AS om_seq, ") + text(QStringLiteral("channel")) + QStringLiteral(" AS om_chan, ")
        + text(QStringLiteral("touchpoint")) + QStringLiteral(" AS om_tp, ") + text(QStringLiteral("stage"))
        + QStringLiteral(" AS om_stage, ") + text(QStringLiteral("event_type")) + QStringLiteral(" AS om_etype, ")
        + (rev.isEmpty() ? QStringLiteral("0.") : QStringLiteral("ifNull(toFloat64(") + rev + QStringLiteral("), 0.)"))
        + QStringLiteral(" AS om_rev, ")
        + (types.isEmpty() ? QStringLiteral("toUInt8(0)")
                           : QStringLiteral("toUInt8(om_etype != '' AND lowerUTF8(om_etype) IN (") + types.join(QStringLiteral(", ")) + QStringLiteral("))"))
        + QStringLiteral(" AS om_conv");
    if (m_query.segment && !m_query.segment->conditions.isEmpty())
        sql += QStringLiteral(", toUInt8(") + segmentCondition() + QStringLiteral(") AS om_seg");
    sql += QStringLiteral(" FROM ") + m_columns.table + QStringLiteral(" WHERE isNotNull(") + cust + QStringLiteral(") AND isNotNull(") + ts
        + QLatin1Char(')');
    return sql;
}

QString ChPushdown::segmentCondition() const
{
    QStringList parts;
    for (const SegmentCondition &c : m_query.segment->conditions)
        parts.append(QLatin1Char('(') + condition(m_columns.column.value(segmentField(c)), c) + QLatin1Char(')'));
    return parts.join(m_query.segment->matchAll ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
}

QString ChPushdown::dateCondition() const
{
    QString sql = QStringLiteral("1");
    if (m_query.fromMs)
        sql += QStringLiteral(" AND om_ts >= ") + chLiteral(qint64(*m_query.fromMs));
    if (m_query.toMs)
        sql += QStringLiteral(" AND om_ts < ") + chLiteral(qint64(*m_query.toMs));
    return sql;
}

/// One row per customer (of the segment: any of their rows matches) with the array of
/// `tuple` for the events that pass `condition` and the date range.
QString ChPushdown::customerArrays(const QString &tuple, const QString &condition) const
{
    const bool segment = m_query.segment && !m_query.segment->conditions.isEmpty();
    return QStringLiteral("SELECT arraySort(groupArrayIf(") + tuple + QStringLiteral(", (") + condition + QStringLiteral(") AND ")
        + dateCondition() + QStringLiteral(")) AS om_ev") + (segment ? QStringLiteral(", max(om_seg) AS om_in") : QString())
        + QStringLiteral(" FROM (") + baseSelect() + QStringLiteral(") GROUP BY om_cust HAVING length(om_ev) > 0")
        + (segment ? QStringLiteral(" AND om_in = 1") : QString());
}

/// One row per journey as buildJourneys makes them. A customer's sorted events (touches
/// before conversions at the same millisecond) are numbered by the conversions before
/// them (jn); journey k is the events with jn = k, ending at its last event (its
/// conversion, or its last touch); kt are its touches inside the look-back window.
QString ChPushdown::journeyRows(bool withStage) const
{
    const QString tuple = QStringLiteral("(om_ts, om_conv, om_seq, om_chan, om_tp, om_rev") + (withStage ? QStringLiteral(", om_stage)") : QStringLiteral(")"));
    const auto lookbackMs = qint64(std::llround(m_query.lookbackDays * 86400000.0));
    return QStringLiteral("SELECT tupleElement(je[-1], 1) AS end_ts, tupleElement(je[-1], 2) AS converted,"
                          " if(converted, tupleElement(je[-1], 6), 0.) AS value,"
                          " arrayFilter(e -> tupleElement(e, 2) = 0 AND tupleElement(e, 1) >= end_ts - ")
        + chLiteral(lookbackMs)
        + QStringLiteral(", je) AS kt, length(kt) > 0 AS touched,"
                         // ages here: 18.16 loses a column a lambda captures from a subquery
                         " arrayMap(e -> end_ts - tupleElement(e, 1), kt) AS ages FROM (SELECT arrayFilter((e, j) -> j = k, om_ev, jn) AS je FROM ("
                         "SELECT om_ev, arrayMap((c, e) -> c - tupleElement(e, 2), arrayCumSum(arrayMap(e -> tupleElement(e, 2), om_ev)), om_ev) AS jn FROM (")
        + customerArrays(tuple, QStringLiteral("om_conv = 1 OR om_chan != ''"))
        + QStringLiteral(")) ARRAY JOIN range(toUInt64(jn[-1]) + 1) AS k)");
}

QString ChPushdown::journeys() const
{
    QStringList stats{QStringLiteral("toFloat64(n)"), QStringLiteral("arraySum(ds)")};
    for (const TimeToConvert::Bin &bin : sim::timeToConvert(Journeys()).bins) {
        QString test = QStringLiteral("x >= ") + chLiteral(bin.fromDays);
        if (std::isfinite(bin.toDays))
            test += QStringLiteral(" AND x < ") + chLiteral(bin.toDays);
        stats.append(QStringLiteral("toFloat64(arrayCount(x -> ") + test + QStringLiteral(", ds))"));
    }
    // The element at floor(q (n - 1) + 0.5) in double arithmetic, like timeToConvert().
    for (double q : {0.5, 0.9})
        stats.append(QStringLiteral("if(n = 0, 0., ds[least(n - 1, toUInt64(floor(") + chLiteral(q)
                     + QStringLiteral(" * toFloat64(n - 1) + 0.5))) + 1])"));
    return QStringLiteral("SELECT kind, touched, path, journeys, conversions, value, if(kind = 3, arrayStringConcat(arrayMap(x -> toString(x), [")
        + stats.join(QStringLiteral(", "))
        + QStringLiteral("]), ','), '') FROM (SELECT kind, touched, path, count() AS journeys, countIf(converted) AS conversions,"
                         " sumIf(value, converted) AS value, arraySort(groupArrayIf(d, kind = 3 AND converted AND touched)) AS ds, length(ds) AS n"
                         " FROM (SELECT converted, value, touched,"
                         " arrayStringConcat(arrayMap(e -> tupleElement(e, 4), kt), '\\x1F') AS cpath,"
                         " arrayStringConcat(arrayMap(e -> tupleElement(e, 5), kt), '\\x1F') AS tpath,"
                         " if(touched, (end_ts - tupleElement(kt[1], 1)) / ")
        + kDay + QStringLiteral(", 0.) AS d FROM (") + journeyRows(false)
        + QStringLiteral(")) ARRAY JOIN [1, 2, 3] AS kind GROUP BY kind, touched, multiIf(kind = 1, cpath, kind = 2, tpath, '') AS path)");
}

QString ChPushdown::stageCustomers() const
{
    return QStringLiteral("SELECT om_s, count() FROM (") + customerArrays(QStringLiteral("om_stage"), QStringLiteral("om_stage != ''"))
        + QStringLiteral(") ARRAY JOIN arrayDistinct(om_ev) AS om_s GROUP BY om_s ORDER BY om_s");
}

QString ChPushdown::timeDecayCredits(double halfLifeDays) const
{
    // Touch ages in single precision, as pathSetFromJourneys keeps them.
    return QStringLiteral("SELECT chan, sum(w / wsum), sum(w / wsum * value) FROM (SELECT value,"
                          " arrayMap(a -> pow(2., -toFloat64(toFloat32(a / ")
        + kDay + QStringLiteral(")) / ") + chLiteral(halfLifeDays)
        + QStringLiteral("), ages) AS ws, arraySum(ws) AS wsum, arrayMap(e -> tupleElement(e, 4), kt) AS chans FROM (") + journeyRows(false)
        + QStringLiteral(") WHERE converted AND touched) ARRAY JOIN chans AS chan, ws AS w GROUP BY chan");
}

QString ChPushdown::chainCells() const
{
    return QStringLiteral("SELECT if(i > 1, tupleElement(kt[i - 1], 7), '') AS pstage, if(i > 1, tupleElement(kt[i - 1], 4), '') AS pchan,"
                          " tupleElement(e, 7) AS stage, tupleElement(e, 4) AS chan, i = 1 AS first, i = length(kt) AS last, converted, count(),"
                          " sum(if(i > 1, (tupleElement(e, 1) - tupleElement(kt[i - 1], 1)) / ")
        + kDay + QStringLiteral(", 0.)), sum((end_ts - tupleElement(e, 1)) / ") + kDay + QStringLiteral("), sum(value) FROM (")
        + journeyRows(true)
        + QStringLiteral(") ARRAY JOIN kt AS e, arrayEnumerate(kt) AS i WHERE touched GROUP BY pstage, pchan, stage, chan, first, last, converted");
}

QString ChPushdown::chainEventTypes() const
{
    return QStringLiteral("SELECT tupleElement(x, 1), tupleElement(x, 2), tupleElement(x, 3), count() FROM (")
        + customerArrays(QStringLiteral("(om_stage, om_chan, om_etype)"), QStringLiteral("om_conv = 0 AND om_chan != '' AND om_etype != ''"))
        + QStringLiteral(") ARRAY JOIN om_ev AS x GROUP BY tupleElement(x, 1), tupleElement(x, 2), tupleElement(x, 3)");
}

QString ChPushdown::latestEvent() const
{
    return QStringLiteral("SELECT count(), max(om_ts) FROM (") + baseSelect() + QLatin1Char(')');
}

QString ChPushdown::countEvents(const std::vector<EventFilter> &filters, qint64 latestMs) const
{
    QStringList counts;
    for (const EventFilter &f : filters) {
        QStringList where{QStringLiteral("1")};
        auto match = [&where](const QString &wanted, const char *column) {
            if (!wanted.isEmpty())
                where.append(QStringLiteral("lowerUTF8(") + QLatin1String(column) + QStringLiteral(") = ") + lowered(wanted));
        };
        match(f.eventType, "om_etype");
        match(f.stage, "om_stage");
        match(f.channel, "om_chan");
        if (f.windowDays > 0)
            where.append(QStringLiteral("om_ts >= ") + chLiteral(latestMs - qint64(f.windowDays) * 86400000));
        counts.append(QStringLiteral("countIf(") + where.join(QStringLiteral(" AND ")) + QLatin1Char(')'));
    }
    return QStringLiteral("SELECT ") + counts.join(QStringLiteral(", ")) + QStringLiteral(" FROM (") + baseSelect() + QLatin1Char(')');
}

} // namespace omnimap::sim
