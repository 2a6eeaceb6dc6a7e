#include "segmentfilter.h"

namespace omnimap::sim {

namespace {

QString placeholder(SegmentSql &sql, const QString &value)
{
    sql.values.append(value);
    return QStringLiteral("?") + QString::number(sql.values.size());
}

/// The whitelisted column expression of a field; custom attributes look their value up
/// by a bound name.
QString column(SegmentSql &sql, const SegmentCondition &condition)
{
    switch (condition.field) {
    case SegmentField::AgeBand:
        return QStringLiteral("c.age_band");
    case SegmentField::Gender:
        return QStringLiteral("c.gender");
    case SegmentField::Region:
        return QStringLiteral("c.region");
    case SegmentField::SignupDate:
        return QStringLiteral("c.signup_date");
    case SegmentField::Attribute:
        return QStringLiteral("(SELECT a.value FROM customer_attributes a WHERE a.customer_id = c.id AND a.name = ")
            + placeholder(sql, condition.attribute) + QLatin1Char(')');
    }
    return QStringLiteral("NULL");
}

QString condition(SegmentSql &sql, const SegmentCondition &c)
{
    const QString col = column(sql, c);
    const QString first = c.values.value(0);
    auto list = [&sql, &c] {
        QStringList marks;
        for (const QString &value : c.values)
            marks.append(placeholder(sql, value));
        return marks.join(QStringLiteral(", "));
    };
    switch (c.op) {
    case SegmentOperator::Equals:
        return col + QStringLiteral(" = ") + placeholder(sql, first) + QStringLiteral(" COLLATE NOCASE");
    case SegmentOperator::NotEquals:
        return QStringLiteral("ifnull(") + col + QStringLiteral(", '') <> ") + placeholder(sql, first)
            + QStringLiteral(" COLLATE NOCASE");
    case SegmentOperator::In:
        if (c.values.isEmpty())
            return QStringLiteral("0");
        return col + QStringLiteral(" COLLATE NOCASE IN (") + list() + QLatin1Char(')');
    case SegmentOperator::NotIn:
        if (c.values.isEmpty())
            return QStringLiteral("1");
        return QStringLiteral("ifnull(") + col + QStringLiteral(", '') COLLATE NOCASE NOT IN (") + list() + QLatin1Char(')');
    case SegmentOperator::Before:
        return col + QStringLiteral(" < ") + placeholder(sql, first);
    case SegmentOperator::After:
        return col + QStringLiteral(" > ") + placeholder(sql, first);
    case SegmentOperator::Contains:
        // instr, not LIKE: '%' and '_' in the value stay literal.
        return QStringLiteral("instr(lower(") + col + QStringLiteral("), lower(") + placeholder(sql, first)
            + QStringLiteral(")) > 0");
    }
    return QStringLiteral("0");
}

} // namespace

SegmentSql segmentSql(const SegmentRule &rule)
{
    SegmentSql sql;
    QStringList parts;
    for (const SegmentCondition &c : rule.conditions)
        parts.append(QLatin1Char('(') + condition(sql, c) + QLatin1Char(')'));
    sql.where = parts.isEmpty() ? QStringLiteral("1") : parts.join(rule.matchAll ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
    return sql;
}

bool segmentCustomerMask(DataSet &dataSet, const SegmentRule &rule, std::uint32_t limit,
                         std::vector<std::uint8_t> &mask, QString *errorString)
{
    mask.assign(limit, 0);
    const SegmentSql sql = segmentSql(rule);
    const QByteArray text = QByteArray("SELECT c.id FROM customers c WHERE ") + sql.where.toUtf8();
    SqliteStatement stmt = dataSet.db().prepare(text.constData());
    if (!stmt.isValid()) {
        if (errorString)
            *errorString = dataSet.db().lastError();
        return false;
    }
    for (int i = 0; i < sql.values.size(); ++i)
        stmt.bindText(i + 1, sql.values.at(i));
    int rc = 0;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        const std::int64_t id = stmt.columnInt(0);
        if (id >= 0 && id < std::int64_t(limit))
            mask[std::size_t(id)] = 1;
    }
    if (rc != SQLITE_DONE) {
        if (errorString)
            *errorString = dataSet.db().lastError();
        return false;
    }
    return true;
}

} // namespace omnimap::sim
