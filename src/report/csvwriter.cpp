#include "csvwriter.h"

namespace omnimap {

QString csvField(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvSafeText(const QString &userText)
{
    if (userText.isEmpty())
        return userText;
    const QChar first = userText.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + userText;
    return userText;
}

namespace {

void appendRecord(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += csvField(fields.at(i));
    }
    out += QLatin1String("\r\n");
}

} // namespace

QByteArray writeCsv(const CsvTable &table, bool byteOrderMark)
{
    QString text;
    appendRecord(text, table.header);
    for (const QStringList &row : table.rows)
        appendRecord(text, row);
    QByteArray bytes;
    if (byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += text.toUtf8();
    return bytes;
}

} // namespace omnimap
