// The web page's journey: toolbar, the map as inline SVG (one element per card carrying
// its id and details), the details panel and the channel-role matrix.

#include "htmlsections.h"

#include "htmlescape.h"
#include "model/lookup.h"
#include "render/maprenderer.h"
#include "render/mapstyle.h"
#include "reportdata.h"

#include <QCoreApplication>
#include <QPainterPath>

#include <cmath>

namespace omnimap::HtmlSections {

namespace {

/// A coordinate for SVG; a non-finite number (from a damaged plan) becomes 0, since the
/// browser would reject the whole attribute and log an error.
QString num(double v)
{
    return QString::number(std::isfinite(v) ? v : 0.0, 'f', 1);
}

QString rectAttrs(const QRectF &r)
{
    return QStringLiteral("x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\"")
        .arg(num(r.x()), num(r.y()), num(r.width()), num(r.height()));
}

QString svgPath(const QPainterPath &path)
{
    QString d;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.type == QPainterPath::MoveToElement)
            d += QStringLiteral("M%1 %2").arg(num(e.x), num(e.y));
        else if (e.type == QPainterPath::LineToElement)
            d += QStringLiteral("L%1 %2").arg(num(e.x), num(e.y));
        else if (e.type == QPainterPath::CurveToElement)
            d += QStringLiteral("C%1 %2").arg(num(e.x), num(e.y));
        else
            d += QStringLiteral(" %1 %2").arg(num(e.x), num(e.y));
    }
    return d;
}

/// A block of wrapping HTML text inside the SVG (the browser wraps and clips it).
QString textBox(const QRectF &r, const QString &cls, const QString &html)
{
    return QStringLiteral("<foreignObject %1><div class=\"%2\">%3</div></foreignObject>").arg(rectAttrs(r), cls, html);
}

QString noteLaneName(int n)
{
    static const char *const names[] = {"Actions", "Thoughts", "Pain points", "Opportunities"};
    return Html::escape(translated(names[n], "omnimap::MapRenderer"));
}

void toolbar(QString &out, const Project &project, const IdList &personaIds)
{
    out += QStringLiteral("<div class=\"toolbar\" role=\"toolbar\">");
    out += QStringLiteral("<input type=\"search\" class=\"search\" placeholder=\"%1\" aria-label=\"%1\">")
               .arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "Search cards")));
    out += QStringLiteral("<select class=\"persona-filter\" aria-label=\"%1\"><option value=\"\">%2</option>")
               .arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "Persona")), label(QT_TRANSLATE_NOOP("omnimap::Report", "All personas")));
    for (const Id &id : personaIds)
        out += QStringLiteral("<option value=\"%1\">%2</option>")
                   .arg(Html::escape(id), Html::escape(ReportData::personaName(project, id)));
    out += QStringLiteral("</select>");
    out += QStringLiteral("<button type=\"button\" data-zoom=\"in\" title=\"%1\">+</button>"
                          "<button type=\"button\" data-zoom=\"out\" title=\"%2\">−</button>"
                          "<button type=\"button\" data-zoom=\"fit\">%3</button>")
               .arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "Zoom in")), label(QT_TRANSLATE_NOOP("omnimap::Report", "Zoom out")), label(QT_TRANSLATE_NOOP("omnimap::Report", "Fit")));
    out += QStringLiteral("<span class=\"hits\" aria-live=\"polite\"></span></div>");
}

