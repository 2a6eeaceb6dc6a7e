// Attribution by model with the bootstrap's 90 % intervals: a bar chart with whiskers,
// the Markov order used and why, and the full table.

#include "reportsections.h"

#include "reportdata.h"
#include "reporttable.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <memory>

namespace omnimap::ReportSections {

namespace {

struct ReportattributionTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

QString modelTitle(sim::AttributionModel model)
{
    switch (model) {
    case sim::AttributionModel::FirstTouch: return ReportattributionTr::tr("First touch");
    case sim::AttributionModel::LastTouch: return ReportattributionTr::tr("Last touch");
    case sim::AttributionModel::Linear: return ReportattributionTr::tr("Linear");
    case sim::AttributionModel::TimeDecay: return ReportattributionTr::tr("Time decay");
    case sim::AttributionModel::PositionBased: return ReportattributionTr::tr("Position-based");
    case sim::AttributionModel::Markov: return ReportattributionTr::tr("Markov (removal effect)");
    }
    return {};
}

QColor modelColour(int index)
{
    static const QColor colours[] = {QColor(0x3B, 0x6E, 0xA8), QColor(0xE0, 0x9B, 0x1A), QColor(0x2E, 0x7D, 0x32),
                                     QColor(0x8E, 0x44, 0xAD), QColor(0x16, 0xA0, 0x85), QColor(0xC6, 0x28, 0x28)};
    return colours[index % 6];
}

/// What the Markov model did and why, and which channels the data cannot tell apart.
QString markovNote(const sim::AttributionResult &r, const QLocale &locale)
{
    QString text;
    if (r.orderChoice.ok) {
        QStringList scores;
        for (const sim::OrderScore &s : r.orderChoice.scores)
            scores.append(ReportattributionTr::tr("order %1: %2").arg(s.order).arg(locale.toString(s.logLikelihood, 'f', 3)));
        text = ReportattributionTr::tr("Markov order %1, chosen by %2-fold cross-validation over the journeys: it has the highest held-out "
                  "log-likelihood per journey (%3).")
                   .arg(r.markovOrder)
                   .arg(r.orderChoice.folds)
                   .arg(scores.join(QStringLiteral(", ")));
    } else {
        text = ReportattributionTr::tr("Markov order %1.").arg(r.markovOrder);
    }
    text += QLatin1Char(' ') + (r.collapseRepeats ? ReportattributionTr::tr("Repeated touches of a channel count once.") : ReportattributionTr::tr("Every touch counts as it happened."));
    return text;
}

QString indistinguishableNote(const sim::AttributionResult &r)
{
    const auto pairs = sim::indistinguishableChannels(r);
    if (r.bootstrap <= 0)
        return {};
    if (pairs.empty())
        return ReportattributionTr::tr("%1: no two channels' intervals overlap.").arg(modelTitle(r.model));
    QStringList names;
    for (const auto &[a, b] : pairs)
        names.append(ReportattributionTr::tr("%1 and %2").arg(r.channels[std::size_t(a)].channel, r.channels[std::size_t(b)].channel));
    return ReportattributionTr::tr("%1: indistinguishable (intervals overlap): %2.").arg(modelTitle(r.model), names.join(QStringLiteral("; ")));
}

void paintChart(QPainter *p, const QRectF &b, const ReportContext &c, const QString &subtitle)
{
    const auto &results = c.options.attribution;
    double y = b.top() + c.style.drawHeading(p, b, ReportattributionTr::tr("Attribution by model"), subtitle);
    QStringList channels;
    double maximum = 0.0;
    int models = 0;
    for (const sim::AttributionResult &r : results) {
        if (!r.ok)
            continue;
        ++models;
        for (const sim::ChannelCredit &ch : r.channels) {
            if (!channels.contains(ch.channel))
                channels.append(ch.channel);
            maximum = std::max({maximum, ch.conversions, ch.conversionsHigh});
        }
    }
    channels = channels.mid(0, 14);
    if (models == 0 || channels.isEmpty() || maximum <= 0.0)
        return;
    // Legend.
    double lx = b.left();
    int index = 0;
    for (const sim::AttributionResult &r : results) {
        if (!r.ok)
            continue;
        p->fillRect(QRectF(lx, y + 2, 8, 8), modelColour(index++));
        const QString name = modelTitle(r.model);
        ReportStyle::drawText(p, QRectF(lx + 11, y, 120, 12), name, ReportStyle::font(7), ReportStyle::ink(), Qt::AlignLeft, 1);
        lx += 14 + QFontMetricsF(ReportStyle::font(7)).horizontalAdvance(name) + 12;
    }
    y += 20;
    const double labelW = 110, right = 40;
    const double rowH = std::min(60.0, (b.bottom() - y - 30) / double(channels.size()));
    const double barH = std::max(2.0, (rowH - 6) / models);
    const QRectF plot(b.left() + labelW, y, b.width() - labelW - right, rowH * double(channels.size()));
    auto xOf = [&](double v) { return plot.left() + plot.width() * std::clamp(v / maximum, 0.0, 1.0); };
    p->setPen(QPen(ReportStyle::rule(), 0.5));
    for (int tick = 0; tick <= 4; ++tick) {
        const double v = maximum * tick / 4.0;
        p->drawLine(QPointF(xOf(v), plot.top()), QPointF(xOf(v), plot.bottom()));
        ReportStyle::drawText(p, QRectF(xOf(v) - 30, plot.bottom() + 3, 60, 10), c.locale.toString(v, 'f', maximum < 10 ? 1 : 0),
                              ReportStyle::font(6.5), ReportStyle::muted(), Qt::AlignHCenter, 1);
    }
    ReportStyle::drawText(p, QRectF(plot.left(), plot.bottom() + 14, plot.width(), 10),
                          ReportattributionTr::tr("attributed conversions; whiskers: 90 % bootstrap intervals"), ReportStyle::font(7),
                          ReportStyle::muted(), Qt::AlignHCenter, 1);
    for (int row = 0; row < channels.size(); ++row) {
        const double top = plot.top() + rowH * row;
        ReportStyle::drawText(p, QRectF(b.left(), top + rowH / 2 - 6, labelW - 6, 12), channels.at(row), ReportStyle::font(7.5),
                              ReportStyle::ink(), Qt::AlignRight, 1);
        index = 0;
        for (const sim::AttributionResult &r : results) {
            if (!r.ok)
                continue;
            const double by = top + 3 + barH * index;
            const QColor colour = modelColour(index++);
            for (const sim::ChannelCredit &ch : r.channels) {
                if (ch.channel != channels.at(row))
                    continue;
                p->fillRect(QRectF(plot.left(), by, xOf(ch.conversions) - plot.left(), barH * 0.8), colour);
                if (r.bootstrap > 0) {
                    const double mid = by + barH * 0.4, cap = std::min(3.0, barH * 0.35);
                    p->setPen(QPen(ReportStyle::ink(), 0.7));
                    p->drawLine(QPointF(xOf(ch.conversionsLow), mid), QPointF(xOf(ch.conversionsHigh), mid));
                    p->drawLine(QPointF(xOf(ch.conversionsLow), mid - cap), QPointF(xOf(ch.conversionsLow), mid + cap));
                    p->drawLine(QPointF(xOf(ch.conversionsHigh), mid - cap), QPointF(xOf(ch.conversionsHigh), mid + cap));
                }
            }
        }
    }
}

} // namespace

void addAttribution(ReportBook &book, const ReportContext &c)
{
    const auto &results = c.options.attribution;
    if (std::none_of(results.begin(), results.end(), [](const sim::AttributionResult &r) { return r.ok && !r.channels.empty(); }))
        return;
    book.beginSection(ReportattributionTr::tr("Attribution"));
    QStringList notes;
    int replicates = 0;
    for (const sim::AttributionResult &r : results) {
        if (!r.ok)
            continue;
        if (r.model == sim::AttributionModel::Markov)
            notes.prepend(markovNote(r, c.locale));
        replicates = std::max(replicates, r.bootstrap);
    }
    if (replicates > 0)
        notes.append(ReportattributionTr::tr("Intervals: 90 % percentile intervals from %1 bootstrap replicates of the journeys.").arg(replicates));
    auto ctx = std::make_shared<ReportContext>(c);
    const QString subtitle = notes.join(QLatin1Char(' '));
    book.addPage({QPageLayout::Portrait, ReportattributionTr::tr("Attribution"), true,
                  [ctx, subtitle](QPainter *p, const QRectF &b) { paintChart(p, b, *ctx, subtitle); }});

    ReportTable t;
    t.columns = {{ReportattributionTr::tr("Channel"), 1.2, Qt::AlignLeft},        {ReportattributionTr::tr("Model"), 1.3, Qt::AlignLeft},
                 {ReportattributionTr::tr("Conversions"), 1.1, Qt::AlignRight},   {ReportattributionTr::tr("90 % interval"), 1.3, Qt::AlignRight},
                 {ReportattributionTr::tr("Value"), 1.0, Qt::AlignRight},         {ReportattributionTr::tr("90 % interval"), 1.7, Qt::AlignRight},
                 {ReportattributionTr::tr("Removal effect"), 0.9, Qt::AlignRight}};
    QStringList footer;
    const auto number = [&](double v) { return c.locale.toString(v, 'f', std::abs(v) < 100 ? 1 : 0); };
    for (const sim::AttributionResult &r : results) {
        if (!r.ok)
            continue;
        for (const sim::ChannelCredit &ch : r.channels) {
            const bool interval = r.bootstrap > 0;
            t.rows.append({{ch.channel, {}, {}, {}, false, {}},
                           {modelTitle(r.model), {}, {}, {}, false, {}},
                           {number(ch.conversions), {}, {}, {}, false, {}},
                           {interval ? number(ch.conversionsLow) + QStringLiteral(" – ") + number(ch.conversionsHigh) : QString(), {}, {}, {}, false, {}},
                           {number(ch.value), {}, {}, {}, false, {}},
                           {interval ? number(ch.valueLow) + QStringLiteral(" – ") + number(ch.valueHigh) : QString(), {}, {}, {}, false, {}},
                           {r.model == sim::AttributionModel::Markov ? c.locale.toString(ch.removalEffect, 'f', 3) : QString(), {}, {}, {}, false, {}}});
        }
        const QString note = indistinguishableNote(r);
        if (!note.isEmpty())
            footer.append(note);
    }
    addTablePages(book, c.style, ReportattributionTr::tr("Attribution"), ReportattributionTr::tr("Attribution table"), subtitle, t, QPageLayout::Portrait,
                  footer.join(QLatin1Char('\n')));
}

} // namespace omnimap::ReportSections
