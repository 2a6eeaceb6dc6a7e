#pragma once

#include "model/project.h"
#include "sim/pathanalysis.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QPainterPath>
#include <QRectF>
#include <QString>

class QPainter;

namespace omnimap {

/// One bar of the channel flow: a state moves leave (left column: the journey start and
/// each channel) or arrive at (right column: each channel, conversion, drop-out).
struct ChannelFlowNode
{
    int state = 0;        ///< index into the transition matrix
    bool source = true;   ///< left column
    QRectF rect;          ///< the bar
    QColor colour;
    QString name;         ///< the state in words ("(converted)", "Store")
    QString text;         ///< as drawn: elided to the label column
    QRectF labelRect;     ///< where `text` is drawn, after labels were moved apart
    double moves = 0.0;   ///< moves leaving (left) or arriving (right)
    double share = 0.0;   ///< of all moves
};

/// One band from a left bar to a right bar, as wide as its number of moves.
struct ChannelFlowBand
{
    int from = 0;
    int to = 0;
    QString fromName;
    QString toName;
    QPainterPath path;
    QColor colour;        ///< translucent
    double moves = 0.0;
    double shareOfSource = 0.0; ///< of the moves leaving `from`
};

/// Where everything of a channel-flow (Sankey) drawing goes. Computed once and painted
/// by the dashboard (on screen) and the PDF report (on paper), so both show the same
/// chart and the same label placement.
struct ChannelFlowLayout
{
    QRectF area;
    QFont font;
    QList<ChannelFlowNode> nodes;
    QList<ChannelFlowBand> bands;
    double total = 0.0; ///< sum of the moves drawn

    bool isEmpty() const { return bands.isEmpty(); }
};

namespace ChannelFlow {

/// A state of the matrix in words: the engine's "(start)", "(conversion)" and "(null)"
/// (the attribution literature's drop-off state) become "(start)", "(converted)" and
/// "(dropped off)"; channels keep their names.
QString stateLabel(const sim::TransitionMatrix &matrix, int state);

/// The project's colour for a channel name (case-insensitive), else a stable fallback.
QColor channelColour(const Project &project, const QString &channelName, int index);

/// Lays the matrix out in `area`: bars in two columns with `labelWidth` for the labels
/// outside them, bands between. Labels of thin bars that sit closer than a line of text
/// are moved apart, so none covers another ("Store" over "(converted)").
ChannelFlowLayout layout(const sim::TransitionMatrix &matrix, const Project &project, const QRectF &area,
                         const QFont &font, double labelWidth);

/// Paints `layout`: bands first, then bars and labels in `ink`.
void paint(QPainter *painter, const ChannelFlowLayout &layout, const QColor &ink);

/// "App: 1,000 moves (50.0 %)" and "App → Store: 3 moves (0.3 % of the moves from App)".
QString nodeText(const ChannelFlowNode &node, const QLocale &locale);
QString bandText(const ChannelFlowBand &band, const QLocale &locale);

/// What is under `point`: a node or its label (index into nodes), else a band (index into
/// bands, the top-most drawn); -1 for nothing.
int nodeAt(const ChannelFlowLayout &layout, const QPointF &point);
int bandAt(const ChannelFlowLayout &layout, const QPointF &point);

} // namespace ChannelFlow

} // namespace omnimap
