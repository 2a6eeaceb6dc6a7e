#include "maprenderer.h"

#include "avatarimage.h"

#include "mapglyphs.h"
#include "mapoverlaypainter.h"
#include "mapstyle.h"
#include "model/lookup.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QUrl>

namespace omnimap {

using namespace MapMetrics;

namespace {

struct MaprendererTr { Q_DECLARE_TR_FUNCTIONS(omnimap::MapRenderer) };

void paintAvatar(QPainter *p, const QRectF &rect, const Persona &persona, const QColor &color)
{
    p->save();
    QPainterPath circle;
    circle.addEllipse(rect);
    const QImage image = decodeAvatarImage(persona.avatar);
    if (!image.isNull()) {
        p->setClipPath(circle, Qt::IntersectClip);
        p->drawImage(rect, image);
        p->setClipping(false);
    } else {
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawPath(circle);
        p->setPen(Qt::white);
        p->setFont(mapFont(int(rect.height() * 0.36), QFont::Bold));
        p->drawText(rect, Qt::AlignCenter, initialsOf(persona.name));
    }
    p->setPen(QPen(color, 2));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(rect);
    p->restore();
}

} // namespace

MapRenderer::MapRenderer(const Project &project, const Id &journeyId, MapRenderOptions options)
    : m_project(project)
    , m_journey(findById(project.journeys, journeyId))
    , m_options(std::move(options))
{
    static const Journey empty;
    const Journey &journey = m_journey ? *m_journey : empty;
    IdList candidates = journey.personaIds;
    if (candidates.isEmpty()) {
        // Older maps name no personas: draw those that have emotion scores.
        for (const Stage &stage : journey.stages)
            for (const EmotionScore &score : stage.emotions)
                if (!candidates.contains(score.personaId))
                    candidates.append(score.personaId);
    }
    for (const Id &id : std::as_const(candidates)) {
        if (m_personaIds.size() >= MaxPersonas)
            break;
        if (!m_options.personaFilter.isEmpty() && !m_options.personaFilter.contains(id))
            continue;
        m_personaIds.append(id);
    }
    m_layout = MapLayout(journey, m_personaIds, m_options);
}

QRectF MapRenderer::stageColumnRect(const Id &stageId) const
{
    return m_layout.stageColumnRect(m_layout.stageIndex(stageId));
}

QRectF MapRenderer::laneRect(const Id &channelId) const
{
    return m_layout.laneRect(m_layout.laneIndex(channelId));
}

void MapRenderer::paint(QPainter *painter, const QRectF &exposed) const
{
    paintBackground(painter, exposed);
    paintHandoffs(painter, exposed);
    paintCards(painter, exposed);
}

void MapRenderer::paintBackground(QPainter *painter, const QRectF &exposed) const
{
    const MapPalette &pal = MapPalette::get(m_options.darkMode);
    const QRectF all = exposed.isValid() ? exposed.intersected(boundingRect()) : boundingRect();
    painter->fillRect(all, pal.background);
    if (m_layout.personaHeaderRect().intersects(all))
        paintPersonaHeader(painter);
    if (!m_journey)
        return;
    for (int i = 0; i < m_layout.stageCount(); ++i) {
        const QRectF rect = m_layout.stageHeaderRect(i);
        if (!exposed.isValid() || rect.intersects(exposed))
            paintStageHeader(painter, rect, m_journey->stages.at(i), i, m_layout.stageCount(), m_options,
                             m_journey->stages.at(i).id == m_options.selectedStageId);
    }
    if (m_options.showEmotionCurve && (!exposed.isValid() || m_layout.emotionLaneRect().intersects(exposed)))
        paintEmotionLane(painter);
    paintLanes(painter, exposed);
    paintStageHeat(painter, exposed);
    if (m_options.showNoteLanes)
        paintNotes(painter, exposed);
    // Last: over the lanes and note lanes, never behind them.
    const QRectF hint = emptyHintRect();
    if (!hint.isEmpty() && (!exposed.isValid() || hint.intersects(exposed)))
        paintEmptyHint(painter, hint);
}

QRectF MapRenderer::emptyHintRect() const
{
    if (!m_journey || (m_layout.stageCount() > 0 && m_layout.laneCount() > 0))
        return {};
    // No stage: in the empty chevron row, where a double-click adds one. No lane: just
    // under the stages and the emotion lane, where the first lane will go.
    double top = m_layout.personaHeaderRect().bottom() + 6;
    if (m_layout.stageCount() > 0)
        top = std::max(m_layout.stageHeaderRect(0).bottom(),
                       m_layout.emotionLaneRect().isEmpty() ? 0.0 : m_layout.emotionLaneRect().bottom())
            + 8;
    // Within the map's bounds (the canvas draws nothing outside them): an empty journey's
    // map is not much taller than its persona header.
    const double height = std::clamp(m_layout.bounds().bottom() - top - 4, 24.0, StageHeaderHeight - 12);
    const double width = std::clamp(m_layout.bounds().right() - LaneHeaderWidth - 24, 120.0, 520.0);
    return {LaneHeaderWidth + 16, top, width, height};
}

void MapRenderer::paintEmptyHint(QPainter *p, const QRectF &rect) const
{
    const MapPalette &pal = MapPalette::get(m_options.darkMode);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(pal.gridLine, 1, Qt::DashLine));
    p->setBrush(pal.background);
    p->drawRoundedRect(rect, 6, 6);
    p->setPen(pal.mutedText);
    p->setFont(mapFont(13));
    p->drawText(rect.adjusted(8, 2, -8, -2), Qt::AlignCenter | Qt::TextWordWrap,
                m_layout.stageCount() == 0 ? MaprendererTr::tr("Add a stage to start the map.")
                                           : MaprendererTr::tr("Add a channel lane for the touchpoints."));
    p->restore();
}

