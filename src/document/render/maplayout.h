#pragma once

#include "maprenderoptions.h"
#include "model/journey.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace omnimap {

/// Where every part of a journey map goes, computed once from the model (linear in the
/// number of cards). The renderer paints from it; the canvas positions its items and
/// resolves drops and clicks with it.
class MapLayout final
{
public:
    MapLayout() = default;
    MapLayout(const Journey &journey, const IdList &personaIds, const MapRenderOptions &options);

    QRectF bounds() const { return m_bounds; }
    QRectF personaHeaderRect() const { return m_personaHeader; }
    QRectF emotionLaneRect() const { return m_emotionLane; } ///< empty when the curve is hidden
    QRectF noteLaneRect(NoteLane lane) const;                ///< empty when note lanes are hidden

    int stageCount() const { return int(m_stageIds.size()); }
    int laneCount() const { return int(m_channelIds.size()); }
    const IdList &stageIds() const { return m_stageIds; }
    const IdList &channelIds() const { return m_channelIds; }
    int stageIndex(const Id &stageId) const { return m_stageIndex.value(stageId, -1); }
    int laneIndex(const Id &channelId) const { return m_laneIndex.value(channelId, -1); }

    /// The chevron and goal of a stage.
    QRectF stageHeaderRect(int index) const;
    /// The stage's column from its header to the bottom of the map.
    QRectF stageColumnRect(int index) const;
    /// The channel's swimlane across the whole width, header column included.
    QRectF laneRect(int index) const;
    QRectF laneHeaderRect(int index) const;
    QRectF cellRect(int stageIndex, int laneIndex) const;
    QRectF cardRect(const Id &touchpointId) const { return m_cards.value(touchpointId); }
    const QHash<Id, QRectF> &cardRects() const { return m_cards; }

    /// Scene y of an emotion score in the emotion lane, and back (clamped to -5..5).
    double emotionY(double score) const;
    double emotionScoreAt(double y) const;
    double stageCenterX(int index) const;

    /// The cell under a scene point; false outside the swimlanes.
    bool cellAt(const QPointF &pos, int *stageIndex, int *laneIndex) const;
    /// The stage whose column contains x (header column excluded), or -1.
    int stageAtX(double x) const;

private:
    QRectF m_bounds;
    QRectF m_personaHeader;
    QRectF m_stageHeaderRow;
    QRectF m_emotionLane;
    QRectF m_noteArea;
    IdList m_stageIds;
    IdList m_channelIds;
    QHash<Id, int> m_stageIndex;
    QHash<Id, int> m_laneIndex;
    QList<double> m_columnLeft;
    QList<double> m_columnWidth;
    QList<double> m_laneTop;
    QList<double> m_laneHeight;
    QHash<Id, QRectF> m_cards;
};

} // namespace omnimap