void card(QString &out, const Project &project, const Journey &j, const Touchpoint &t, const QRectF &r, int lane)
{
    const Channel *channel = findById(project.channels, t.channelId);
    const QColor color = channelColor(channel ? channel->color : QString(), lane);
    QStringList kpiNames;
    for (const Kpi &k : project.kpis) {
        if (k.touchpointIds.contains(t.id))
            kpiNames << k.name + QStringLiteral(" (") + statusText(kpiStatus(k)) + QLatin1Char(')');
    }
    QStringList flags;
    if (t.momentOfTruth)
        flags << translated(QT_TRANSLATE_NOOP("omnimap::Report", "Moment of truth"));
    if (t.promotion)
        flags << translated(QT_TRANSLATE_NOOP("omnimap::Report", "Promotion"));
    out += QStringLiteral("<g class=\"card\" tabindex=\"0\" role=\"button\" data-id=\"%1\" data-stage=\"%2\" "
                          "data-channel=\"%3\" data-message=\"%4\" data-tags=\"%5\" data-owner=\"%6\" data-kpis=\"%7\" "
                          "data-flags=\"%8\" aria-label=\"%9\">")
               .arg(Html::escape(t.id), Html::escape(ReportData::stageName(project, t.stageId)),
                    Html::escape(channel ? channel->name : QString()), Html::escape(t.message),
                    Html::escapeJoined(t.tags, QStringLiteral(", ")),
                    Html::escape(ReportData::departmentName(project, t.ownerDepartmentId)),
                    Html::escapeJoined(kpiNames, QStringLiteral("; ")), Html::escapeJoined(flags, QStringLiteral(", ")),
                    Html::escape(t.title));
    Q_UNUSED(j)
    out += QStringLiteral("<rect class=\"card-bg\" %1 rx=\"8\"/>").arg(rectAttrs(r));
    out += QStringLiteral("<rect %1 fill=\"%2\"/>").arg(rectAttrs(QRectF(r.x() + 4, r.y(), r.width() - 8, 5)), color.name());
    QString marks;
    if (t.momentOfTruth)
        marks += QStringLiteral("<span class=\"mark mot\">★</span>");
    if (t.promotion)
        marks += QStringLiteral("<span class=\"mark promo\">%</span>");
    out += textBox(r.adjusted(10, 9, -8, -6), QStringLiteral("cb"),
                   QStringLiteral("<p class=\"t\">%1%2</p><p class=\"d\">%3</p>")
                       .arg(marks, Html::escape(t.title), Html::escape(t.description)));
    out += QStringLiteral("</g>");
}

} // namespace

