// MapScene: tooltips for the decorations drawn over the map (see MapDecorations).
#include "mapscene.h"

#include "carditem.h"
#include "connectorlayer.h"

#include "document/render/mapoverlaypainter.h"
#include "model/lookup.h"

#include <QGraphicsSceneHelpEvent>
#include <QLocale>
#include <QToolTip>

#include <cmath>

namespace omnimap {

namespace {

QString percent(double share)
{
    return QLocale().toString(int(std::lround(share * 100.0)));
}

} // namespace

QString MapScene::overlayToolTip(const QPointF &scenePos) const
{
    const MapRenderOptions &o = m_options;
    auto badgeLine = [](const KpiBadge &badge) {
        return tr("KPIs (%1): %2")
            .arg(MapOverlayPainter::badgeStatusText(badge.status), badge.kpiNames.join(QStringLiteral(", ")));
    };
    // Topmost first; a card counts only inside its own rect, not its margin for the knobs.
    const QList<QGraphicsItem *> hits = items(scenePos);
    for (QGraphicsItem *item : hits) {
        if (const auto *card = qgraphicsitem_cast<const CardItem *>(item)) {
            if (!QRectF(card->pos(), card->size()).contains(scenePos))
                continue;
            const auto badge = o.touchpointBadges.constFind(card->touchpointId());
            if (badge == o.touchpointBadges.cend())
                return {};
            return card->touchpoint().title + QLatin1Char('\n') + badgeLine(*badge);
        }
    }
    // Hand-offs are drawn by one connector layer that the item queries do not hit.
    if (const Id handoffId = m_connectors->connectorAt(scenePos); !handoffId.isEmpty()) {
        const auto customers = o.handoffCustomers.constFind(handoffId);
        if (customers == o.handoffCustomers.cend())
            return {};
        return tr("About %1 simulated customers move along this hand-off")
            .arg(QLocale().toString(qint64(std::llround(*customers))));
    }
    const MapLayout &layout = m_renderer->layout();
    for (int s = 0; s < layout.stageCount(); ++s) {
        if (!layout.stageHeaderRect(s).contains(scenePos))
            continue;
        const Id &stageId = layout.stageIds().at(s);
        QStringList lines;
        if (const auto reach = o.stageReach.constFind(stageId); reach != o.stageReach.cend())
            lines.append(tr("Reached by %1 % of the simulated customers").arg(percent(*reach)));
        if (const auto drop = o.stageDropOff.constFind(stageId); drop != o.stageDropOff.cend())
            lines.append(tr("%1 % of them are lost at this stage").arg(percent(*drop)));
        if (const auto badge = o.stageBadges.constFind(stageId); badge != o.stageBadges.cend())
            lines.append(badgeLine(*badge));
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

QString MapScene::emotionToolTip(const QPointF &scenePos) const
{
    const Journey *j = journey();
    if (!j || !m_renderer->layout().emotionLaneRect().contains(scenePos))
        return {};
    // The point under the mouse (within its face's radius), nearest first.
    double best = 12.0;
    int stageIndex = -1;
    Id personaId;
    for (int s = 0; s < m_renderer->layout().stageCount(); ++s) {
        for (const Id &id : m_renderer->personaIds()) {
            for (const bool toBe : {false, true}) {
                bool exists = false;
                const double distance = QLineF(m_renderer->emotionPoint(s, id, toBe, &exists), scenePos).length();
                if (exists && distance < best) {
                    best = distance;
                    stageIndex = s;
                    personaId = id;
                }
            }
        }
    }
    if (stageIndex < 0 || stageIndex >= j->stages.size())
        return {};
    const Stage &stage = j->stages.at(stageIndex);
    const Persona *persona = findById(project().personas, personaId);
    const auto signedValue = [](double v) {
        const QString text = QLocale().toString(v, 'f', std::abs(v - std::round(v)) > 0.01 ? 1 : 0);
        return v > 0 ? QStringLiteral("+") + text : text;
    };
    for (const EmotionScore &score : stage.emotions) {
        if (score.personaId != personaId)
            continue;
        QStringList lines{tr("%1 at %2").arg(persona ? persona->name : personaId, stage.name),
                          tr("As-is: %1 (from −5 to +5)").arg(signedValue(score.asIs))};
        if (score.toBe)
            lines.append(tr("To-be: %1").arg(signedValue(*score.toBe)));
        lines.append(tr("Drag the point up or down to change it."));
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

void MapScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    QString text = emotionToolTip(event->scenePos());
    if (text.isEmpty())
        text = overlayToolTip(event->scenePos());
    if (text.isEmpty()) {
        QGraphicsScene::helpEvent(event); // the items' own tooltips
        return;
    }
    QToolTip::showText(event->screenPos(), text, event->widget());
    event->setAccepted(true);
}

} // namespace omnimap
