#pragma once

#include "app/shell/drawntexts.h"
#include "report/channelflow.h"
#include "sim/pathanalysis.h"

#include "model/project.h"

#include <QGraphicsView>

namespace omnimap::insight {

/// Channel-to-channel flow as a Sankey drawing of the engine's transition matrix: sources
/// (journey start and each channel) on the left, destinations (each channel, conversion,
/// drop-out) on the right, bands as wide as the number of moves. Qt Charts has no Sankey:
/// the layout and the painting are report/channelflow's, which the PDF report draws with
/// too, so screen and paper show the same chart. Every bar and band has a tooltip with
/// count and share.
class SankeyView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit SankeyView(QWidget *parent = nullptr);

    void setMatrix(const sim::TransitionMatrix &matrix, const Project &project);
    /// Total of the moves drawn (tests compare it with the matrix).
    double drawnTotal() const { return m_layout.total; }
    int bandCount() const { return int(m_layout.bands.size()); }
    /// The node labels as placed (scene coordinates): never on top of each other.
    const QList<DrawnText> &labels() const { return m_labelRects; }
    const ChannelFlowLayout &flowLayout() const { return m_layout; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void rebuild();

    sim::TransitionMatrix m_matrix;
    Project m_project;
    ChannelFlowLayout m_layout;
    QList<DrawnText> m_labelRects;
};

} // namespace omnimap::insight
