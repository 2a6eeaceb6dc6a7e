#include "resulttable.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace omnimap::sim {

namespace {

bool isNumber(const QVariant &v)
{
    const int type = v.metaType().id();
    return type == QMetaType::Double || type == QMetaType::Int || type == QMetaType::LongLong
        || type == QMetaType::UInt || type == QMetaType::ULongLong || type == QMetaType::Float;
}

QString cellText(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::Double || v.metaType().id() == QMetaType::Float)
        return formatNumber(v.toDouble());
    return v.toString();
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString formatNumber(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 6);
}

QString ResultTable::toText() const
{
    std::vector<qsizetype> widths(std::size_t(columns.size()), 0);
    for (qsizetype c = 0; c < columns.size(); ++c)
        widths[std::size_t(c)] = columns.at(c).size();
    for (const QVariantList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < columns.size(); ++c)
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], cellText(row.at(c)).size());
    }
    QString text;
    if (!title.isEmpty())
        text += title + QLatin1Char('\n');
    auto line = [&](const QStringList &cells, const QList<bool> &right) -> QString {
        QString out;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const auto w = widths[std::size_t(c)];
            const QString cell = right.value(c) ? cells.at(c).rightJustified(w) : cells.at(c).leftJustified(w);
            out += (c ? QStringLiteral("  ") : QString()) + cell;
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    text += line(columns, {});
    for (const QVariantList &row : rows) {
        QStringList cells;
        QList<bool> right;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            cells.append(cellText(row.value(c)));
            right.append(isNumber(row.value(c)));
        }
        text += line(cells, right);
    }
    return text;
}

QString ResultTable::toCsv() const
{
    QStringList header;
    for (const QString &column : columns)
        header.append(csvField(column));
    QString text = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const QVariantList &row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QVariant v = row.value(c);
            cells.append(csvField(v.metaType().id() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 17) : v.toString()));
        }
        text += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text;
}

QJsonArray ResultTable::toJson() const
{
    QJsonArray array;
    for (const QVariantList &row : rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < columns.size(); ++c)
            object.insert(columns.at(c), QJsonValue::fromVariant(row.value(c)));
        array.append(object);
    }
    return array;
}

QString renderTables(const QList<ResultTable> &tables, const QString &format, const QJsonObject &extra)
{
    QString text;
    if (format == QLatin1String("json")) {
        QJsonObject object = extra;
        for (const ResultTable &table : tables)
            object.insert(table.name, table.toJson());
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    }
    const bool csv = format == QLatin1String("csv");
    if (!csv && format != QLatin1String("text"))
        return {};
    for (const ResultTable &table : tables) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += csv ? table.toCsv() : table.toText();
    }
    return text;
}

} // namespace omnimap::sim
