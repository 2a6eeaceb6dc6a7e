#include "kpibulletview.h"

#include "app/shell/drawntexts.h"

#include "insightpalette.h"
#include "plan/money.h"

#include <QHelpEvent>
#include <QLocale>
#include <QFontMetricsF>
#include <QPainter>
#include <QToolTip>

namespace omnimap::insight {
namespace {

constexpr int kRowHeight = 34;
constexpr int kNameWidth = 170;
constexpr int kStatusWidth = 110;

QString number(double v, const KpiBulletView::Row &row)
{
    if (!row.currency.isEmpty())
        return formatMoney(v, row.currency, row.moneyLocale);
    const QString &unit = row.unit;
    const QLocale locale;
    const QString text = std::abs(v) >= 100 ? locale.toString(v, 'f', 0) : locale.toString(v, 'f', 1);
    return unit.isEmpty() ? text : text + QLatin1Char(' ') + unit;
}

} // namespace

KpiBulletView::KpiBulletView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumHeight(120);
}

void KpiBulletView::setRows(QList<Row> rows)
{
    m_rows = std::move(rows);
    updateGeometry();
    update();
}

QSize KpiBulletView::sizeHint() const
{
    return {520, std::max(120, int(m_rows.size()) * kRowHeight + 30)};
}

void KpiBulletView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = this->font();
    p.setFont(font);
    if (m_rows.isEmpty()) {
        p.setPen(palette::mutedInk());
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No KPI with a data binding in this journey. Bind a KPI to event types to measure it."));
        return;
    }
    const double barLeft = kNameWidth + 8;
    const double barWidth = std::max(60.0, double(width()) - barLeft - kStatusWidth - 12);
    // Every caption is shortened to its room (the row's tool tip has it whole) and
    // published for the screenshot tool's clipped-text check.
    QList<DrawnText> drawn;
    const auto drawFitted = [&p, &drawn](const QRectF &room, int flags, const QString &text) {
        const QFontMetricsF metrics(p.font());
        const QString shown = metrics.elidedText(text, Qt::ElideRight, room.width());
        const QRectF box(room.left(), room.top(), room.width(), std::max(room.height(), metrics.height()));
        p.drawText(box, flags, shown);
        drawn.append({box, shown, metrics.horizontalAdvance(shown)});
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const double top = 6 + i * kRowHeight;
        p.setPen(palette::ink());
        drawFitted(QRectF(0, top, kNameWidth, 22), Qt::AlignVCenter | Qt::AlignLeft, row.name);
        double maximum = 0.0;
        for (const std::optional<double> &v : {row.actual, row.baseline, row.target}) {
            if (v)
                maximum = std::max(maximum, *v);
        }
        maximum = maximum > 0 ? maximum * 1.15 : 1.0;
        auto x = [&](double v) { return barLeft + barWidth * std::clamp(v / maximum, 0.0, 1.0); };
        const QRectF track(barLeft, top + 4, barWidth, 14);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xF0, 0xF2, 0xF4));
        p.drawRoundedRect(track, 3, 3);
        if (row.target) {
            p.setBrush(QColor(0xDD, 0xE2, 0xE7));
            p.drawRoundedRect(QRectF(barLeft, track.top(), x(*row.target) - barLeft, track.height()), 3, 3);
        }
        if (row.actual) {
            p.setBrush(palette::status(row.status));
            p.drawRoundedRect(QRectF(barLeft, track.top() + 3.5, std::max(2.0, x(*row.actual) - barLeft), 7), 2, 2);
        }
        if (row.baseline) {
            p.setPen(QPen(palette::mutedInk(), 1.5, Qt::DashLine));
            p.drawLine(QPointF(x(*row.baseline), track.top() - 1), QPointF(x(*row.baseline), track.bottom() + 1));
        }
        if (row.target) {
            p.setPen(QPen(palette::ink(), 2.5));
            p.drawLine(QPointF(x(*row.target), track.top() - 3), QPointF(x(*row.target), track.bottom() + 3));
        }
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.85);
        p.setFont(small);
        p.setPen(palette::mutedInk());
        QStringList parts;
        if (row.actual)
            parts.append(tr("actual %1").arg(number(*row.actual, row)));
        if (row.baseline)
            parts.append(tr("baseline %1").arg(number(*row.baseline, row)));
        if (row.target)
            parts.append(tr("target %1").arg(number(*row.target, row)));
        if (!row.actual && !row.note.isEmpty())
            parts.append(row.note);
        drawFitted(QRectF(barLeft, track.bottom() + 1, barWidth, 14), Qt::AlignLeft | Qt::AlignVCenter,
                   parts.join(QStringLiteral(" · ")));
        p.setFont(font);
        p.setPen(palette::status(row.status));
        QFont bold = font;
        bold.setBold(true);
        p.setFont(bold);
        drawFitted(QRectF(width() - kStatusWidth, top, kStatusWidth, 22), Qt::AlignVCenter | Qt::AlignLeft,
                   row.actual ? palette::statusText(row.status) : tr("– Not measured"));
        p.setFont(font);
    }
    // Legend: what the marks mean.
    p.setPen(palette::mutedInk());
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    p.setFont(small);
    drawFitted(QRectF(barLeft, height() - 18, width() - barLeft, 16), Qt::AlignLeft | Qt::AlignVCenter,
               tr("bar: actual · thick mark: target · dashed mark: baseline · grey band: range to target"));
    publishDrawnTexts(this, drawn);
}

bool KpiBulletView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = (help->pos().y() - 6) / kRowHeight;
        if (i >= 0 && i < m_rows.size()) {
            const Row &row = m_rows.at(i);
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<b>%1</b><br>%2").arg(row.name.toHtmlEscaped(), palette::statusText(row.status)), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace omnimap::insight
