#pragma once

#include "app/shell/drawntexts.h"
#include "sim/pathanalysis.h"

#include "model/project.h"

#include <QGraphicsView>

namespace omnimap::insight {

/// Channel-to-channel flow as a Sankey drawing of the engine's transition matrix: sources
/// (journey start and each channel) on the left, destinations (each channel, conversion,
/// drop-out) on the right, bands as wide as the number of moves. Qt Charts has no Sankey,
/// so it is drawn on a QGraphicsScene; every band has a tooltip with count and share.
class SankeyView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit SankeyView(QWidget *parent = nullptr);

    void setMatrix(const sim::TransitionMatrix &matrix, const Project &project);
    /// Total of the moves drawn (tests compare it with the matrix).
    double drawnTotal() const { return m_drawnTotal; }
    int bandCount() const { return m_bands; }
    /// The node labels as placed (scene coordinates): never on top of each other.
    const QList<DrawnText> &labels() const { return m_labelRects; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    QString stateLabel(int state) const;

    sim::TransitionMatrix m_matrix;
    Project m_project;
    double m_drawnTotal = 0.0;
    int m_bands = 0;
    QList<DrawnText> m_labelRects;
};

} // namespace omnimap::insight
