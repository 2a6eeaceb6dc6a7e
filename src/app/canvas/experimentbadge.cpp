#include "experimentbadge.h"

#include "document/render/mapstyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace omnimap {

QRectF paintExperimentBadge(QPainter *p, const QPointF &anchor, const QString &text, double maxWidth, bool centred,
                            bool darkMode)
{
    if (text.isEmpty() || maxWidth < 24)
        return {};
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(mapFont(9, QFont::Bold));
    const QFontMetricsF metrics(p->font());
    const QString shown = metrics.elidedText(text, Qt::ElideRight, maxWidth - 12);
    const double w = metrics.horizontalAdvance(shown) + 12, h = 14;
    const QRectF pill(centred ? anchor.x() - w / 2 : anchor.x(), anchor.y() - h / 2, w, h);
    p->setPen(QPen(darkMode ? QColor(0x1f, 0x23, 0x2b) : QColor(Qt::white), 1));
    p->setBrush(darkMode ? QColor(0x8b, 0x5c, 0xf6) : QColor(0x6d, 0x28, 0xd9));
    p->drawRoundedRect(pill, h / 2, h / 2);
    p->setPen(Qt::white);
    p->drawText(pill, Qt::AlignCenter, shown);
    p->restore();
    return pill;
}

} // namespace omnimap
