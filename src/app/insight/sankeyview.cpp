#include "sankeyview.h"

#include "insightpalette.h"

#include <QGraphicsItem>
#include <QGraphicsSimpleTextItem>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QResizeEvent>
#include <QToolTip>

namespace omnimap::insight {

namespace {

/// The whole chart as one item: ChannelFlow::paint draws it, as in the PDF report.
class FlowItem final : public QGraphicsItem
{
public:
    explicit FlowItem(const ChannelFlowLayout &layout)
        : m_layout(layout)
    {
    }

    QRectF boundingRect() const override { return m_layout.area; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        ChannelFlow::paint(painter, m_layout, palette::ink());
    }

private:
    const ChannelFlowLayout &m_layout;
};

} // namespace

SankeyView::SankeyView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumHeight(240);
    setBackgroundBrush(Qt::white);
}

void SankeyView::setMatrix(const sim::TransitionMatrix &matrix, const Project &project)
{
    m_matrix = matrix;
    m_project = project;
    rebuild();
}

void SankeyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    rebuild();
}

bool SankeyView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_layout.isEmpty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPointF at = mapToScene(help->pos());
        const QLocale locale;
        QString text;
        if (const int node = ChannelFlow::nodeAt(m_layout, at); node >= 0)
            text = ChannelFlow::nodeText(m_layout.nodes.at(node), locale);
        else if (const int band = ChannelFlow::bandAt(m_layout, at); band >= 0)
            text = ChannelFlow::bandText(m_layout.bands.at(band), locale);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void SankeyView::rebuild()
{
    QGraphicsScene *s = scene();
    s->clear();
    m_labelRects.clear();
    const QRectF area(0, 0, std::max(400, viewport()->width()), std::max(200, viewport()->height()));
    QFont font = this->font();
    font.setPointSizeF(8.5);
    m_layout = ChannelFlow::layout(m_matrix, m_project, area, font, 110.0);
    if (m_layout.isEmpty()) {
        if (m_matrix.size < 3) {
            auto *text = s->addSimpleText(tr("No channel moves in the selection."));
            text->setBrush(palette::mutedInk());
        }
        publishDrawnTexts(this, m_labelRects);
        return;
    }
    s->setSceneRect(area);
    s->addItem(new FlowItem(m_layout));
    for (const ChannelFlowNode &node : std::as_const(m_layout.nodes))
        m_labelRects.append({node.labelRect, node.text, node.labelRect.width()});
    publishDrawnTexts(this, m_labelRects);
}

} // namespace omnimap::insight
