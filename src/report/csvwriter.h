#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace omnimap {

/// A table for CSV output: one header row and the data rows, all plain text.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
};

/// Serialises a table as RFC 4180 CSV: comma-separated, CRLF record ends, fields that
/// hold a comma, quote, CR or LF quoted with inner quotes doubled. UTF-8, with an
/// optional byte-order mark so spreadsheet apps do not guess a legacy code page.
QByteArray writeCsv(const CsvTable &table, bool byteOrderMark);

/// One field, quoted if it needs to be.
QString csvField(const QString &value);

/// Cells that a spreadsheet would run as a formula ("=", "+", "-", "@" first) are
/// prefixed with an apostrophe (OWASP CSV injection); numbers written by the exporter
/// are passed through untouched because they are not user text.
QString csvSafeText(const QString &userText);

} // namespace omnimap
