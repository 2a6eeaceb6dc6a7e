// MapRenderer: the emotion lane (one curve per persona, as-is dashed, to-be solid).
#include "maprenderer.h"

#include "mapglyphs.h"
#include "mapstyle.h"
#include "model/lookup.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace omnimap {

using namespace MapMetrics;

namespace {

/// A smooth curve through the points (Catmull-Rom turned into cubic Béziers), so the
/// curve passes exactly through every stage's score.
QPainterPath smoothPath(const QList<QPointF> &points)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const QPointF p0 = points.at(std::max<qsizetype>(i - 1, 0));
        const QPointF p1 = points.at(i);
        const QPointF p2 = points.at(i + 1);
        const QPointF p3 = points.at(std::min<qsizetype>(i + 2, points.size() - 1));
        path.cubicTo(p1 + (p2 - p0) / 6.0, p2 - (p3 - p1) / 6.0, p2);
    }
    return path;
}

const EmotionScore *scoreFor(const Stage &stage, const Id &personaId)
{
    for (const EmotionScore &score : stage.emotions)
        if (score.personaId == personaId)
            return &score;
    return nullptr;
}

} // namespace

QPointF MapRenderer::emotionPoint(int stageIndex, const Id &personaId, bool toBe, bool *exists) const
{
    if (exists)
        *exists = false;
    if (!m_journey || stageIndex < 0 || stageIndex >= m_journey->stages.size())
        return {};
    const EmotionScore *score = scoreFor(m_journey->stages.at(stageIndex), personaId);
    if (!score || (toBe && !score->toBe))
        return {};
    if (exists)
        *exists = true;
    return {m_layout.stageCenterX(stageIndex), m_layout.emotionY(toBe ? *score->toBe : score->asIs)};
}

void MapRenderer::paintEmotionLane(QPainter *p) const
{
    const QRectF lane = m_layout.emotionLaneRect();
    if (lane.isEmpty())
        return;
    const MapPalette &pal = MapPalette::get(m_options.darkMode);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF body(LaneHeaderWidth, lane.top(), lane.width() - LaneHeaderWidth, lane.height());
    p->fillRect(body, pal.headerBackground);
    // Faint bands: positive half green, negative half red, so the zero line reads at a glance.
    QColor good = pal.statusGood, bad = pal.statusBad;
    good.setAlphaF(0.05f);
    bad.setAlphaF(0.05f);
    const double zero = m_layout.emotionY(0.0);
    p->fillRect(QRectF(body.left(), m_layout.emotionY(5.0), body.width(), zero - m_layout.emotionY(5.0)), good);
    p->fillRect(QRectF(body.left(), zero, body.width(), m_layout.emotionY(-5.0) - zero), bad);
    QPen zeroPen(pal.gridLine, 1, Qt::DashLine);
    p->setPen(zeroPen);
    p->drawLine(QPointF(body.left(), zero), QPointF(body.right(), zero));
    p->setPen(pal.gridLine);
    p->drawLine(lane.bottomLeft(), lane.bottomRight());
    for (int s = 1; s < m_layout.stageCount(); ++s) {
        const double x = m_layout.stageColumnRect(s).left();
        p->drawLine(QPointF(x, lane.top()), QPointF(x, lane.bottom()));
    }

    // Header column: title, scale and the legend.
    const QRectF header(0, lane.top(), LaneHeaderWidth, lane.height());
    p->fillRect(header, pal.headerBackground);
    p->fillRect(QRectF(0, lane.top(), 5, lane.height()), pal.accent);
    p->setPen(pal.text);
    p->setFont(mapFont(13, QFont::Bold));
    p->drawText(header.adjusted(16, 12, -8, 0), Qt::AlignLeft | Qt::AlignTop,
                QCoreApplication::translate("omnimap::MapRenderer", "Emotion"));
    p->setPen(pal.mutedText);
    p->setFont(mapFont(10));
    p->drawText(QRectF(header.right() - 30, m_layout.emotionY(5.0) - 8, 24, 16), Qt::AlignRight | Qt::AlignVCenter,
                QStringLiteral("+5"));
    p->drawText(QRectF(header.right() - 30, zero - 8, 24, 16), Qt::AlignRight | Qt::AlignVCenter,
                QStringLiteral("0"));
    p->drawText(QRectF(header.right() - 30, m_layout.emotionY(-5.0) - 8, 24, 16),
                Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("−5"));

    double legendY = lane.top() + 38;
    int index = 0;
    for (const Id &personaId : m_personaIds) {
        const Persona *persona = findById(m_project.personas, personaId);
        const QColor color = personaColor(index++, persona ? persona->color : QString());
        QPen dashed(color, 2, Qt::DashLine);
        p->setPen(dashed);
        p->drawLine(QPointF(16, legendY + 6), QPointF(30, legendY + 6));
        p->setPen(QPen(color, 2.5));
        p->drawLine(QPointF(34, legendY + 6), QPointF(48, legendY + 6));
        p->setPen(pal.text);
        // Up to two lines, so "Daniel Park (family of four)" is read whole, not "Daniel Park (fami…".
        const double used = drawWrappedText(p, QRectF(54, legendY - 1, LaneHeaderWidth - 90, 32),
                                            persona ? persona->name : personaId, mapFont(11), 2);
        legendY += std::max(20.0, used + 6.0);
        if (legendY > lane.bottom() - 34)
            break;
    }
    p->setPen(pal.mutedText);
    p->setFont(mapFont(10));
    p->drawText(QRectF(16, lane.bottom() - 24, LaneHeaderWidth - 50, 16), Qt::AlignLeft | Qt::AlignVCenter,
                QCoreApplication::translate("omnimap::MapRenderer", "- - as-is   —— to-be"));
    if (!m_options.measuredEmotion.isEmpty()) {
        p->drawText(QRectF(16, lane.bottom() - 40, LaneHeaderWidth - 50, 16), Qt::AlignLeft | Qt::AlignVCenter,
                    QCoreApplication::translate("omnimap::MapRenderer", "··· measured (95 % interval)"));
    }

    if (!m_journey) {
        p->restore();
        return;
    }
    index = 0;
    for (const Id &personaId : m_personaIds) {
        const Persona *persona = findById(m_project.personas, personaId);
        const QColor color = personaColor(index++, persona ? persona->color : QString());
        for (const bool toBe : {false, true}) {
            QList<QPointF> points;
            QList<double> scores;
            for (int s = 0; s < m_layout.stageCount(); ++s) {
                const EmotionScore *score = scoreFor(m_journey->stages.at(s), personaId);
                if (!score || (toBe && !score->toBe))
                    continue;
                const double value = toBe ? *score->toBe : score->asIs;
                points.append({m_layout.stageCenterX(s), m_layout.emotionY(value)});
                scores.append(value);
            }
            QPen pen(color, toBe ? 3.0 : 2.0, toBe ? Qt::SolidLine : Qt::DashLine);
            pen.setCapStyle(Qt::RoundCap);
            p->setPen(pen);
            p->setBrush(Qt::NoBrush);
            p->drawPath(smoothPath(points));
            const double radius = toBe ? 10.0 : 8.0;
            for (qsizetype i = 0; i < points.size(); ++i) {
                if (m_options.levelOfDetail >= 1)
                    MapGlyphs::paintFace(p, points.at(i), radius, scores.at(i), color);
                else {
                    p->setPen(Qt::NoPen);
                    p->setBrush(emotionColor(scores.at(i)));
                    p->drawEllipse(points.at(i), radius * 0.6, radius * 0.6);
                }
            }
        }
    }
    paintMeasuredEmotion(p);
    p->restore();
}

