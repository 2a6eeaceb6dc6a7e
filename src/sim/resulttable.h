#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace omnimap::sim {

/// A named table of results (top paths, funnel, attribution, …) that the CLI prints as
/// aligned text, RFC 4180 CSV or JSON, and the app can show or export unchanged.
struct ResultTable
{
    QString name;          ///< machine name: "top_paths", "funnel", …
    QString title;         ///< translated heading
    QStringList columns;   ///< machine names, also the CSV header and JSON keys
    QList<QVariantList> rows;

    void addRow(const QVariantList &row) { rows.append(row); }

    /// Heading, then columns padded to their widest cell; numbers right-aligned.
    QString toText() const;
    /// Header line and one line per row; fields quoted when needed.
    QString toCsv() const;
    /// An array of objects keyed by column name.
    QJsonArray toJson() const;
};

/// Several tables in one output format: "text" (headed blocks), "csv" (blocks separated
/// by a blank line) or "json" (one object, a key per table name, merged into `extra`).
/// Returns an empty string for an unknown format.
QString renderTables(const QList<ResultTable> &tables, const QString &format, const QJsonObject &extra = {});

/// Text of a number for tables: integers plainly, others with up to 6 significant digits.
QString formatNumber(double value);

} // namespace omnimap::sim
