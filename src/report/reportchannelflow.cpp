// The dashboard's channel flow on paper: the Sankey drawing of channel-to-channel moves
// (report/channelflow, the same layout and painting as the dashboard) and, under it, the
// largest moves in words and numbers, which a printed band cannot give exactly.

#include "reportsections.h"

#include "channelflow.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <memory>

namespace omnimap::ReportSections {

namespace {

constexpr double kRow = 15.0;

void paintChannelFlow(QPainter *p, const QRectF &b, const ReportContext &c, const sim::TransitionMatrix &flow)
{
    double y = b.top()
        + c.style.drawHeading(p, b,
                              QCoreApplication::translate("omnimap::Report", "Channel flow"),
                              QCoreApplication::translate("omnimap::Report",
                                                          "Moves from channel to channel in the customers' journeys, "
                                                          "measured on the data set (the dashboard's channel flow): where "
                                                          "journeys start, which channel follows which, where they end."));
    const QRectF chart(b.left(), y + 6, b.width(), std::min(360.0, b.height() * 0.5));
    const ChannelFlowLayout layout = ChannelFlow::layout(flow, c.project, chart, ReportStyle::font(8), 125.0);
    ChannelFlow::paint(p, layout, ReportStyle::ink());
    y = chart.bottom() + 18;

    // The largest moves, biggest first (ties in the chart's order).
    QList<ChannelFlowBand> bands = layout.bands;
    std::stable_sort(bands.begin(), bands.end(),
                     [](const ChannelFlowBand &first, const ChannelFlowBand &second) { return first.moves > second.moves; });
    ReportStyle::drawText(p, QRectF(b.left(), y, b.width(), 14),
                          QCoreApplication::translate("omnimap::Report", "Largest moves"), ReportStyle::font(10, QFont::Bold),
                          ReportStyle::ink(), Qt::AlignLeft, 1);
    y += 18;
    const double fromW = b.width() * 0.5, movesW = b.width() * 0.18;
    const QFont head = ReportStyle::font(7.5, QFont::Bold);
    ReportStyle::drawText(p, QRectF(b.left(), y, fromW, kRow), QCoreApplication::translate("omnimap::Report", "From → to"),
                          head, ReportStyle::muted(), Qt::AlignLeft, 1);
    ReportStyle::drawText(p, QRectF(b.left() + fromW, y, movesW, kRow), QCoreApplication::translate("omnimap::Report", "Moves"),
                          head, ReportStyle::muted(), Qt::AlignRight, 1);
    ReportStyle::drawText(p, QRectF(b.left() + fromW + movesW, y, b.width() - fromW - movesW, kRow),
                          QCoreApplication::translate("omnimap::Report", "Share of the moves from there"), head,
                          ReportStyle::muted(), Qt::AlignRight, 1);
    y += kRow;
    const QFont cell = ReportStyle::font(8);
    for (qsizetype i = 0; i < bands.size() && y + kRow <= b.bottom(); ++i, y += kRow) {
        const ChannelFlowBand &band = bands.at(i);
        if (i % 2 == 0)
            p->fillRect(QRectF(b.left(), y - 2, b.width(), kRow), ReportStyle::zebra());
        ReportStyle::drawText(p, QRectF(b.left() + 4, y, fromW - 4, kRow),
                              QStringLiteral("%1 → %2").arg(band.fromName, band.toName), cell, ReportStyle::ink(),
                              Qt::AlignLeft, 1);
        ReportStyle::drawText(p, QRectF(b.left() + fromW, y, movesW, kRow), c.locale.toString(qint64(band.moves)), cell,
                              ReportStyle::ink(), Qt::AlignRight, 1);
        ReportStyle::drawText(p, QRectF(b.left() + fromW + movesW, y, b.width() - fromW - movesW - 4, kRow),
                              QStringLiteral("%1 %").arg(c.locale.toString(100.0 * band.shareOfSource, 'f', 1)), cell,
                              ReportStyle::ink(), Qt::AlignRight, 1);
    }
}

} // namespace

bool hasChannelFlow(const sim::TransitionMatrix &flow)
{
    for (int f = 0; f + 2 < flow.size; ++f)
        for (int t = 1; t < flow.size; ++t)
            if (flow.count(f, t) > 0.0)
                return true;
    return false;
}

void addChannelFlowPage(ReportBook &book, const ReportContext &c, const sim::TransitionMatrix &flow)
{
    if (!hasChannelFlow(flow))
        return;
    auto ctx = std::make_shared<ReportContext>(c);
    auto matrix = std::make_shared<const sim::TransitionMatrix>(flow);
    book.addPage({QPageLayout::Portrait, QCoreApplication::translate("omnimap::Report", "Dashboard"), true,
                  [ctx, matrix](QPainter *p, const QRectF &b) { paintChannelFlow(p, b, *ctx, *matrix); }});
}

} // namespace omnimap::ReportSections