void MapRenderer::paintMeasuredEmotion(QPainter *p) const
{
    if (m_options.measuredEmotion.isEmpty() || !m_journey)
        return;
    const MapPalette &pal = MapPalette::get(m_options.darkMode);
    const QRectF lane = m_layout.emotionLaneRect();
    int index = 0;
    QList<int> tooFew; // stages where some persona's point is hidden
    for (const Id &personaId : m_personaIds) {
        const Persona *persona = findById(m_project.personas, personaId);
        const QColor color = personaColor(index++, persona ? persona->color : QString());
        QList<QPointF> points;
        for (int s = 0; s < m_layout.stageCount(); ++s) {
            const auto stage = m_options.measuredEmotion.constFind(m_journey->stages.at(s).id);
            if (stage == m_options.measuredEmotion.cend())
                continue;
            const auto point = stage->constFind(personaId);
            if (point == stage->cend())
                continue;
            if (!point->enough) {
                if (!tooFew.contains(s))
                    tooFew.append(s);
                continue;
            }
            const double x = m_layout.stageCenterX(s);
            const QPointF at(x, m_layout.emotionY(std::clamp(point->mean, -5.0, 5.0)));
            points.append(at);
            // The 95 % interval as a whisker with caps.
            QPen whisker(color, 1.5);
            p->setPen(whisker);
            const double top = m_layout.emotionY(std::clamp(point->high95, -5.0, 5.0));
            const double bottom = m_layout.emotionY(std::clamp(point->low95, -5.0, 5.0));
            p->drawLine(QPointF(x + 14, top), QPointF(x + 14, bottom));
            p->drawLine(QPointF(x + 10, top), QPointF(x + 18, top));
            p->drawLine(QPointF(x + 10, bottom), QPointF(x + 18, bottom));
        }
        QPen pen(color, 2.5, Qt::DotLine);
        pen.setCapStyle(Qt::RoundCap);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(smoothPath(points));
        // Diamonds, so the measured points differ from the planned faces by shape too.
        p->setPen(QPen(pal.headerBackground, 1.5));
        p->setBrush(color);
        for (const QPointF &at : std::as_const(points)) {
            QPolygonF diamond;
            diamond << at + QPointF(0, -6) << at + QPointF(6, 0) << at + QPointF(0, 6) << at + QPointF(-6, 0);
            p->drawPolygon(diamond);
        }
    }
    p->setPen(pal.mutedText);
    p->setFont(mapFont(9));
    for (int s : std::as_const(tooFew)) {
        const QRectF column = m_layout.stageColumnRect(s);
        p->drawText(QRectF(column.left() + 4, lane.bottom() - 18, column.width() - 8, 14), Qt::AlignCenter,
                    QCoreApplication::translate("omnimap::MapRenderer", "measured: n too small"));
    }
}

} // namespace omnimap
