#pragma once

#include "reportoptions.h"

#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace omnimap {

/// One page of the report: its orientation, the section it belongs to (for the running
/// header) and how to paint its body. Painting happens after every page is known, so a
/// page may print the total page count or the contents.
struct ReportPage
{
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QString section;
    bool chrome = true; ///< running header and footer (off on the cover)
    std::function<void(QPainter *painter, const QRectF &body)> paint;
    QPageSize paperSize = {}; ///< invalid: the book's paper (a poster map page sets its own)
};

/// An entry of the table of contents.
struct ReportSection
{
    QString title;
    int firstPage = 0; ///< 0-based page index
    int level = 0;     ///< 0 section, 1 sub-entry (a journey, a persona)
};

/// The report as a list of pages with geometry in points, built by the section writers
/// and then painted onto a QPdfWriter or a QPrinter.
class ReportBook final
{
public:
    explicit ReportBook(ReportPaper paper);

    /// Page size in points for an orientation.
    QSizeF pageSize(QPageLayout::Orientation orientation) const;
    /// The area between margins, running header and footer, in points.
    QRectF bodyRect(QPageLayout::Orientation orientation) const;
    QPageSize qPageSize() const;
    /// The page's own paper or the book's, and its size and body in points.
    QPageSize qPageSize(const ReportPage &page) const;
    QSizeF pageSize(const ReportPage &page) const;
    QRectF bodyRect(const ReportPage &page) const;
    /// The body of any page of `size` points (same margins as every page of the book).
    static QRectF bodyRectFor(const QSizeF &size);
    /// Page size in points left over around a body of `body` points.
    static QSizeF pageSizeForBody(const QSizeF &body);
    static QPageSize paperSize(ReportPaper paper);

    /// Starts a contents entry at the next page added.
    void beginSection(const QString &title, int level = 0);
    void addPage(ReportPage page);

    const QList<ReportPage> &pages() const { return m_pages; }
    const QList<ReportSection> &sections() const { return m_sections; }
    int pageCount() const { return int(m_pages.size()); }

private:
    ReportPaper m_paper;
    QList<ReportPage> m_pages;
    QList<ReportSection> m_sections;
};

} // namespace omnimap
