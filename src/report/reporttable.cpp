#include "reporttable.h"

#include "render/mapglyphs.h"
#include "render/mapstyle.h"

#include <QCoreApplication>
#include <QPainter>

#include <memory>

namespace omnimap {

namespace {

constexpr double kPadX = 5.0;
constexpr double kPadY = 4.0;
constexpr double kMarker = 9.0;

struct Geometry
{
    QList<double> x;      ///< left of each column
    QList<double> widths;
};

Geometry columnGeometry(const ReportTable &table, const QRectF &body)
{
    double total = 0;
    for (const ReportTableColumn &c : table.columns)
        total += c.weight;
    Geometry g;
    double x = body.left();
    for (const ReportTableColumn &c : table.columns) {
        const double w = body.width() * c.weight / (total > 0 ? total : 1);
        g.x << x;
        g.widths << w;
        x += w;
    }
    return g;
}

double cellTextWidth(const ReportTableCell &cell, double width)
{
    return width - 2 * kPadX - (cell.status ? kMarker + 4 : 0) - (cell.stripe.isValid() ? 4 : 0);
}

double rowHeight(const ReportTable &table, const QList<ReportTableCell> &row, const Geometry &g)
{
    const QFont font = ReportStyle::font(table.fontSize);
    const QFont small = ReportStyle::font(table.fontSize - 1.5);
    double h = 0;
    for (qsizetype i = 0; i < row.size() && i < g.widths.size(); ++i) {
        const ReportTableCell &cell = row.at(i);
        const double w = cellTextWidth(cell, g.widths.at(i));
        double cellH = ReportStyle::textHeight(cell.text, cell.bold ? ReportStyle::font(table.fontSize, QFont::Bold) : font, w, 6);
        if (!cell.detail.isEmpty())
            cellH += 1 + ReportStyle::textHeight(cell.detail, small, w, 4);
        h = qMax(h, cellH);
    }
    return h + 2 * kPadY;
}

void paintRow(QPainter *p, const ReportTable &table, const QList<ReportTableCell> &row, const Geometry &g, double y,
              double h, bool header, int index)
{
    const QFont font = ReportStyle::font(table.fontSize, header ? QFont::Bold : QFont::Normal);
    const QFont bold = ReportStyle::font(table.fontSize, QFont::Bold);
    const QFont small = ReportStyle::font(table.fontSize - 1.5);
    const MapPalette &pal = MapPalette::get(false);
    for (qsizetype i = 0; i < row.size() && i < g.widths.size(); ++i) {
        const ReportTableCell &cell = row.at(i);
        const QRectF r(g.x.at(i), y, g.widths.at(i), h);
        QColor fill = cell.fill;
        if (!fill.isValid())
            fill = header ? ReportStyle::headerFill() : (index % 2 ? ReportStyle::zebra() : QColor(Qt::white));
        p->fillRect(r, fill);
        double x = r.left() + kPadX;
        if (cell.stripe.isValid()) {
            p->fillRect(QRectF(r.left(), r.top(), 3, r.height()), cell.stripe);
            x += 4;
        }
        if (cell.status) {
            MapGlyphs::paintStatus(p, QPointF(x + kMarker / 2, r.top() + kPadY + table.fontSize * 0.7), kMarker,
                                   *cell.status, pal.statusGood, pal.statusWarn, pal.statusBad, pal.statusNone);
            x += kMarker + 4;
        }
        const double w = cellTextWidth(cell, r.width());
        const Qt::Alignment align = table.columns.value(i).align;
        const QColor color = ReportStyle::textOn(fill);
        const double used = ReportStyle::drawText(p, QRectF(x, r.top() + kPadY, w, h), cell.text,
                                                  cell.bold ? bold : font, color, align, 6);
        if (!cell.detail.isEmpty())
            ReportStyle::drawText(p, QRectF(x, r.top() + kPadY + used + 1, w, h), cell.detail, small,
                                  color == QColor(Qt::white) ? color : ReportStyle::muted(), align, 4);
    }
    p->setPen(QPen(ReportStyle::rule(), 0.5));
    p->drawLine(QPointF(g.x.constFirst(), y + h), QPointF(g.x.constLast() + g.widths.constLast(), y + h));
}

} // namespace

void addTablePages(ReportBook &book, const ReportStyle &style, const QString &section, const QString &heading,
                   const QString &intro, const ReportTable &table, QPageLayout::Orientation orientation,
                   const QString &footer)
{
    const QRectF body = book.bodyRect(orientation);
    auto shared = std::make_shared<ReportTable>(table);
    const Geometry g = columnGeometry(table, body);
    QList<ReportTableCell> headerRow;
    for (const ReportTableColumn &c : table.columns)
        headerRow.append({c.title, {}, {}, {}, true, {}});
    const double headerH = rowHeight(table, headerRow, g);
    const double introH = intro.isEmpty() ? 0 : ReportStyle::textHeight(intro, ReportStyle::font(9), body.width()) + 8;
    const double footerH = footer.isEmpty() ? 0 : ReportStyle::textHeight(footer, ReportStyle::font(7.5), body.width()) + 10;

    // Split rows into pages by measured height.
    QList<QList<std::pair<int, double>>> pages; // row index, height
    QList<std::pair<int, double>> current;
    double y = ReportStyle::kHeadingHeight + introH + headerH;
    for (int i = 0; i < int(table.rows.size()); ++i) {
        const double h = rowHeight(table, table.rows.at(i), g);
        if (!current.isEmpty() && y + h > body.height() - (i == table.rows.size() - 1 ? footerH : 0)) {
            pages.append(current);
            current.clear();
            y = ReportStyle::kHeadingHeight + headerH;
        }
        current.append({i, h});
        y += h;
    }
    pages.append(current);

    for (qsizetype pageIndex = 0; pageIndex < pages.size(); ++pageIndex) {
        const auto rows = pages.at(pageIndex);
        const bool first = pageIndex == 0;
        const bool last = pageIndex == pages.size() - 1;
        const QString title = first ? heading
                                    : QCoreApplication::translate("omnimap::Report", "%1 (continued)").arg(heading);
        book.addPage({orientation, section, true,
                      [shared, style, g, rows, headerRow, headerH, title, intro, first, last, footer](QPainter *p, const QRectF &b) {
                          double top = b.top() + style.drawHeading(p, b, title);
                          if (first && !intro.isEmpty())
                              top += ReportStyle::drawText(p, QRectF(b.left(), top, b.width(), 200), intro,
                                                           ReportStyle::font(9), ReportStyle::muted()) + 8;
                          paintRow(p, *shared, headerRow, g, top, headerH, true, 0);
                          top += headerH;
                          for (const auto &[index, h] : rows) {
                              paintRow(p, *shared, shared->rows.at(index), g, top, h, false, index);
                              top += h;
                          }
                          if (last && !footer.isEmpty())
                              ReportStyle::drawText(p, QRectF(b.left(), top + 8, b.width(), 60), footer,
                                                    ReportStyle::font(7.5), ReportStyle::muted());
                      }});
    }
}

} // namespace omnimap
