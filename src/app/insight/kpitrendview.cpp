#include "kpitrendview.h"

#include "insightpalette.h"

#include <QPainter>

namespace omnimap::insight {

namespace {

constexpr int kColumns = 2;
constexpr int kRowHeight = 210;

} // namespace

KpiTrendView::KpiTrendView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kpiTrends"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void KpiTrendView::setCharts(QList<TrendChart> charts, const QString &message)
{
    m_charts = std::move(charts);
    m_message = message;
    updateGeometry();
    update();
}

int KpiTrendView::heightForWidth(int) const
{
    const int rows = m_charts.isEmpty() ? 1 : int((m_charts.size() + kColumns - 1) / kColumns);
    return m_charts.isEmpty() ? 60 : rows * kRowHeight;
}

QSize KpiTrendView::sizeHint() const
{
    return {720, heightForWidth(720)};
}

QRectF KpiTrendView::cell(int index) const
{
    const double w = double(width()) / kColumns;
    return QRectF((index % kColumns) * w, (index / kColumns) * kRowHeight, w, kRowHeight).adjusted(8, 6, -12, -10);
}

void KpiTrendView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (m_charts.isEmpty()) {
        p.setPen(palette::mutedInk());
        p.drawText(rect().adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    TrendChartStyle style;
    style.titleFont = font();
    style.titleFont.setBold(true);
    style.labelFont = font();
    style.labelFont.setPointSizeF(font().pointSizeF() * 0.85);
    style.ink = palette::ink();
    style.muted = palette::mutedInk();
    style.grid = palette::grid();
    style.line = palette::accent();
    style.target = palette::offTrack();
    style.shade = QColor(0xF2, 0xC1, 0x4E, 70);
    const QLocale locale;
    for (int i = 0; i < m_charts.size(); ++i)
        paintTrendChart(&p, cell(i), m_charts.at(i), style, locale);
}

} // namespace omnimap::insight
