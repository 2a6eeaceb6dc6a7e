#include "checklistheatmap.h"

#include "plan/checklisttemplates.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace omnimap {
namespace {

constexpr int kRowHeader = 150;
constexpr int kColumnHeader = 36;
constexpr int kCellWidth = 124;
constexpr int kCellHeight = 44;
constexpr int kMargin = 8;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

ChecklistHeatMap::ChecklistHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setAccessibleName(tr("Checklist heat map"));
}

void ChecklistHeatMap::setScores(const ChecklistScores &scores, const QList<QPair<QString, QString>> &channels)
{
    m_scores = scores;
    m_channels = channels;
    updateGeometry();
    update();
}

QSize ChecklistHeatMap::sizeHint() const
{
    const int columns = int(m_channels.size()) + 1;
    const int rows = int(m_scores.categories.size()) + 1;
    return {2 * kMargin + kRowHeader + columns * kCellWidth, 2 * kMargin + kColumnHeader + rows * kCellHeight};
}

QSize ChecklistHeatMap::minimumSizeHint() const
{
    return {kRowHeader + kCellWidth * 2, sizeHint().height()};
}

QColor ChecklistHeatMap::colorFor(const std::optional<double> &ratio)
{
    // The app's status palette: red, amber, green.
    static const QColor red(0xd6, 0x45, 0x45);
    static const QColor amber(0xf2, 0xb1, 0x34);
    static const QColor green(0x2e, 0x9d, 0x5b);
    if (!ratio)
        return QColor(0xd9, 0xd9, 0xd9);
    const double r = qBound(0.0, *ratio, 1.0);
    return r < 0.5 ? mix(red, amber, r / 0.5) : mix(amber, green, (r - 0.5) / 0.5);
}

void ChecklistHeatMap::paintCell(QPainter &painter, const QRectF &rect, const ChecklistScore &score, bool total) const
{
    const QRectF cell = rect.adjusted(2, 2, -2, -2);
    const auto ratio = score.ratio();
    QPainterPath path;
    path.addRoundedRect(cell, 5, 5);
    painter.fillPath(path, colorFor(ratio));
    if (!ratio) {
        painter.save();
        painter.setClipPath(path);
        painter.fillRect(cell, QBrush(QColor(0, 0, 0, 40), Qt::BDiagPattern));
        painter.restore();
    }
    if (total) {
        painter.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
        painter.drawPath(path);
    }
    // Dark text on light fills, white on strong ones.
    const QColor fill = colorFor(ratio);
    painter.setPen(fill.lightnessF() > 0.6 ? QColor(0x20, 0x20, 0x20) : Qt::white);
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(font().pointSizeF() * 1.1);
    painter.setFont(big);
    const QRectF upper(cell.left(), cell.top() + 2, cell.width(), cell.height() * 0.55);
    painter.drawText(upper, Qt::AlignCenter, formatScore(ratio));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    painter.setFont(small);
    const QRectF lower(cell.left(), cell.top() + cell.height() * 0.52, cell.width(), cell.height() * 0.45);
    QString detail = tr("%1✔ %2✘").arg(score.pass).arg(score.fail);
    if (score.unchecked > 0)
        detail += QLatin1Char(' ') + tr("%1 open").arg(score.unchecked);
    painter.drawText(lower, Qt::AlignCenter, detail);
}

void ChecklistHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::WindowText);
    if (m_scores.categories.isEmpty() || m_channels.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Apply a checklist to channels to see the heat map."));
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    const int x0 = kMargin + kRowHeader;
    const int y0 = kMargin + kColumnHeader;

    painter.setFont(bold);
    painter.setPen(text);
    for (int c = 0; c <= m_channels.size(); ++c) {
        const QRectF header(x0 + c * kCellWidth, kMargin, kCellWidth, kColumnHeader);
        const QString name = c < m_channels.size() ? m_channels.at(c).second : tr("All channels");
        painter.drawText(header.adjusted(2, 0, -2, -4), Qt::AlignHCenter | Qt::AlignBottom,
                         QFontMetrics(bold).elidedText(name, Qt::ElideRight, kCellWidth - 4));
    }
    const int rows = int(m_scores.categories.size());
    for (int r = 0; r <= rows; ++r) {
        const bool totalRow = r == rows;
        const QString category = totalRow ? QString() : m_scores.categories.at(r);
        const QRectF header(kMargin, y0 + r * kCellHeight, kRowHeader - 8, kCellHeight);
        painter.setFont(totalRow ? bold : font());
        painter.setPen(text);
        const QString label = totalRow ? tr("Overall") : checklistCategoryName(category);
        painter.drawText(header, Qt::AlignVCenter | Qt::AlignRight,
                         QFontMetrics(painter.font()).elidedText(label, Qt::ElideRight, kRowHeader - 8));
        for (int c = 0; c <= m_channels.size(); ++c) {
            const bool totalColumn = c == m_channels.size();
            ChecklistScore score;
            if (totalRow && totalColumn)
                score = m_scores.overall;
            else if (totalRow)
                score = m_scores.byChannel.value(m_channels.at(c).first);
            else if (totalColumn)
                score = m_scores.byCategory.value(category);
            else
                score = m_scores.byCategoryAndChannel.value(category).value(m_channels.at(c).first);
            paintCell(painter, QRectF(x0 + c * kCellWidth, y0 + r * kCellHeight, kCellWidth, kCellHeight), score,
                      totalRow || totalColumn);
        }
    }
}

} // namespace omnimap
