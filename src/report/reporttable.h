#pragma once

#include "reportbook.h"
#include "reportstyle.h"
#include "render/mapglyphs.h"

#include <QColor>
#include <QList>

#include <optional>

namespace omnimap {

struct ReportTableColumn
{
    QString title;
    double weight = 1.0; ///< share of the table width
    Qt::Alignment align = Qt::AlignLeft;
};

struct ReportTableCell
{
    QString text;
    QString detail;           ///< smaller second line (a purpose, a note)
    QColor fill;              ///< invalid: zebra striping
    std::optional<KpiStatus> status; ///< draws the status marker (shape + colour) before the text
    bool bold = false;
    QColor stripe;            ///< a colour strip on the cell's left edge (channel colour)
};

/// A table that flows over as many pages as it needs, repeating its header row.
struct ReportTable
{
    QList<ReportTableColumn> columns;
    QList<QList<ReportTableCell>> rows;
    double fontSize = 8.5;
};

/// Adds the pages of `table` under a heading; `intro` is printed on the first page and
/// `footer` (a legend) under the last row.
void addTablePages(ReportBook &book, const ReportStyle &style, const QString &section, const QString &heading,
                   const QString &intro, const ReportTable &table,
                   QPageLayout::Orientation orientation = QPageLayout::Portrait, const QString &footer = {});

} // namespace omnimap