void journey(QString &out, const Context &c, const Journey &j)
{
    const Project &project = c.project;
    const MapRenderer renderer(project, j.id);
    const MapLayout &layout = renderer.layout();
    const QRectF b = layout.bounds();
    const MapPalette &pal = MapPalette::get(false);
    out += QStringLiteral("<h2>%1</h2>").arg(Html::escape(translated(QT_TRANSLATE_NOOP("omnimap::Report", "Journey map — %1")).arg(j.name)));
    if (!j.description.isEmpty())
        out += QStringLiteral("<p class=\"lead\">%1</p>").arg(Html::escape(j.description));
    toolbar(out, project, renderer.personaIds());
    out += QStringLiteral("<div class=\"viewport\"><svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" "
                          "viewBox=\"%1 %2 %3 %4\" data-width=\"%3\" data-height=\"%4\" role=\"img\" aria-label=\"%5\">")
               .arg(num(b.x()), num(b.y()), num(b.width()), num(b.height()), Html::escape(j.name));
    out += QStringLiteral("<rect %1 fill=\"%2\"/>").arg(rectAttrs(b), pal.background.name());

    // Persona header: one chip per persona drawn on the map.
    const QRectF personaRow = layout.personaHeaderRect();
    double x = personaRow.left() + 16;
    const IdList &personaIds = renderer.personaIds();
    for (int i = 0; i < personaIds.size(); ++i) {
        const Persona *persona = findById(project.personas, personaIds.at(i));
        const QColor color = personaColor(i, persona ? persona->color : QString());
        out += QStringLiteral("<g class=\"persona-chip\" data-persona=\"%1\"><circle cx=\"%2\" cy=\"%3\" r=\"9\" fill=\"%4\"/>"
                              "<text x=\"%5\" y=\"%6\" class=\"chip-text\">%7</text></g>")
                   .arg(Html::escape(personaIds.at(i)), num(x + 9), num(personaRow.center().y()), color.name(), num(x + 24),
                        num(personaRow.center().y() + 5), Html::escape(persona ? persona->name : personaIds.at(i)));
        x += 240;
    }

    // Stage headers.
    for (int s = 0; s < layout.stageCount(); ++s) {
        const Stage &stage = j.stages.at(s);
        const QRectF r = layout.stageHeaderRect(s).adjusted(4, 6, -4, -6);
        out += QStringLiteral("<g class=\"stage\" data-id=\"%1\"><rect %2 rx=\"6\" fill=\"%3\"/>")
                   .arg(Html::escape(stage.id), rectAttrs(r), pal.chevron.name());
        out += textBox(r.adjusted(10, 6, -8, -4), QStringLiteral("sh"),
                       QStringLiteral("<p class=\"sn\">%1</p><p class=\"sg\">%2</p>")
                           .arg(Html::escape(stage.name), Html::escape(stage.goal)));
        out += QStringLiteral("</g>");
    }

    // Emotion lane: one curve per persona (as-is solid, to-be dashed).
    const QRectF emotion = layout.emotionLaneRect();
    if (!emotion.isEmpty()) {
        out += QStringLiteral("<rect %1 fill=\"%2\"/>").arg(rectAttrs(emotion), pal.laneShadeB.name());
        out += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"%4\" stroke-dasharray=\"4 4\"/>")
                   .arg(num(emotion.left()), num(emotion.right()), num(layout.emotionY(0)), pal.gridLine.name());
        out += textBox(QRectF(emotion.left() + 12, emotion.top() + 8, MapMetrics::LaneHeaderWidth - 24, 40),
                       QStringLiteral("lh"), label(QT_TRANSLATE_NOOP("omnimap::Report", "Emotion")));
        for (int i = 0; i < personaIds.size(); ++i) {
            const Persona *persona = findById(project.personas, personaIds.at(i));
            const QColor color = personaColor(i, persona ? persona->color : QString());
            for (const bool toBe : {false, true}) {
                QStringList points;
                QString dots;
                for (int s = 0; s < layout.stageCount(); ++s) {
                    bool exists = false;
                    const QPointF pt = renderer.emotionPoint(s, personaIds.at(i), toBe, &exists);
                    if (!exists)
                        continue;
                    points << num(pt.x()) + QLatin1Char(',') + num(pt.y());
                    dots += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"5\" fill=\"%3\"/>").arg(num(pt.x()), num(pt.y()), color.name());
                }
                if (points.isEmpty())
                    continue;
                out += QStringLiteral("<g class=\"curve%1\" data-persona=\"%2\"><polyline points=\"%3\" fill=\"none\" "
                                      "stroke=\"%4\" stroke-width=\"3\"%5/>%6</g>")
                           .arg(toBe ? QStringLiteral(" to-be") : QString(), Html::escape(personaIds.at(i)),
                                points.join(QLatin1Char(' ')), color.name(),
                                toBe ? QStringLiteral(" stroke-dasharray=\"8 6\"") : QString(), dots);
            }
        }
    }

    // Swimlanes: shade, header and the cells where the channel leads.
    for (int l = 0; l < layout.laneCount(); ++l) {
        const QRectF lane = layout.laneRect(l);
        const Channel *channel = findById(project.channels, layout.channelIds().at(l));
        out += QStringLiteral("<rect %1 fill=\"%2\"/>").arg(rectAttrs(lane), (l % 2 ? pal.laneShadeA : pal.laneShadeB).name());
        const QRectF header = layout.laneHeaderRect(l);
        out += QStringLiteral("<rect %1 fill=\"%2\"/>")
                   .arg(rectAttrs(QRectF(header.left(), header.top(), 5, header.height())),
                        channelColor(channel ? channel->color : QString(), l).name());
        out += textBox(header.adjusted(14, 10, -8, -6), QStringLiteral("lh"),
                       Html::escape(channel ? channel->name : layout.channelIds().at(l)));
        for (const ChannelRole &role : j.roles) {
            if (role.channelId != layout.channelIds().at(l) || role.level != RoleLevel::Primary)
                continue;
            const int s = layout.stageIndex(role.stageId);
            if (s >= 0)
                out += QStringLiteral("<rect class=\"primary-cell\" %1/>").arg(rectAttrs(layout.cellRect(s, l).adjusted(2, 2, -2, -2)));
        }
        out += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"%4\"/>")
                   .arg(num(lane.left()), num(lane.right()), num(lane.bottom()), pal.gridLine.name());
    }

    // Note lanes.
    for (int n = 0; n < 4; ++n) {
        const QRectF rect = layout.noteLaneRect(NoteLane(n));
        if (rect.isEmpty())
            continue;
        out += QStringLiteral("<rect %1 fill=\"%2\"/>").arg(rectAttrs(rect), (n % 2 ? pal.laneShadeA : pal.laneShadeB).name());
        out += textBox(QRectF(rect.left() + 14, rect.top() + 10, MapMetrics::LaneHeaderWidth - 24, rect.height() - 16),
                       QStringLiteral("lh"), noteLaneName(n));
        for (int s = 0; s < layout.stageCount(); ++s) {
            const Stage &stage = j.stages.at(s);
            const QStringList &items = n == 0 ? stage.actions : n == 1 ? stage.thoughts : n == 2 ? stage.painPoints : stage.opportunities;
            if (items.isEmpty())
                continue;
            QString list;
            for (const QString &item : items)
                list += QStringLiteral("<li>%1</li>").arg(Html::escape(item));
            const QRectF column = layout.stageColumnRect(s);
            out += textBox(QRectF(column.left() + 10, rect.top() + 6, column.width() - 20, rect.height() - 10),
                           QStringLiteral("notes n%1").arg(n), QStringLiteral("<ul>%1</ul>").arg(list));
        }
    }

    // Hand-offs under the cards.
    for (const Handoff &h : j.handoffs) {
        const QRectF from = layout.cardRect(h.fromTouchpointId);
        const QRectF to = layout.cardRect(h.toTouchpointId);
        if (from.isNull() || to.isNull())
            continue;
        out += QStringLiteral("<path class=\"handoff\" d=\"%1\"><title>%2</title></path>")
                   .arg(svgPath(MapRenderer::handoffPath(from, to)), Html::escape(h.label));
    }

    for (const Touchpoint &t : j.touchpoints) {
        const QRectF r = layout.cardRect(t.id);
        if (!r.isNull())
            card(out, project, j, t, r, layout.laneIndex(t.channelId));
    }
    out += QStringLiteral("</svg></div>");
    out += QStringLiteral("<aside class=\"details\" hidden data-l-stage=\"%1\" data-l-channel=\"%2\" data-l-message=\"%3\" "
                          "data-l-tags=\"%4\" data-l-owner=\"%5\" data-l-kpis=\"%6\" data-l-flags=\"%7\" "
                          "data-l-description=\"%8\"><button type=\"button\" class=\"close\" aria-label=\"%9\">×</button>"
                          "<h3></h3><dl></dl></aside>")
               .arg(label(QT_TRANSLATE_NOOP("omnimap::Report", "Stage")), label(QT_TRANSLATE_NOOP("omnimap::Report", "Channel")), label(QT_TRANSLATE_NOOP("omnimap::Report", "Message")), label(QT_TRANSLATE_NOOP("omnimap::Report", "Tags")), label(QT_TRANSLATE_NOOP("omnimap::Report", "Owner")), label(QT_TRANSLATE_NOOP("omnimap::Report", "KPIs")),
                    label(QT_TRANSLATE_NOOP("omnimap::Report", "Marks")), label(QT_TRANSLATE_NOOP("omnimap::Report", "Description")), label(QT_TRANSLATE_NOOP("omnimap::Report", "Close")));

    // The channel-role matrix.
    if (j.stages.isEmpty() || j.channelIds.isEmpty())
        return;
    out += QStringLiteral("<h3>%1</h3><div class=\"scroll\"><table class=\"roles\"><thead><tr><th>%2</th>")
               .arg(Html::escape(translated(QT_TRANSLATE_NOOP("omnimap::Report", "Channel roles — %1")).arg(j.name)),
                    label(QT_TRANSLATE_NOOP("omnimap::Report", "Channel")));
    for (const Stage &s : j.stages)
        out += QStringLiteral("<th>%1</th>").arg(Html::escape(s.name));
    out += QStringLiteral("</tr></thead><tbody>");
    for (const Id &channelId : j.channelIds) {
        out += QStringLiteral("<tr><th>%1</th>").arg(Html::escape(ReportData::channelName(project, channelId)));
        for (const Stage &s : j.stages) {
            const ChannelRole *role = nullptr;
            for (const ChannelRole &r : j.roles) {
                if (r.stageId == s.id && r.channelId == channelId)
                    role = &r;
            }
            const RoleLevel level = role ? role->level : RoleLevel::None;
            const QString cls = level == RoleLevel::Primary ? QStringLiteral("primary")
                : level == RoleLevel::Supporting            ? QStringLiteral("supporting")
                                                            : QStringLiteral("none");
            const QString word = level == RoleLevel::Primary ? label(QT_TRANSLATE_NOOP("omnimap::Report", "● Primary"))
                : level == RoleLevel::Supporting             ? label(QT_TRANSLATE_NOOP("omnimap::Report", "○ Supporting"))
                                                             : QStringLiteral("—");
            out += QStringLiteral("<td class=\"%1\">%2%3</td>")
                       .arg(cls, word,
                            role && !role->purpose.isEmpty()
                                ? QStringLiteral("<small>%1</small>").arg(Html::escape(role->purpose))
                                : QString());
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</tbody></table></div>");
}

} // namespace omnimap::HtmlSections
