#pragma once

#include "maplayout.h"
#include "maprenderoptions.h"
#include "model/project.h"

#include <QPainterPath>
#include <QRectF>

class QPainter;

namespace omnimap {


/// Painter-based drawing of one journey map: the canvas items, the PDF page and the
/// PNG/SVG export all draw through this class, so they look the same.
///
/// The renderer keeps a reference to `project`: it must outlive the renderer and not
/// change while it is used (build a new renderer after a change; layout is linear).
class MapRenderer final
{
public:
    MapRenderer(const Project &project, const Id &journeyId, MapRenderOptions options = {});

    /// The whole map in scene units (1 unit = 1 px at 96 dpi).
    QRectF boundingRect() const { return m_layout.bounds(); }
    /// Paints everything, in scene coordinates; `exposed` (if valid) skips what lies outside.
    void paint(QPainter *painter, const QRectF &exposed = {}) const;
    /// Paints the frame only: persona header, stage chevrons, emotion lane, swimlanes, notes.
    void paintBackground(QPainter *painter, const QRectF &exposed = {}) const;
    void paintHandoffs(QPainter *painter, const QRectF &exposed = {}) const;
    void paintCards(QPainter *painter, const QRectF &exposed = {}) const;
    void paintPersonaHeader(QPainter *painter) const;
    void paintEmotionLane(QPainter *painter) const;
    void paintMeasuredEmotion(QPainter *painter) const; ///< the third line: what feedback says
    /// Where "Add a stage to start the map." is drawn on a journey without stages or
    /// lanes (empty when the map has both); drawn over everything else of the background.
    QRectF emptyHintRect() const;

    // Layout queries used by the canvas and hit tests.
    QRectF cardRect(const Id &touchpointId) const { return m_layout.cardRect(touchpointId); }
    QRectF stageColumnRect(const Id &stageId) const;
    QRectF laneRect(const Id &channelId) const;
    const MapLayout &layout() const { return m_layout; }
    const Journey *journey() const { return m_journey; }
    const MapRenderOptions &options() const { return m_options; }
    /// Personas drawn on this map, after the filter (at most five).
    const IdList &personaIds() const { return m_personaIds; }
    /// Where a persona's emotion point for a stage is drawn (as-is or to-be).
    QPointF emotionPoint(int stageIndex, const Id &personaId, bool toBe, bool *exists = nullptr) const;

    // Element painters, used by canvas items (each paints at the given rect).
    static void paintCard(QPainter *p, const QRectF &rect, const Touchpoint &t, const Channel *channel,
                          const Project &project, const MapRenderOptions &o, bool selected, bool focused);
    static void paintStageHeader(QPainter *p, const QRectF &rect, const Stage &stage, int index, int count,
                                 const MapRenderOptions &o, bool selected = false);
    static void paintLaneHeader(QPainter *p, const QRectF &rect, const Channel *channel, int laneIndex,
                                const ChannelRole *role, const MapRenderOptions &o, bool selected = false);
    static void paintNoteLane(QPainter *p, const QRectF &headerRect, NoteLane lane, const MapRenderOptions &o);
    /// A curved connector between two cards, leaving and entering on the facing sides.
    static QPainterPath handoffPath(const QRectF &from, const QRectF &to);
    /// `volume` in 0..1 widens the stroke (simulated flow overlay); negative: no overlay.
    /// `antialiased` false: plain strokes, for frames drawn while a card is dragged.
    static void paintHandoff(QPainter *p, const QPainterPath &path, const MapRenderOptions &o, double volume,
                             bool selected, bool antialiased = true);

private:
    void paintLanes(QPainter *painter, const QRectF &exposed) const;
    void paintEmptyHint(QPainter *painter, const QRectF &rect) const;
    void paintNotes(QPainter *painter, const QRectF &exposed) const;
    void paintStageHeat(QPainter *painter, const QRectF &exposed) const;
    const ChannelRole *roleFor(const Id &channelId) const;

    const Project &m_project;
    const Journey *m_journey = nullptr;
    MapRenderOptions m_options;
    IdList m_personaIds;
    MapLayout m_layout;
};

} // namespace omnimap
