#include "mapview.h"

#include "mapscene.h"
#include "personafilterbutton.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace omnimap {

MapView::MapView(MapScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setTransformationAnchor(AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // A child of the view, not of the viewport: viewport scrolling would move it.
    m_personaFilter = new PersonaFilterButton(scene, this);
    m_personaFilter->raise();
    // The button gets a strip of its own above the map: floating over the viewport it
    // covered cards and stage names.
    setViewportMargins(0, m_personaFilter->sizeHint().height() + 8, 0, 0);
    // The scene grows to the right and down as stages and lanes are added; the map must
    // stay where it is (the next double-click lands where the user aims). The scene warns
    // before its rect changes: the scene point at the viewport's top-left corner is kept
    // there afterwards, whether the scroll bars were already there or just appeared.
    connect(scene, &MapScene::sceneRectAboutToChange, this, [this] {
        if (m_shown)
            m_anchor = mapToScene(QPoint(0, 0));
    });
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        if (!m_shown || !m_anchor)
            return;
        const QPoint moved = mapFromScene(*m_anchor);
        m_anchor.reset();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + moved.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() + moved.y());
    });
}

bool MapView::focusNextPrevChild(bool next)
{
    // Tab moves between the cards of the map rather than out of it (Ctrl+Tab leaves).
    if (m_scene->focusNextCard(next))
        return true;
    return QGraphicsView::focusNextPrevChild(next);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    const QRect area = viewport()->geometry();
    m_personaFilter->adjustSize();
    m_personaFilter->move(area.right() - m_personaFilter->width() - 12, std::max(0, area.top() - m_personaFilter->height() - 4));
}

void MapView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // A map opens at its start — persona header, first stage, first lane — whatever the
    // scroll bars settled on while the window was being laid out.
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

void MapView::setZoomPercent(int percent)
{
    percent = std::clamp(percent, 10, 400);
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    setTransform(QTransform::fromScale(percent / 100.0, percent / 100.0));
    emit zoomChanged(percent);
}

void MapView::zoomIn()
{
    setZoomPercent(int(std::lround(m_zoom * 1.25)));
}

void MapView::zoomOut()
{
    setZoomPercent(int(std::lround(m_zoom / 1.25)));
}

void MapView::fitToWindow()
{
    const QRectF bounds = m_scene->renderer() ? m_scene->renderer()->boundingRect() : sceneRect();
    if (bounds.isEmpty())
        return;
    const double sx = viewport()->width() / bounds.width();
    const double sy = viewport()->height() / bounds.height();
    setZoomPercent(int(std::floor(std::min(sx, sy) * 100.0)));
    centerOn(bounds.center());
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panStart = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panStart;
        m_panStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace omnimap
