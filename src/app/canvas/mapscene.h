#pragma once

#include "document/changeevent.h"
#include "document/commands/movetouchpoint.h"
#include "document/commands/pastetouchpoints.h"
#include "document/render/maprenderer.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <memory>

class QGraphicsLineItem;
class QMenu;

namespace omnimap {

class CardItem;
class Document;
class ConnectorLayer;
class InlineEditor;
class MapFrameItem;

/// The journey map as a QGraphicsScene over the document's model. Items are views
/// (id → item maps); every gesture becomes an undo command and the scene follows the
/// document's change signal, re-laying out and touching only the items concerned.
class MapScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    MapScene(Document *document, const Id &journeyId, QObject *parent = nullptr);
    ~MapScene() override;

    Document *document() const { return m_document; }
    const Id &journeyId() const { return m_journeyId; }
    const Project &project() const;
    const Journey *journey() const;
    const MapRenderer *renderer() const { return m_renderer.get(); }
    const MapRenderOptions &renderOptions() const { return m_options; }
    /// Touchpoint or hand-off id → its experiment's state in a few words ("A/B · needs
    /// 22 days"), drawn as a pill on the card or the hand-off (ExperimentPlanner sets it).
    const QHash<Id, QString> &experimentBadges() const { return m_experimentBadges; }
    void setExperimentBadges(const QHash<Id, QString> &badges);
    void setRenderOptions(const MapRenderOptions &options);

    CardItem *cardItem(const Id &touchpointId) const { return m_cards.value(touchpointId); }
    /// The one item drawing every hand-off (hit tests: connectorAt()).
    ConnectorLayer *connectorLayer() const { return m_connectors; }
    int cardItemCount() const { return int(m_cards.size()); }
    /// Hand-offs drawn on this map.
    int handoffItemCount() const;
    /// True while a card follows the mouse (items draw cheaper strokes meanwhile).
    bool isDraggingCard() const { return m_drag == Drag::Card; }
    /// Touchpoint and hand-off ids of the selection.
    QList<Id> selectedIds() const;
    void selectIds(const QList<Id> &ids);
    Id currentStageId() const { return m_options.selectedStageId; }

    // Editing actions (menus, shortcuts and tests call these).
    void addStage();
    /// Adds a lane at `index` (-1: at the end), reusing a project channel not on the map.
    void addChannelLane(int index = -1);
    /// Inserts a new stage at `index`, selected and in rename mode (as addStage()).
    void insertStage(int index);
    /// Copies the selected cards (and the hand-offs between them) into their own cells.
    void duplicateSelection();
    void addHandoff(const Id &fromId, const Id &toId);
    /// The context menu for a point of the map (null off the journey); the caller owns
    /// and shows it. Tests trigger its actions by object name.
    QMenu *createContextMenu(const QPointF &scenePos, QWidget *parent = nullptr);
    Id addTouchpoint(const Id &stageId, const Id &channelId, const QString &title);
    void deleteSelection();
    void copySelection();
    void paste();
    void selectAllCards();
    /// Moves the keyboard focus to the nearest card in the arrow's direction.
    bool focusNeighbour(Qt::Key key);
    /// Tab / Shift+Tab: the next (previous) card in reading order, wrapping around.
    bool focusNextCard(bool forward);
    /// Makes a stage the current one (as a click on its chevron does).
    void selectStage(const Id &stageId);
    /// Opens the in-place editor on a stage's chevron / a lane's header.
    void renameStage(const Id &stageId);
    void renameLane(const Id &channelId);
    void editFocusedCard();
    InlineEditor *activeEditor() const { return m_editor; }
    /// What the overlays say about the point (KPI names of a badge, a stage's reach and
    /// drop-off, a hand-off's simulated customers); empty where they say nothing.
    QString overlayToolTip(const QPointF &scenePos) const;
    /// A persona's emotion point under the position: who, at which stage, its values.
    QString emotionToolTip(const QPointF &scenePos) const;

signals:
    void selectedIdsChanged(const QList<omnimap::Id> &ids);
    void stageActivated(const omnimap::Id &stageId);
    void laneActivated(const omnimap::Id &channelId);
    /// Emitted just before the scene rect changes (views keep their scroll position).
    void sceneRectAboutToChange();
    /// "Properties…" of a card, hand-off, stage or lane: show it in the inspector.
    void propertiesRequested(const omnimap::Id &itemId);
    /// "Add Experiment…" / "Edit Experiment…" on a card or a hand-off.
    void experimentRequested(const omnimap::Id &itemId);
    void personaRequested(const omnimap::Id &personaId);
    void addPersonaRequested();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    enum class Drag { None, Card, Resize, Connector, Emotion, Stage, Lane };

    void onDocumentChanged(const ChangeEvent &event);
    void relayout();
    /// Puts the hand-offs of the given cards (all when `cardIds` is null) on their ends.
    void syncConnectors(const QSet<Id> *cardIds);
    /// Where a drag to (stageIndex, laneIndex) puts the dragged card and, when it is part
    /// of the selection, the other selected cards (same stage and lane offset).
    QList<CardMove> groupMoves(const CardItem *dragged, int stageIndex, int laneIndex) const;
    void setHandoffSelection(const Id &handoffId, bool selected);
    bool clearHandoffSelection();
    void syncCard(const Id &touchpointId);
    CardItem *cardAt(const QPointF &scenePos) const;
    void addExperimentAction(QMenu *menu, const Id &itemId, bool existing);
    int stageHeaderAt(const QPointF &scenePos) const;
    int laneHeaderAt(const QPointF &scenePos) const;
    void startInlineEdit(const QRectF &rect, const QString &text, const std::function<void(const QString &)> &commit);
    bool pickEmotionPoint(const QPointF &pos);
    void push(QUndoCommand *command);

    Document *m_document;
    Id m_journeyId;
    QHash<Id, QString> m_experimentBadges;
    MapRenderOptions m_options;
    std::unique_ptr<MapRenderer> m_renderer;
    MapFrameItem *m_frame = nullptr;
    QHash<Id, CardItem *> m_cards;
    ConnectorLayer *m_connectors = nullptr;
    bool m_structureChanged = true; ///< cards or hand-offs added/removed since the last relayout
    InlineEditor *m_editor = nullptr;

    Drag m_drag = Drag::None;
    Id m_dragId;
    QPointF m_dragOffset;
    QPointF m_pressPos;
    int m_dragIndex = -1;
    Id m_dragPersonaId;
    bool m_dragToBe = false;
    int m_gesture = 0; ///< numbers each press, so separate drags never merge into one step
    QGraphicsLineItem *m_connectorLine = nullptr;

    static TouchpointClipboard s_clipboard;
};

} // namespace omnimap
