// Journey pages: the map (drawn by the shared MapRenderer, as vectors) and the role matrix.

#include "reportsections.h"

#include "model/lookup.h"
#include "render/mapstyle.h"
#include "render/maprenderer.h"
#include "reportdata.h"
#include "reporttable.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>
#include <memory>

namespace omnimap::ReportSections {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("omnimap::Report", text);
}

/// Scene units per point below which a tiled map gets too small to read.
constexpr double kSplitScale = 0.55;

void addMapPages(ReportBook &book, const ReportContext &c, const Journey &journey)
{
    // One renderer per journey, shared by its pages: the layout is computed once.
    MapRenderOptions mapOptions;
    static_cast<MapDecorations &>(mapOptions) = c.options.mapDecorations;
    auto renderer = std::make_shared<MapRenderer>(c.project, journey.id, mapOptions);
    const QRectF bounds = renderer->boundingRect();
    // The page turns with the map: most maps are wide, a map with many lanes is tall.
    const QPageLayout::Orientation orientation =
        bounds.height() > bounds.width() * 1.1 ? QPageLayout::Portrait : QPageLayout::Landscape;
    const QRectF body = book.bodyRect(orientation);
    const double headingH = 30;
    const QSizeF area(body.width(), body.height() - headingH);
    const double fit = qMin(area.width() / bounds.width(), area.height() / bounds.height());
    const bool split = c.options.mapPaging == MapPaging::Split && fit < kSplitScale;
    const double scale = split ? kSplitScale : fit;
    const int cols = split ? int(std::ceil(bounds.width() * scale / area.width() - 1e-6)) : 1;
    const int rows = split ? int(std::ceil(bounds.height() * scale / area.height() - 1e-6)) : 1;
    const ReportStyle style = c.style;
    const QString section = tr("Journey: %1").arg(journey.name);
    const QString name = journey.name;
    const QString description = journey.description;
    for (int r = 0; r < rows; ++r) {
        for (int col = 0; col < cols; ++col) {
            const QRectF tile(bounds.left() + col * area.width() / scale, bounds.top() + r * area.height() / scale,
                              area.width() / scale, area.height() / scale);
            const QString part = split ? tr("part %1 of %2").arg(r * cols + col + 1).arg(rows * cols) : QString();
            book.addPage({orientation, section, true, [=](QPainter *p, const QRectF &b) {
                              const double h = ReportStyle::drawText(p, QRectF(b.left(), b.top(), b.width() * 0.6, 20),
                                                                     tr("Journey map — %1").arg(name),
                                                                     ReportStyle::font(13, QFont::Bold), ReportStyle::ink(),
                                                                     Qt::AlignLeft, 1);
                              ReportStyle::drawText(p, QRectF(b.left() + b.width() * 0.6, b.top() + 3, b.width() * 0.4, 16),
                                                    part.isEmpty() ? description : part, ReportStyle::font(8),
                                                    ReportStyle::muted(), Qt::AlignRight, 1);
                              p->fillRect(QRectF(b.left(), b.top() + h + 2, 28, 2), style.accent());
                              const QRectF target(b.left(), b.top() + headingH, b.width(), b.height() - headingH);
                              p->save();
                              p->setClipRect(target);
                              p->translate(target.topLeft());
                              if (!split) // centre a fitted map horizontally
                                  p->translate((target.width() - bounds.width() * scale) / 2, 0);
                              p->scale(scale, scale);
                              p->translate(-tile.topLeft());
                              renderer->paint(p, tile);
                              p->restore();
                          }});
        }
    }
}

/// Stages per role-matrix table: more columns would make the cells unreadably narrow.
constexpr int kStagesPerMatrix = 8;

ReportTable roleMatrix(const ReportContext &c, const Journey &journey, int firstStage, int stageCount)
{
    ReportTable t;
    t.fontSize = stageCount > 6 ? 7 : 8;
    t.columns.append({tr("Channel"), 1.3, Qt::AlignLeft});
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
                cell.text = tr("● Primary");
                cell.fill = primary;
                cell.bold = true;
            } else if (level == RoleLevel::Supporting) {
                cell.text = tr("○ Supporting");
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
    book.beginSection(tr("Journey maps"));
    for (const Journey *j : journeys) {
        book.beginSection(j->name, 1);
        addMapPages(book, c, *j);
        if (!j->stages.isEmpty() && !j->channelIds.isEmpty()) {
            book.beginSection(tr("Channel roles — %1").arg(j->name), 1);
            const int stageCount = int(j->stages.size());
            for (int first = 0; first < stageCount; first += kStagesPerMatrix) {
                const int count = qMin(kStagesPerMatrix, stageCount - first);
                const QString heading = stageCount > kStagesPerMatrix
                    ? tr("Channel roles — %1 (stages %2–%3)").arg(j->name).arg(first + 1).arg(first + count)
                    : tr("Channel roles — %1").arg(j->name);
                addTablePages(book, c.style, tr("Journey: %1").arg(j->name), heading,
                              first == 0 ? tr("What each channel does at each stage of the journey: the primary channel "
                                              "leads, supporting channels assist.")
                                         : QString(),
                              roleMatrix(c, *j, first, count), count > 5 ? QPageLayout::Landscape : QPageLayout::Portrait);
            }
        }
    }
}

} // namespace omnimap::ReportSections
