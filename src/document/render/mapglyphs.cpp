#include "mapglyphs.h"

#include "mapstyle.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace omnimap::MapGlyphs {

namespace {

QPen linePen(const QColor &color, double width)
{
    QPen pen(color, width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

} // namespace

void paintChannelIcon(QPainter *p, const QRectF &rect, ChannelKind kind, const QColor &color)
{
    p->save();
    const double s = std::min(rect.width(), rect.height());
    const QRectF r(rect.center().x() - s / 2, rect.center().y() - s / 2, s, s);
    const double w = std::max(1.2, s / 12.0);
    p->setPen(linePen(color, w));
    p->setBrush(Qt::NoBrush);
    const QRectF in = r.adjusted(s * 0.12, s * 0.12, -s * 0.12, -s * 0.12);
    switch (kind) {
    case ChannelKind::Web: {
        p->drawEllipse(in);
        p->drawEllipse(QRectF(in.center().x() - in.width() * 0.22, in.top(), in.width() * 0.44, in.height()));
        p->drawLine(QPointF(in.left(), in.center().y()), QPointF(in.right(), in.center().y()));
        break;
    }
    case ChannelKind::App: {
        const QRectF phone(in.center().x() - in.width() * 0.3, in.top(), in.width() * 0.6, in.height());
        p->drawRoundedRect(phone, s * 0.08, s * 0.08);
        p->drawLine(QPointF(phone.center().x() - s * 0.06, phone.bottom() - s * 0.1),
                    QPointF(phone.center().x() + s * 0.06, phone.bottom() - s * 0.1));
        break;
    }
    case ChannelKind::Store: {
        QPainterPath path;
        path.moveTo(in.left(), in.top() + in.height() * 0.4);
        path.lineTo(in.left() + in.width() * 0.12, in.top() + in.height() * 0.08);
        path.lineTo(in.right() - in.width() * 0.12, in.top() + in.height() * 0.08);
        path.lineTo(in.right(), in.top() + in.height() * 0.4);
        path.closeSubpath();
        p->drawPath(path);
        p->drawRect(QRectF(in.left() + in.width() * 0.08, in.top() + in.height() * 0.4,
                           in.width() * 0.84, in.height() * 0.6));
        p->drawRect(QRectF(in.center().x() - in.width() * 0.12, in.top() + in.height() * 0.62,
                           in.width() * 0.24, in.height() * 0.38));
        break;
    }
    case ChannelKind::Email: {
        const QRectF env(in.left(), in.top() + in.height() * 0.15, in.width(), in.height() * 0.7);
        p->drawRoundedRect(env, s * 0.05, s * 0.05);
        QPainterPath flap;
        flap.moveTo(env.topLeft());
        flap.lineTo(env.center().x(), env.top() + env.height() * 0.55);
        flap.lineTo(env.topRight());
        p->drawPath(flap);
        break;
    }
    case ChannelKind::Sms:
    case ChannelKind::Kakao: {
        QPainterPath bubble;
        const QRectF b(in.left(), in.top() + in.height() * 0.08, in.width(), in.height() * 0.68);
        bubble.addRoundedRect(b, b.height() * 0.45, b.height() * 0.45);
        QPainterPath tail;
        tail.moveTo(b.left() + b.width() * 0.25, b.bottom() - 1);
        tail.lineTo(b.left() + b.width() * 0.18, in.bottom());
        tail.lineTo(b.left() + b.width() * 0.45, b.bottom() - 1);
        if (kind == ChannelKind::Kakao)
            p->setBrush(color);
        p->drawPath(bubble.united(tail));
        break;
    }
    case ChannelKind::Push: {
        QPainterPath bell;
        bell.moveTo(in.left() + in.width() * 0.12, in.top() + in.height() * 0.75);
        bell.cubicTo(in.left() + in.width() * 0.25, in.top() + in.height() * 0.55,
                     in.left() + in.width() * 0.15, in.top(), in.center().x(), in.top());
        bell.cubicTo(in.right() - in.width() * 0.15, in.top(), in.right() - in.width() * 0.25,
                     in.top() + in.height() * 0.55, in.right() - in.width() * 0.12, in.top() + in.height() * 0.75);
        bell.closeSubpath();
        p->drawPath(bell);
        p->drawLine(QPointF(in.center().x() - s * 0.08, in.bottom() - s * 0.02),
                    QPointF(in.center().x() + s * 0.08, in.bottom() - s * 0.02));
        break;
    }
    case ChannelKind::Social: {
        // Three linked nodes: sharing.
        const QPointF a(in.right() - s * 0.12, in.top() + s * 0.12), b(in.left() + s * 0.12, in.center().y()),
            c(in.right() - s * 0.12, in.bottom() - s * 0.12);
        p->drawLine(a, b);
        p->drawLine(b, c);
        p->setBrush(color);
        for (const QPointF &pt : {a, b, c})
            p->drawEllipse(pt, s * 0.1, s * 0.1);
        break;
    }
    case ChannelKind::Ads: {
        QPainterPath horn;
        horn.moveTo(in.left(), in.top() + in.height() * 0.35);
        horn.lineTo(in.left() + in.width() * 0.3, in.top() + in.height() * 0.35);
        horn.lineTo(in.right(), in.top());
        horn.lineTo(in.right(), in.bottom() - in.height() * 0.1);
        horn.lineTo(in.left() + in.width() * 0.3, in.top() + in.height() * 0.65);
        horn.lineTo(in.left(), in.top() + in.height() * 0.65);
        horn.closeSubpath();
        p->drawPath(horn);
        break;
    }
    case ChannelKind::CallCenter: {
        p->drawArc(in.adjusted(0, 0, 0, -in.height() * 0.1), 0, 180 * 16);
        p->setBrush(color);
        p->drawRoundedRect(QRectF(in.left() - w / 2, in.center().y() - s * 0.04, s * 0.18, s * 0.3), 2, 2);
        p->drawRoundedRect(QRectF(in.right() - s * 0.18 + w / 2, in.center().y() - s * 0.04, s * 0.18, s * 0.3), 2, 2);
        break;
    }
    case ChannelKind::Kiosk: {
        const QRectF screen(in.left() + in.width() * 0.1, in.top(), in.width() * 0.8, in.height() * 0.6);
        p->drawRoundedRect(screen, s * 0.05, s * 0.05);
        p->drawLine(QPointF(in.center().x(), screen.bottom()), QPointF(in.center().x(), in.bottom()));
        p->drawLine(QPointF(in.left() + in.width() * 0.25, in.bottom()), QPointF(in.right() - in.width() * 0.25, in.bottom()));
        break;
    }
    case ChannelKind::Wearable: {
        p->drawLine(QPointF(in.center().x() - s * 0.14, in.top()), QPointF(in.center().x() + s * 0.14, in.top()));
        p->drawLine(QPointF(in.center().x() - s * 0.14, in.bottom()), QPointF(in.center().x() + s * 0.14, in.bottom()));
        p->drawRoundedRect(QRectF(in.center().x() - s * 0.26, in.top() + s * 0.16, s * 0.52, in.height() - s * 0.32),
                           s * 0.1, s * 0.1);
        break;
    }
    case ChannelKind::Other:
        p->setBrush(color);
        for (int i = -1; i <= 1; ++i)
            p->drawEllipse(QPointF(in.center().x() + i * s * 0.26, in.center().y()), s * 0.07, s * 0.07);
        break;
    }
    p->restore();
}

void paintFace(QPainter *p, const QPointF &center, double radius, double score, const QColor &outline)
{
    p->save();
    p->setPen(QPen(outline, std::max(1.0, radius / 6.0)));
    p->setBrush(emotionColor(score));
    p->drawEllipse(center, radius, radius);
    const QColor ink(0x1f, 0x29, 0x37);
    p->setPen(Qt::NoPen);
    p->setBrush(ink);
    const double eye = radius * 0.13;
    p->drawEllipse(QPointF(center.x() - radius * 0.35, center.y() - radius * 0.22), eye, eye);
    p->drawEllipse(QPointF(center.x() + radius * 0.35, center.y() - radius * 0.22), eye, eye);
    // Mouth: a quadratic curve whose control point moves with the score.
    const double bend = std::clamp(score / 5.0, -1.0, 1.0) * radius * 0.45;
    QPainterPath mouth;
    const double my = center.y() + radius * 0.3 - bend * 0.3;
    mouth.moveTo(center.x() - radius * 0.45, my);
    mouth.quadTo(QPointF(center.x(), my + bend), QPointF(center.x() + radius * 0.45, my));
    p->setBrush(Qt::NoBrush);
    QPen mouthPen(ink, std::max(1.0, radius / 6.0));
    mouthPen.setCapStyle(Qt::RoundCap);
    p->setPen(mouthPen);
    p->drawPath(mouth);
    p->restore();
}

void paintStatus(QPainter *p, const QPointF &c, double size, KpiStatus status, const QColor &good,
                 const QColor &warn, const QColor &bad, const QColor &none)
{
    p->save();
    const double h = size / 2.0;
    switch (status) {
    case KpiStatus::OnTrack:
        p->setPen(Qt::NoPen);
        p->setBrush(good);
        p->drawEllipse(c, h, h);
        break;
    case KpiStatus::AtRisk: {
        p->setPen(Qt::NoPen);
        p->setBrush(warn);
        QPainterPath tri;
        tri.moveTo(c.x(), c.y() - h * 1.1);
        tri.lineTo(c.x() + h * 1.1, c.y() + h * 0.9);
        tri.lineTo(c.x() - h * 1.1, c.y() + h * 0.9);
        tri.closeSubpath();
        p->drawPath(tri);
        break;
    }
    case KpiStatus::OffTrack:
        p->setPen(Qt::NoPen);
        p->setBrush(bad);
        p->drawRect(QRectF(c.x() - h * 0.9, c.y() - h * 0.9, h * 1.8, h * 1.8));
        break;
    case KpiStatus::NoTarget:
        p->setPen(QPen(none, 1.2));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(c, h * 0.85, h * 0.85);
        break;
    }
    p->restore();
}

void paintBadge(QPainter *p, const QPointF &c, double r, KpiStatus status, const QColor &good,
                const QColor &warn, const QColor &bad, const QColor &none, const QColor &ring)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor fill = status == KpiStatus::OnTrack ? good
        : status == KpiStatus::AtRisk                ? warn
        : status == KpiStatus::OffTrack              ? bad
                                                          : ring;
    p->setPen(QPen(status == KpiStatus::NoTarget ? none : ring, std::max(1.2, r * 0.16)));
    p->setBrush(fill);
    p->drawEllipse(c, r, r);
    const double g = r * 0.5; // glyph half-size
    switch (status) {
    case KpiStatus::OnTrack: {
        QPainterPath check;
        check.moveTo(c.x() - g, c.y() + g * 0.05);
        check.lineTo(c.x() - g * 0.25, c.y() + g * 0.75);
        check.lineTo(c.x() + g, c.y() - g * 0.65);
        p->setPen(linePen(Qt::white, std::max(1.4, r * 0.26)));
        p->setBrush(Qt::NoBrush);
        p->drawPath(check);
        break;
    }
    case KpiStatus::AtRisk: {
        QPainterPath tri;
        tri.moveTo(c.x(), c.y() - g * 1.05);
        tri.lineTo(c.x() + g * 1.05, c.y() + g * 0.8);
        tri.lineTo(c.x() - g * 1.05, c.y() + g * 0.8);
        tri.closeSubpath();
        p->setPen(Qt::NoPen);
        p->setBrush(Qt::white);
        p->drawPath(tri);
        break;
    }
    case KpiStatus::OffTrack:
        p->setPen(linePen(Qt::white, std::max(1.4, r * 0.26)));
        p->drawLine(QPointF(c.x() - g * 0.8, c.y() - g * 0.8), QPointF(c.x() + g * 0.8, c.y() + g * 0.8));
        p->drawLine(QPointF(c.x() + g * 0.8, c.y() - g * 0.8), QPointF(c.x() - g * 0.8, c.y() + g * 0.8));
        break;
    case KpiStatus::NoTarget:
        p->setPen(linePen(none, std::max(1.2, r * 0.2)));
        p->drawLine(QPointF(c.x() - g * 0.7, c.y()), QPointF(c.x() + g * 0.7, c.y()));
        break;
    }
    p->restore();
}

void paintStar(QPainter *p, const QPointF &center, double radius, const QColor &fill)
{
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 ? radius * 0.45 : radius;
        const double a = -M_PI / 2 + i * M_PI / 5;
        const QPointF pt(center.x() + r * std::cos(a), center.y() + r * std::sin(a));
        if (i == 0)
            star.moveTo(pt);
        else
            star.lineTo(pt);
    }
    star.closeSubpath();
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawPath(star);
    p->restore();
}

void paintTag(QPainter *p, const QRectF &r, const QColor &fill)
{
    QPainterPath tag;
    tag.moveTo(r.left() + r.width() * 0.35, r.top());
    tag.lineTo(r.right(), r.top());
    tag.lineTo(r.right(), r.bottom());
    tag.lineTo(r.left() + r.width() * 0.35, r.bottom());
    tag.lineTo(r.left(), r.center().y());
    tag.closeSubpath();
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawPath(tag);
    p->setBrush(Qt::white);
    p->drawEllipse(QPointF(r.left() + r.width() * 0.38, r.center().y()), r.height() * 0.13, r.height() * 0.13);
    p->restore();
}

} // namespace omnimap::MapGlyphs
