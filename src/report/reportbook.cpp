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

QPageSize ReportBook::qPageSize() const
{
    return QPageSize(m_paper == ReportPaper::Letter ? QPageSize::Letter : QPageSize::A4);
}

QSizeF ReportBook::pageSize(QPageLayout::Orientation orientation) const
{
    const QSizeF portrait = qPageSize().size(QPageSize::Point);
    return orientation == QPageLayout::Portrait ? portrait : portrait.transposed();
}

QRectF ReportBook::bodyRect(QPageLayout::Orientation orientation) const
{
    const QSizeF size = pageSize(orientation);
    return QRectF(kSideMargin, kTop, size.width() - 2 * kSideMargin, size.height() - kTop - kBottom);
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