void MapRenderer::paintPersonaHeader(QPainter *p) const
{
    const MapPalette &pal = MapPalette::get(m_options.darkMode);
    const QRectF header = m_layout.personaHeaderRect();
    p->save();
    p->fillRect(header, pal.headerBackground);
    p->setPen(pal.gridLine);
    p->drawLine(header.bottomLeft(), header.bottomRight());
    // Journey name in the header column.
    const QRectF title(Margin, header.top() + 14, LaneHeaderWidth - 2 * Margin, header.height() - 20);
    p->setPen(pal.mutedText);
    p->setFont(mapFont(11, QFont::DemiBold));
    p->drawText(title, Qt::AlignLeft | Qt::AlignTop, MaprendererTr::tr("JOURNEY"));
    p->setPen(pal.text);
    drawWrappedText(p, title.adjusted(0, 16, 0, 0), m_journey ? m_journey->name : QString(),
                    mapFont(15, QFont::Bold), 2);

    const double blockWidth = 330.0;
    double x = LaneHeaderWidth + 8;
    int index = 0;
    for (const Id &personaId : m_personaIds) {
        const Persona *persona = findById(m_project.personas, personaId);
        if (!persona)
            continue;
        const QColor color = personaColor(index++, persona->color);
        const QRectF avatar(x, header.top() + 16, 52, 52);
        paintAvatar(p, avatar, *persona, color);
        const double textLeft = avatar.right() + 12;
        const QRectF text(textLeft, header.top() + 12, blockWidth - (textLeft - x) - 12, header.height() - 16);
        p->setPen(pal.text);
        p->setFont(mapFont(15, QFont::Bold));
        const QFontMetricsF nameMetrics(p->font());
        p->drawText(QRectF(text.left(), text.top(), text.width(), 20), Qt::AlignLeft | Qt::AlignVCenter,
                    nameMetrics.elidedText(persona->name, Qt::ElideRight, text.width()));
        p->setPen(color);
        p->setFont(mapFont(11, QFont::DemiBold));
        const QFontMetricsF segMetrics(p->font());
        p->drawText(QRectF(text.left(), text.top() + 21, text.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
                    segMetrics.elidedText(persona->segment, Qt::ElideRight, text.width()));
        p->setPen(pal.mutedText);
        drawWrappedText(p, QRectF(text.left(), text.top() + 38, text.width(), 32), persona->scenario,
                        mapFont(11), 2);
        x += blockWidth;
        if (x + 120 > header.right())
            break;
    }
    if (m_personaIds.isEmpty()) {
        p->setPen(pal.mutedText);
        p->setFont(mapFont(12));
        p->drawText(QRectF(x, header.top(), 600, header.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    MaprendererTr::tr("No persona on this map yet: add one in the inspector."));
    }
    p->restore();
}

void MapRenderer::paintStageHeader(QPainter *p, const QRectF &rect, const Stage &stage, int index, int count,
                                   const MapRenderOptions &o, bool selected)
{
    const MapPalette &pal = MapPalette::get(o.darkMode);
    p->save();
    p->fillRect(rect, pal.headerBackground);
    const auto dropOff = o.stageDropOff.constFind(stage.id);
    const bool heat = dropOff != o.stageDropOff.cend() && MapOverlayPainter::showsHeat(*dropOff);
    if (heat)
        p->fillRect(rect, MapOverlayPainter::heatColor(*dropOff, pal));
    const auto badge = o.stageBadges.constFind(stage.id);
    const bool hasBadge = badge != o.stageBadges.cend() && MapOverlayPainter::showsBadge(*badge);
    const double notch = 12.0;
    const QRectF chevron(rect.left() + 2, rect.top() + 8, rect.width() - 4, 32);
    QPainterPath path;
    path.moveTo(chevron.left(), chevron.top());
    path.lineTo(chevron.right() - notch, chevron.top());
    path.lineTo(chevron.right(), chevron.center().y());
    path.lineTo(chevron.right() - notch, chevron.bottom());
    path.lineTo(chevron.left(), chevron.bottom());
    if (index > 0)
        path.lineTo(chevron.left() + notch, chevron.center().y());
    path.closeSubpath();
    // Later stages a shade lighter: the row reads as one progression.
    QColor fill = pal.chevron;
    if (count > 1)
        fill = fill.lighter(100 + int(45.0 * index / (count - 1)));
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(selected ? QPen(pal.focusRing, 2.5) : QPen(Qt::NoPen));
    p->setBrush(fill);
    p->drawPath(path);
    if (const auto highlight = o.highlights.constFind(stage.id); highlight != o.highlights.cend())
        MapOverlayPainter::paintHighlight(p, chevron, 2.0, *highlight, o.darkMode);
    p->setPen(pal.chevronText);
    p->setFont(mapFont(13, QFont::Bold));
    const QRectF label = chevron.adjusted(notch + 6, 0, -notch - 4 - (hasBadge ? 22 : 0), 0);
    const QFontMetricsF metrics(p->font());
    p->drawText(label, Qt::AlignCenter, metrics.elidedText(stage.name, Qt::ElideRight, label.width()));
    if (hasBadge) // at the chevron's head, where the eye lands after the name
        MapOverlayPainter::paintBadge(p, QPointF(chevron.right() - notch - 11, chevron.center().y()), 9.0, *badge,
                                      pal, o.darkMode);
    if (o.levelOfDetail >= 1) {
        p->setPen(heat ? pal.text : pal.mutedText);
        // With the heat overlay the goal keeps one line and the drop-off label takes the second.
        drawWrappedText(p, QRectF(rect.left() + 10, chevron.bottom() + 5, rect.width() - 20, heat ? 17 : 30),
                        stage.goal, mapFont(11), heat ? 1 : 2, Qt::AlignHCenter);
    }
    if (heat)
        MapOverlayPainter::paintDropOffLabel(p, rect.adjusted(10, 0, -10, -1), *dropOff, pal);
    p->restore();
}

void MapRenderer::paintLaneHeader(QPainter *p, const QRectF &rect, const Channel *channel, int laneIndex,
                                  const ChannelRole *role, const MapRenderOptions &o, bool selected)
{
    const MapPalette &pal = MapPalette::get(o.darkMode);
    const QColor color = channelColor(channel ? channel->color : QString(), laneIndex);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->fillRect(rect, pal.headerBackground);
    if (channel && o.highlights.contains(channel->id))
        MapOverlayPainter::paintHighlight(p, rect.adjusted(4, 4, -4, -4), 2.0, o.highlights.value(channel->id),
                                          o.darkMode);
    if (MapOverlayPainter::isDimmed(o, channel ? channel->ownerDepartmentId : Id()))
        p->setOpacity(p->opacity() * MapOverlayPainter::DimmedOpacity);
    p->fillRect(QRectF(rect.left(), rect.top(), 5, rect.height()), color);
    if (selected) {
        p->setPen(QPen(pal.focusRing, 2));
        p->setBrush(Qt::NoBrush);
        p->drawRect(rect.adjusted(1, 1, -1, -1));
    }
    const QRectF icon(rect.left() + 16, rect.top() + 16, 24, 24);
    MapGlyphs::paintChannelIcon(p, icon, channel ? channel->kind : ChannelKind::Other, color);
    p->setPen(pal.text);
    p->setFont(mapFont(13, QFont::Bold));
    const QRectF name(icon.right() + 10, rect.top() + 12, rect.right() - icon.right() - 20, 32);
    const QFontMetricsF metrics(p->font());
    p->drawText(name, Qt::AlignLeft | Qt::AlignVCenter,
                metrics.elidedText(channel ? channel->name : MaprendererTr::tr("(missing channel)"), Qt::ElideRight,
                                   name.width()));
    if (role && role->level != RoleLevel::None && o.levelOfDetail >= 1) {
        const QString text = role->level == RoleLevel::Primary ? MaprendererTr::tr("Primary") : MaprendererTr::tr("Supporting");
        p->setFont(mapFont(10, QFont::DemiBold));
        const QFontMetricsF badgeMetrics(p->font());
        const QRectF badge(rect.left() + 16, icon.bottom() + 10, badgeMetrics.horizontalAdvance(text) + 16, 18);
        if (role->level == RoleLevel::Primary) {
            p->setPen(Qt::NoPen);
            p->setBrush(color);
            p->drawRoundedRect(badge, 9, 9);
            p->setPen(Qt::white);
        } else {
            p->setPen(QPen(color, 1.2));
            p->setBrush(Qt::NoBrush);
            p->drawRoundedRect(badge, 9, 9);
            p->setPen(color.darker(o.darkMode ? 80 : 120));
        }
        p->drawText(badge, Qt::AlignCenter, text);
        if (!role->purpose.isEmpty() && o.levelOfDetail >= 2) {
            p->setPen(pal.mutedText);
            drawWrappedText(p, QRectF(rect.left() + 16, badge.bottom() + 6, rect.width() - 28,
                                      rect.bottom() - badge.bottom() - 12),
                            role->purpose, mapFont(11), 3);
        }
    }
    p->restore();
}

void MapRenderer::paintNoteLane(QPainter *p, const QRectF &rect, NoteLane lane, const MapRenderOptions &o)
{
    const MapPalette &pal = MapPalette::get(o.darkMode);
    static const char *const names[] = {QT_TRANSLATE_NOOP("omnimap::MapRenderer", "Actions"),
                                        QT_TRANSLATE_NOOP("omnimap::MapRenderer", "Thoughts"),
                                        QT_TRANSLATE_NOOP("omnimap::MapRenderer", "Pain points"),
                                        QT_TRANSLATE_NOOP("omnimap::MapRenderer", "Opportunities")};
    static const QColor colors[] = {QColor(0x64, 0x74, 0x8b), QColor(0x7c, 0x3a, 0xed), QColor(0xdc, 0x26, 0x26),
                                    QColor(0x16, 0xa3, 0x4a)};
    p->save();
    p->fillRect(rect, pal.headerBackground);
    p->fillRect(QRectF(rect.left(), rect.top(), 5, rect.height()), colors[int(lane)]);
    p->setPen(pal.text);
    p->setFont(mapFont(13, QFont::Bold));
    p->drawText(rect.adjusted(16, 12, -8, -8), Qt::AlignLeft | Qt::AlignTop, MaprendererTr::tr(names[int(lane)]));
    p->restore();
}

const ChannelRole *MapRenderer::roleFor(const Id &channelId) const
{
    const ChannelRole *best = nullptr;
    for (const ChannelRole &role : m_journey->roles) {
        if (role.channelId != channelId)
            continue;
        if (!m_options.selectedStageId.isEmpty()) {
            if (role.stageId == m_options.selectedStageId)
                return &role;
        } else if (!best || int(role.level) > int(best->level)) {
            best = &role;
        }
    }
    return best;
}

void MapRenderer::paintLanes(QPainter *p, const QRectF &exposed) const
{
    const MapPalette &pal = MapPalette::get(m_options.darkMode);
    for (int l = 0; l < m_layout.laneCount(); ++l) {
        const QRectF lane = m_layout.laneRect(l);
        if (exposed.isValid() && !lane.intersects(exposed))
            continue;
        const QRectF body(LaneHeaderWidth, lane.top(), lane.width() - LaneHeaderWidth, lane.height());
        p->fillRect(body, l % 2 ? pal.laneShadeB : pal.laneShadeA);
        const Id &channelId = m_layout.channelIds().at(l);
        const Channel *channel = findById(m_project.channels, channelId);
        // A thin strip in the channel colour along the top of the lane.
        QColor strip = channelColor(channel ? channel->color : QString(), l);
        strip.setAlphaF(0.55f);
        p->fillRect(QRectF(body.left(), body.top(), body.width(), 2), strip);
        p->setPen(pal.gridLine);
        for (int s = 1; s < m_layout.stageCount(); ++s) {
            const double x = m_layout.cellRect(s, l).left();
            p->drawLine(QPointF(x, body.top()), QPointF(x, body.bottom()));
        }
        p->drawLine(lane.bottomLeft(), lane.bottomRight());
        // Skipped when not exposed: a printed map's parts repaint only their own strip.
        if (!exposed.isValid() || m_layout.laneHeaderRect(l).intersects(exposed))
            paintLaneHeader(p, m_layout.laneHeaderRect(l), channel, l, roleFor(channelId), m_options);
    }
}

void MapRenderer::paintStageHeat(QPainter *p, const QRectF &exposed) const
{
    if (m_options.stageDropOff.isEmpty() || m_layout.laneCount() == 0)
        return;
    const MapPalette &pal = MapPalette::get(m_options.darkMode);
    for (int s = 0; s < m_layout.stageCount(); ++s) {
        const auto dropOff = m_options.stageDropOff.constFind(m_layout.stageIds().at(s));
        if (dropOff == m_options.stageDropOff.cend() || !MapOverlayPainter::showsHeat(*dropOff))
            continue;
        // A lighter wash of the header's heat down the swimlanes, behind the cards.
        const QRectF body = m_layout.cellRect(s, 0).united(m_layout.cellRect(s, m_layout.laneCount() - 1));
        if (!exposed.isValid() || body.intersects(exposed))
            p->fillRect(body, MapOverlayPainter::heatColor(*dropOff, pal, 0.3));
    }
}

void MapRenderer::paintNotes(QPainter *p, const QRectF &exposed) const
{
    const MapPalette &pal = MapPalette::get(m_options.darkMode);
    for (int n = 0; n < 4; ++n) {
        const auto lane = NoteLane(n);
        const QRectF rect = m_layout.noteLaneRect(lane);
        if (rect.isEmpty() || (exposed.isValid() && !rect.intersects(exposed)))
            continue;
        p->fillRect(QRectF(LaneHeaderWidth, rect.top(), rect.width() - LaneHeaderWidth, rect.height()),
                    n % 2 ? pal.laneShadeA : pal.laneShadeB);
        paintNoteLane(p, QRectF(0, rect.top(), LaneHeaderWidth, rect.height()), lane, m_options);
        p->setPen(pal.gridLine);
        p->drawLine(rect.bottomLeft(), rect.bottomRight());
        if (m_options.levelOfDetail < 1)
            continue;
        for (int s = 0; s < m_layout.stageCount(); ++s) {
            const Stage &stage = m_journey->stages.at(s);
            const QStringList &items = n == 0 ? stage.actions
                : n == 1                      ? stage.thoughts
                : n == 2                      ? stage.painPoints
                                              : stage.opportunities;
            const QRectF column = m_layout.stageColumnRect(s);
            if (exposed.isValid() && (column.right() < exposed.left() || column.left() > exposed.right()))
                continue; // wrapping text that would be clipped away is the costly part
            QRectF cell(column.left() + 12, rect.top() + 8, column.width() - 24, rect.height() - 14);
            p->setPen(pal.text);
            const QFont font = mapFont(11);
            for (const QString &item : items) {
                if (cell.height() < 14)
                    break;
                const QString text = n == 1 ? QString(QStringLiteral("“") + item + QStringLiteral("”"))
                                            : QString(QStringLiteral("• ") + item);
                const double used = drawWrappedText(p, cell, text, font, 2);
                cell.setTop(cell.top() + used + 3);
            }
        }
    }
}

} // namespace omnimap
