// Journey pages: the map (drawn by the shared MapRenderer, as vectors) and the role matrix.

#include "reportsections.h"

#include "model/lookup.h"
#include "render/mapstyle.h"
#include "render/maprenderer.h"
#include "maptiling.h"
#include "reportdata.h"
#include "reporttable.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <memory>

namespace omnimap::ReportSections {

namespace {

struct ReportjourneysTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

/// Draws the tile's spans side by side at `origin`, each clipped to itself, so a repeated
/// header column sits flush against the part of the map it labels.
void paintTile(QPainter *p, const MapRenderer &renderer, const MapTiling::Tile &tile, const QPointF &origin,
               double scale)
{
    double py = origin.y();
    for (qsizetype yi = 0; yi < tile.ys.size(); ++yi) {
        const MapTiling::Span &y = tile.ys.at(yi);
        double px = origin.x();
        for (qsizetype xi = 0; xi < tile.xs.size(); ++xi) {
            const MapTiling::Span &x = tile.xs.at(xi);
            const QRectF scene(x.from, y.from, x.length(), y.length());
            const QRectF page(px, py, x.length() * scale, y.length() * scale);
            p->save();
            p->setClipRect(page);
            p->translate(page.topLeft());
            p->scale(scale, scale);
            p->translate(-scene.topLeft());
            renderer.paint(p, scene);
            p->restore();
            px += page.width();
        }
        py += y.length() * scale;
    }
    // A fine rule where a repeated header meets the map, so it reads as a repeat.
    p->setPen(QPen(ReportStyle::muted(), 0.6, Qt::DashLine));
    const QSizeF size = tile.sceneSize() * scale;
    if (tile.xs.size() > 1) {
        const double x = origin.x() + tile.xs.constFirst().length() * scale;
        p->drawLine(QPointF(x, origin.y()), QPointF(x, origin.y() + size.height()));
    }
    if (tile.ys.size() > 1) {
        const double y = origin.y() + tile.ys.constFirst().length() * scale;
        p->drawLine(QPointF(origin.x(), y), QPointF(origin.x() + size.width(), y));
    }
}

/// A small marker pointing at the next part: "3 →" at the right edge, "↓ 5" at the bottom.
void paintContinuation(QPainter *p, const QPointF &anchor, const QString &text, Qt::Alignment align)
{
    const QFont font = ReportStyle::font(8, QFont::Bold);
    const double w = QFontMetricsF(font).horizontalAdvance(text) + 12;
    QRectF pill(anchor.x() - w / 2, anchor.y() - 8, w, 16);
    if (align & Qt::AlignRight)
        pill.moveRight(anchor.x());
    if (align & Qt::AlignBottom)
        pill.moveBottom(anchor.y());
    p->setPen(QPen(ReportStyle::rule(), 0.6));
    p->setBrush(Qt::white);
    p->drawRoundedRect(pill, 8, 8);
    ReportStyle::drawText(p, pill.adjusted(6, 2, -6, -2), text, font, ReportStyle::ink(), Qt::AlignHCenter, 1);
}

QPageLayout::Orientation mapOrientation(const ReportContext &c, const QRectF &bounds)
{
    switch (c.options.mapOrientation) {
    case MapOrientation::Portrait:
        return QPageLayout::Portrait;
    case MapOrientation::Landscape:
        return QPageLayout::Landscape;
    case MapOrientation::Auto:
        break;
    }
    // The page turns with the map: most maps are wide, a map with many lanes is tall.
    return bounds.height() > bounds.width() * 1.1 ? QPageLayout::Portrait : QPageLayout::Landscape;
}

/// The poster's paper: the book's paper or the smallest larger ISO A size that holds
/// `body` points in `orientation`; a page cut to measure when even A0 is too small.
QPageSize posterPaper(const QPageSize &bookPaper, const QSizeF &body, QPageLayout::Orientation orientation)
{
    const QSizeF need = ReportBook::pageSizeForBody(body);
    auto holds = [&](const QPageSize &paper) {
        QSizeF size = paper.size(QPageSize::Point);
        if (orientation == QPageLayout::Landscape)
            size.transpose();
        return size.width() + 0.5 >= need.width() && size.height() + 0.5 >= need.height();
    };
    const double bookArea = bookPaper.size(QPageSize::Point).width() * bookPaper.size(QPageSize::Point).height();
    QList<QPageSize> candidates{bookPaper};
    for (QPageSize::PageSizeId id : {QPageSize::A3, QPageSize::A2, QPageSize::A1, QPageSize::A0}) {
        const QPageSize paper(id);
        const QSizeF s = paper.size(QPageSize::Point);
        if (s.width() * s.height() > bookArea + 1)
            candidates.append(paper);
    }
    for (const QPageSize &paper : candidates) {
        if (holds(paper))
            return paper;
    }
    QSizeF portrait = orientation == QPageLayout::Landscape ? need.transposed() : need;
    return QPageSize(portrait, QPageSize::Point, ReportjourneysTr::tr("Poster"), QPageSize::ExactMatch);
}

void addMapPages(ReportBook &book, const ReportContext &c, const Journey &journey)
{
    // One renderer per journey, shared by its pages: the layout is computed once.
    MapRenderOptions mapOptions;
    static_cast<MapDecorations &>(mapOptions) = c.options.mapDecorations;
    auto renderer = std::make_shared<MapRenderer>(c.project, journey.id, mapOptions);
    const QRectF bounds = renderer->boundingRect();
    const MapTiling::MapGeometry geometry = MapTiling::geometryOf(renderer->layout());
    const double headingH = 30;
    const ReportStyle style = c.style;
    const QString section = ReportjourneysTr::tr("Journey: %1").arg(journey.name);
    const QString name = journey.name;
    const QString description = journey.description;
    auto heading = [=](QPainter *p, const QRectF &b, const QString &title, const QString &note) {
        const double h = ReportStyle::drawText(p, QRectF(b.left(), b.top(), b.width() * 0.6, 20), title,
                                               ReportStyle::font(13, QFont::Bold), ReportStyle::ink(), Qt::AlignLeft, 1);
        ReportStyle::drawText(p, QRectF(b.left() + b.width() * 0.6, b.top() + 3, b.width() * 0.4, 16), note,
                              ReportStyle::font(8), ReportStyle::muted(), Qt::AlignRight, 1);
        p->fillRect(QRectF(b.left(), b.top() + h + 2, 28, 2), style.accent());
    };

    // The orientation asked for; on "automatic" the page turns with the map, unless the
    // other way round fits it on one legible page, or on fewer legible parts.
    QPageLayout::Orientation orientation = mapOrientation(c, bounds);
    auto areaFor = [&](QPageLayout::Orientation o) {
        ReportPage probe;
        probe.orientation = o;
        const QRectF body = book.bodyRect(probe);
        return QSizeF(body.width(), body.height() - headingH);
    };
    if (c.options.mapOrientation == MapOrientation::Auto && c.options.mapPaging == MapPaging::Auto) {
        const QPageLayout::Orientation other =
            orientation == QPageLayout::Landscape ? QPageLayout::Portrait : QPageLayout::Landscape;
        const double fitHere = MapTiling::fitScale(bounds, areaFor(orientation));
        const double fitOther = MapTiling::fitScale(bounds, areaFor(other));
        if (fitHere < MapTiling::kLegibleScale) {
            if (fitOther >= MapTiling::kLegibleScale
                || MapTiling::tile(geometry, areaFor(other), MapTiling::kLegibleScale).tiles.size()
                    < MapTiling::tile(geometry, areaFor(orientation), MapTiling::kLegibleScale).tiles.size())
                orientation = other;
        }
    }
    ReportPage probe;
    probe.orientation = orientation;
    if (c.options.mapPaging == MapPaging::Poster) {
        double scale = MapTiling::kPosterScale;
        // A poster beyond what PDF viewers accept shrinks, but never below the legible scale.
        const double maxScale = MapTiling::fitScale(bounds, QSizeF(MapTiling::kMaxPagePt - 200, MapTiling::kMaxPagePt - 200));
        scale = std::max(std::min(scale, maxScale), std::min(MapTiling::kLegibleScale, scale));
        const QSizeF body(bounds.width() * scale, bounds.height() * scale + headingH);
        probe.paperSize = posterPaper(book.qPageSize(), body, orientation);
        const MapTiling::Tile tile = MapTiling::single(geometry, scale).tiles.constFirst();
        ReportPage page = probe;
        page.section = section;
        page.paint = [=](QPainter *p, const QRectF &b) {
            heading(p, b, ReportjourneysTr::tr("Journey map — %1").arg(name), description);
            paintTile(p, *renderer, tile, QPointF(b.left(), b.top() + headingH), scale);
        };
        book.addPage(page);
        return;
    }

    const QSizeF area = areaFor(orientation);
    const double fit = MapTiling::fitScale(bounds, area);
    if (c.options.mapPaging == MapPaging::Overview || fit >= MapTiling::kLegibleScale) {
        const MapTiling::Tile tile = MapTiling::single(geometry, fit).tiles.constFirst();
        ReportPage page = probe;
        page.section = section;
        page.paint = [=](QPainter *p, const QRectF &b) {
            heading(p, b, ReportjourneysTr::tr("Journey map — %1").arg(name), description);
            // Centre a fitted map horizontally.
            paintTile(p, *renderer, tile, QPointF(b.left() + (b.width() - bounds.width() * fit) / 2, b.top() + headingH), fit);
        };
        book.addPage(page);
        return;
    }

    // Too small to read on one page: a whole-map overview with the parts marked, then
    // the parts at a legible size.
    const auto plan = std::make_shared<MapTiling::Plan>(MapTiling::tile(geometry, area, MapTiling::kLegibleScale));
    const int parts = int(plan->tiles.size());
    ReportPage overview = probe;
    overview.section = section;
    overview.paint = [=](QPainter *p, const QRectF &b) {
        // "overview" before the name, so an elided long name cannot hide it.
        heading(p, b, ReportjourneysTr::tr("Journey map overview — %1").arg(name),
                ReportjourneysTr::tr("Not to scale: the map follows in %1 parts at a readable size").arg(parts));
        const QPointF origin(b.left() + (b.width() - bounds.width() * fit) / 2, b.top() + headingH);
        paintTile(p, *renderer, MapTiling::single(geometry, fit).tiles.constFirst(), origin, fit);
        for (int i = 0; i < parts; ++i) {
            const QRectF content = plan->tiles.at(i).content().translated(-bounds.topLeft());
            const QRectF r(origin + content.topLeft() * fit, content.size() * fit);
            p->setPen(QPen(style.accent(), 1.2));
            p->setBrush(Qt::NoBrush);
            p->drawRect(r);
            paintContinuation(p, r.center(), QString::number(i + 1), Qt::AlignCenter);
        }
    };
    book.addPage(overview);
    for (int i = 0; i < parts; ++i) {
        const MapTiling::Tile tile = plan->tiles.at(i);
        const int right = plan->indexAt(tile.row, tile.col + 1);
        const int below = plan->indexAt(tile.row + 1, tile.col);
        QString part = ReportjourneysTr::tr("part %1 of %2").arg(i + 1).arg(parts);
        if (right >= 0)
            part += QStringLiteral(" →");
        ReportPage page = probe;
        page.section = section;
        page.paint = [=](QPainter *p, const QRectF &b) {
            heading(p, b, ReportjourneysTr::tr("Journey map — %1").arg(name), part);
            const QPointF origin(b.left(), b.top() + headingH);
            const double scale = plan->scale;
            paintTile(p, *renderer, tile, origin, scale);
            const QSizeF size = tile.sceneSize() * scale;
            if (right >= 0)
                paintContinuation(p, QPointF(origin.x() + size.width(), origin.y() + size.height() / 2),
                                  ReportjourneysTr::tr("%1 →").arg(right + 1), Qt::AlignRight);
            if (below >= 0)
                paintContinuation(p, QPointF(origin.x() + size.width() / 2, origin.y() + size.height()),
                                  ReportjourneysTr::tr("↓ %1").arg(below + 1), Qt::AlignBottom);
        };
        book.addPage(page);
    }
}

/// Stages per role-matrix table: more columns would make the cells unreadably narrow.
constexpr int kStagesPerMatrix = 8;

ReportTable roleMatrix(const ReportContext &c, const Journey &journey, int firstStage, int stageCount)
{
    ReportTable t;
    t.fontSize = stageCount > 6 ? 7 : 8;
    t.columns.append({ReportjourneysTr::tr("Channel"), 1.3, Qt::AlignLeft});
    const QList<Stage> stages = journey.stages.mid(firstStage, stageCount);
    for (const Stage &s : stages)
        t.columns.append({s.name, 1.0, Qt::AlignLeft});
    const QColor primary = c.style.accent();
    const QColor supporting = c.style.accentTint();
    for (int lane = 0; lane < journey.channelIds.size(); ++lane) {
        const Channel *ch = findById(c.project.channels, journey.channelIds.at(lane));
        QList<ReportTableCell> row;
        ReportTableCell head{ch ? ch->name : journey.channelIds.at(lane), {}, {}, {}, true, {}};
        head.stripe = channelColor(ch ? ch->color : QString(), lane);
        row.append(head);
        for (const Stage &s : stages) {
            const ChannelRole *role = nullptr;
            for (const ChannelRole &r : journey.roles) {
                if (r.stageId == s.id && r.channelId == journey.channelIds.at(lane))
                    role = &r;
            }
            ReportTableCell cell;
            const RoleLevel level = role ? role->level : RoleLevel::None;
            // A word and a fill for each level, so the matrix reads in black and white too.
            if (level == RoleLevel::Primary) {
                cell.text = ReportjourneysTr::tr("● Primary");
                cell.fill = primary;
                cell.bold = true;
            } else if (level == RoleLevel::Supporting) {
                cell.text = ReportjourneysTr::tr("○ Supporting");
                cell.fill = supporting;
            } else {
                cell.text = QStringLiteral("—");
                cell.fill = Qt::white;
            }
            if (role)
                cell.detail = role->purpose;
            row.append(cell);
        }
        t.rows.append(row);
    }
    return t;
}

} // namespace

void addJourneys(ReportBook &book, const ReportContext &c)
{
    const QList<const Journey *> journeys = ReportData::journeysFor(c.project, c.options.journeyId);
    if (journeys.isEmpty())
        return;
    book.beginSection(ReportjourneysTr::tr("Journey maps"));
    for (const Journey *j : journeys) {
        book.beginSection(j->name, 1);
        addMapPages(book, c, *j);
        if (!j->stages.isEmpty() && !j->channelIds.isEmpty()) {
            book.beginSection(ReportjourneysTr::tr("Channel roles — %1").arg(j->name), 1);
            const int stageCount = int(j->stages.size());
            for (int first = 0; first < stageCount; first += kStagesPerMatrix) {
                const int count = qMin(kStagesPerMatrix, stageCount - first);
                const QString heading = stageCount > kStagesPerMatrix
                    ? ReportjourneysTr::tr("Channel roles — %1 (stages %2–%3)").arg(j->name).arg(first + 1).arg(first + count)
                    : ReportjourneysTr::tr("Channel roles — %1").arg(j->name);
                addTablePages(book, c.style, ReportjourneysTr::tr("Journey: %1").arg(j->name), heading,
                              first == 0 ? ReportjourneysTr::tr("What each channel does at each stage of the journey: the primary channel "
                                              "leads, supporting channels assist.")
                                         : QString(),
                              roleMatrix(c, *j, first, count), count > 5 ? QPageLayout::Landscape : QPageLayout::Portrait);
            }
        }
    }
}

} // namespace omnimap::ReportSections
