#pragma once

#include <QGraphicsView>

#include <optional>

namespace omnimap {

class MapScene;
class PersonaFilterButton;

/// The view of a map: Ctrl+wheel zoom, middle-button or Space-drag pan, rubber-band
/// selection, fit to window. Zoom is a percentage shared with the zoom slider.
class MapView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MapView(MapScene *scene, QWidget *parent = nullptr);
    MapScene *mapScene() const { return m_scene; }
    /// The persona filter over the map's top-right corner.
    PersonaFilterButton *personaFilterButton() const { return m_personaFilter; }

    int zoomPercent() const { return m_zoom; }
    void setZoomPercent(int percent);
    void zoomIn();
    void zoomOut();
    void fitToWindow();

signals:
    void zoomChanged(int percent);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    MapScene *m_scene;
    PersonaFilterButton *m_personaFilter = nullptr;
    int m_zoom = 100;
    bool m_panning = false;
    bool m_shown = false;
    std::optional<QPointF> m_anchor; ///< scene point at the top-left, kept across scene growth
    QPoint m_panStart;
};

} // namespace omnimap
