// Campaign timeline: a Gantt chart of the planned actions, with the budget per channel.

#include "reportsections.h"

#include "model/lookup.h"
#include "plan/money.h"
#include "render/mapglyphs.h"
#include "render/mapstyle.h"
#include "reportdata.h"

#include <QCoreApplication>
#include <QDate>
#include <QPainter>

#include <memory>

namespace omnimap::ReportSections {

namespace {

struct ReportcampaignsTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

constexpr double kRowHeight = 17.0;
constexpr double kLabelWidth = 190.0;

QDate date(const QString &iso)
{
    return QDate::fromString(iso.left(10), Qt::ISODate);
}

void paintTimeline(QPainter *p, const QRectF &b, const ReportContext &c, const Campaign &campaign, qsizetype first,
                   qsizetype count, bool withSummary)
{
    const Project &project = c.project;
    double y = b.top() + c.style.drawHeading(p, b, ReportcampaignsTr::tr("Campaign — %1").arg(campaign.name), campaign.objective);
    QDate start = date(campaign.start);
    QDate end = date(campaign.end);
    for (const PlannedAction &a : campaign.actions) {
        if (date(a.start).isValid() && (!start.isValid() || date(a.start) < start))
            start = date(a.start);
        if (date(a.end).isValid() && (!end.isValid() || date(a.end) > end))
            end = date(a.end);
    }
    if (!start.isValid() || !end.isValid() || end < start) {
        ReportStyle::drawText(p, QRectF(b.left(), y, b.width(), 20), ReportcampaignsTr::tr("The campaign has no dates yet."),
                              ReportStyle::font(9), ReportStyle::muted());
        return;
    }
    const double days = double(start.daysTo(end) + 1);
    const QRectF chart(b.left() + kLabelWidth, y + 22, b.width() - kLabelWidth, count * kRowHeight);
    auto xOf = [&](const QDate &d) { return chart.left() + chart.width() * double(start.daysTo(d)) / days; };
    // Month (or week) ticks across the top.
    const bool weekly = days <= 75;
    for (QDate d = weekly ? start : QDate(start.year(), start.month(), 1); d <= end;
         d = weekly ? d.addDays(7) : d.addMonths(1)) {
        const double x = qMax(chart.left(), xOf(d));
        p->setPen(QPen(ReportStyle::rule(), 0.5));
        p->drawLine(QPointF(x, chart.top() - 4), QPointF(x, chart.bottom()));
        ReportStyle::drawText(p, QRectF(x + 2, chart.top() - 18, 80, 12),
                              weekly ? c.locale.toString(d, QStringLiteral("M/d")) : c.locale.toString(d, QStringLiteral("yyyy-MM")),
                              ReportStyle::font(7), ReportStyle::muted(), Qt::AlignLeft, 1);
    }
    const MapPalette &pal = MapPalette::get(false);
    for (qsizetype i = 0; i < count; ++i) {
        const PlannedAction &a = campaign.actions.at(first + i);
        const double ry = chart.top() + i * kRowHeight;
        if (i % 2)
            p->fillRect(QRectF(b.left(), ry, b.width(), kRowHeight), ReportStyle::zebra());
        const Channel *ch = findById(project.channels, a.channelId);
        const QColor color = channelColor(ch ? ch->color : QString(), int(indexOfId(project.channels, a.channelId)));
        ReportStyle::drawText(p, QRectF(b.left() + 2, ry + 3, kLabelWidth - 8, kRowHeight), a.title, ReportStyle::font(8),
                              ReportStyle::ink(), Qt::AlignLeft, 1);
        const QDate s = date(a.start).isValid() ? date(a.start) : start;
        const QDate e = date(a.end).isValid() ? date(a.end) : s;
        const QRectF bar(xOf(s), ry + 3.5, qMax(3.0, xOf(e.addDays(1)) - xOf(s)), kRowHeight - 7);
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawRoundedRect(bar, 2, 2);
        p->restore();
        QString label = ch ? ch->name : QString();
        if (a.cost > 0)
            label += QStringLiteral(" · ") + formatMoney(a.cost, campaign.currency.isEmpty() ? project.currency : campaign.currency, c.locale);
        // The label follows the bar, or sits inside it when the bar reaches the right edge.
        const bool inside = bar.right() + 150 > b.right();
        const double labelX = inside ? bar.left() + 4 : bar.right() + 4;
        if (a.promotion) {
            MapGlyphs::paintTag(p, QRectF(labelX, ry + 3, 11, 11), pal.statusWarn);
        }
        ReportStyle::drawText(p, QRectF(labelX + (a.promotion ? 14 : 0), ry + 3.5, inside ? bar.width() - 8 : 150, 12), label,
                              ReportStyle::font(7), inside ? ReportStyle::textOn(color) : ReportStyle::muted(), Qt::AlignLeft, 1);
    }
    if (!withSummary)
        return;
    // Budget per channel: the numbers behind the timeline.
    double by = chart.bottom() + 22;
    double total = 0;
    for (const BudgetLine &line : campaign.budget)
        total += line.amount;
    const QString currency = campaign.currency.isEmpty() ? project.currency : campaign.currency;
    by += ReportStyle::drawText(p, QRectF(b.left(), by, b.width(), 16),
                                ReportcampaignsTr::tr("Budget by channel — total %1").arg(formatMoney(total, currency, c.locale)),
                                ReportStyle::font(10, QFont::DemiBold), ReportStyle::ink()) + 6;
    for (const BudgetLine &line : campaign.budget) {
        if (by > b.bottom() - 12)
            break;
        const Channel *ch = findById(project.channels, line.channelId);
        ReportStyle::drawText(p, QRectF(b.left(), by, kLabelWidth - 8, 12), ch ? ch->name : line.channelId,
                              ReportStyle::font(8), ReportStyle::ink(), Qt::AlignLeft, 1);
        const double w = total > 0 ? (b.width() - kLabelWidth - 120) * line.amount / total : 0;
        p->fillRect(QRectF(b.left() + kLabelWidth, by + 2, w, 8),
                    channelColor(ch ? ch->color : QString(), int(indexOfId(project.channels, line.channelId))));
        ReportStyle::drawText(p, QRectF(b.left() + kLabelWidth + w + 4, by, 116, 12),
                              QStringLiteral("%1 (%2 %)").arg(formatMoney(line.amount, currency, c.locale))
                                  .arg(total > 0 ? qRound(100 * line.amount / total) : 0),
                              ReportStyle::font(7.5), ReportStyle::muted(), Qt::AlignLeft, 1);
        by += 14;
    }
}

} // namespace

void addCampaigns(ReportBook &book, const ReportContext &c)
{
    if (c.project.campaigns.isEmpty())
        return;
    book.beginSection(ReportcampaignsTr::tr("Campaigns"));
    const QRectF body = book.bodyRect(QPageLayout::Landscape);
    for (qsizetype ci = 0; ci < c.project.campaigns.size(); ++ci) {
        const Campaign &campaign = c.project.campaigns.at(ci);
        book.beginSection(campaign.name, 1);
        const double budgetH = 40 + 14 * double(campaign.budget.size());
        const int perPage = qMax(5, int((body.height() - ReportStyle::kHeadingHeight - 40) / kRowHeight));
        const qsizetype total = campaign.actions.size();
        qsizetype first = 0;
        do {
            qsizetype count = qMin<qsizetype>(perPage, total - first);
            const bool last = first + count >= total;
            // Keep the budget summary on the last page when it fits, else give it room.
            const bool summary = last && (count * kRowHeight + budgetH < body.height() - ReportStyle::kHeadingHeight - 40);
            auto ctx = std::make_shared<ReportContext>(c);
            book.addPage({QPageLayout::Landscape, ReportcampaignsTr::tr("Campaigns"), true,
                          [ctx, ci, first, count, summary](QPainter *p, const QRectF &b) {
                              paintTimeline(p, b, *ctx, ctx->project.campaigns.at(ci), first, count, summary);
                          }});
            if (last && !summary)
                book.addPage({QPageLayout::Landscape, ReportcampaignsTr::tr("Campaigns"), true, [ctx, ci](QPainter *p, const QRectF &b) {
                                  paintTimeline(p, b, *ctx, ctx->project.campaigns.at(ci), 0, 0, true);
                              }});
            first += count;
        } while (first < total);
    }
}

} // namespace omnimap::ReportSections
