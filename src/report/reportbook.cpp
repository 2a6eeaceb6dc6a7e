#include "reportbook.h"

namespace omnimap {

namespace {
constexpr double kSideMargin = 46.0;
constexpr double kTop = 66.0;    ///< running header above
constexpr double kBottom = 54.0; ///< footer below
} // namespace

ReportBook::ReportBook(ReportPaper paper)
    : m_paper(paper)
{
}

QPageSize ReportBook::paperSize(ReportPaper paper)
{
    switch (paper) {
    case ReportPaper::Letter:
        return QPageSize(QPageSize::Letter);
    case ReportPaper::A3:
        return QPageSize(QPageSize::A3);
    case ReportPaper::A2:
        return QPageSize(QPageSize::A2);
    case ReportPaper::Tabloid:
        return QPageSize(QPageSize::Tabloid);
    case ReportPaper::A4:
        break;
    }
    return QPageSize(QPageSize::A4);
}

QPageSize ReportBook::qPageSize() const
{
    return paperSize(m_paper);
}

QPageSize ReportBook::qPageSize(const ReportPage &page) const
{
    return page.paperSize.isValid() ? page.paperSize : qPageSize();
}

QSizeF ReportBook::pageSize(const ReportPage &page) const
{
    const QSizeF portrait = qPageSize(page).size(QPageSize::Point);
    return page.orientation == QPageLayout::Portrait ? portrait : portrait.transposed();
}

QRectF ReportBook::bodyRect(const ReportPage &page) const
{
    return bodyRectFor(pageSize(page));
}

QRectF ReportBook::bodyRectFor(const QSizeF &size)
{
    return QRectF(kSideMargin, kTop, size.width() - 2 * kSideMargin, size.height() - kTop - kBottom);
}

QSizeF ReportBook::pageSizeForBody(const QSizeF &body)
{
    return QSizeF(body.width() + 2 * kSideMargin, body.height() + kTop + kBottom);
}

QSizeF ReportBook::pageSize(QPageLayout::Orientation orientation) const
{
    const QSizeF portrait = qPageSize().size(QPageSize::Point);
    return orientation == QPageLayout::Portrait ? portrait : portrait.transposed();
}

QRectF ReportBook::bodyRect(QPageLayout::Orientation orientation) const
{
    return bodyRectFor(pageSize(orientation));
}

void ReportBook::beginSection(const QString &title, int level)
{
    m_sections.append({title, int(m_pages.size()), level});
}

void ReportBook::addPage(ReportPage page)
{
    m_pages.append(std::move(page));
}

} // namespace omnimap
