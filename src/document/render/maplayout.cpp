#include "maplayout.h"

#include "mapstyle.h"

#include <algorithm>

namespace omnimap {

using namespace MapMetrics;

namespace {

QSizeF cardSize(const Touchpoint &t)
{
    return {CardWidth * std::clamp(t.width, 0.6, 2.5), CardHeight * std::clamp(t.height, 0.6, 3.0)};
}

} // namespace

MapLayout::MapLayout(const Journey &journey, const IdList &personaIds, const MapRenderOptions &options)
{
    Q_UNUSED(personaIds)
    for (const Stage &stage : journey.stages) {
        m_stageIndex.insert(stage.id, int(m_stageIds.size()));
        m_stageIds.append(stage.id);
    }
    for (const Id &channelId : journey.channelIds) {
        m_laneIndex.insert(channelId, int(m_channelIds.size()));
        m_channelIds.append(channelId);
    }
    const int stages = int(m_stageIds.size());
    const int lanes = int(m_channelIds.size());

    // Group the cards by cell, in their order (stable for equal orders).
    QList<QList<const Touchpoint *>> cells(qsizetype(stages) * lanes);
    for (const Touchpoint &t : journey.touchpoints) {
        const int s = m_stageIndex.value(t.stageId, -1);
        const int l = m_laneIndex.value(t.channelId, -1);
        if (s >= 0 && l >= 0)
            cells[qsizetype(l) * stages + s].append(&t);
    }
    m_columnWidth.fill(MinColumnWidth, stages);
    m_laneHeight.fill(MinLaneHeight, lanes);
    for (int l = 0; l < lanes; ++l) {
        for (int s = 0; s < stages; ++s) {
            auto &cell = cells[qsizetype(l) * stages + s];
            std::stable_sort(cell.begin(), cell.end(),
                             [](const Touchpoint *a, const Touchpoint *b) { return a->order < b->order; });
            double height = CellPadding;
            for (const Touchpoint *t : cell) {
                const QSizeF size = cardSize(*t);
                m_columnWidth[s] = std::max(m_columnWidth[s], size.width() + 2 * CellPadding);
                height += size.height() + CardGap;
            }
            m_laneHeight[l] = std::max(m_laneHeight[l], height - CardGap + CellPadding);
        }
    }

    double x = LaneHeaderWidth;
    for (int s = 0; s < stages; ++s) {
        m_columnLeft.append(x);
        x += m_columnWidth[s];
    }
    const double right = std::max(x, LaneHeaderWidth + MinColumnWidth);

    double y = 0.0;
    m_personaHeader = QRectF(0, y, right, PersonaHeaderHeight);
    y += PersonaHeaderHeight;
    m_stageHeaderRow = QRectF(0, y, right, StageHeaderHeight);
    y += StageHeaderHeight;
    if (options.showEmotionCurve) {
        m_emotionLane = QRectF(0, y, right, EmotionLaneHeight);
        y += EmotionLaneHeight;
    }
    for (int l = 0; l < lanes; ++l) {
        m_laneTop.append(y);
        y += m_laneHeight[l];
    }
    if (options.showNoteLanes) {
        m_noteArea = QRectF(0, y, right, 4 * NoteLaneHeight);
        y += m_noteArea.height();
    }
    m_bounds = QRectF(0, 0, right, std::max(y, m_stageHeaderRow.bottom() + MinLaneHeight));

    for (int l = 0; l < lanes; ++l) {
        for (int s = 0; s < stages; ++s) {
            double cy = m_laneTop[l] + CellPadding;
            for (const Touchpoint *t : cells[qsizetype(l) * stages + s]) {
                const QSizeF size = cardSize(*t);
                const double cx = m_columnLeft[s] + (m_columnWidth[s] - size.width()) / 2.0;
                m_cards.insert(t->id, QRectF(QPointF(cx, cy), size));
                cy += size.height() + CardGap;
            }
        }
    }
}

QRectF MapLayout::noteLaneRect(NoteLane lane) const
{
    if (m_noteArea.isEmpty())
        return {};
    return QRectF(m_noteArea.left(), m_noteArea.top() + int(lane) * NoteLaneHeight, m_noteArea.width(),
                  NoteLaneHeight);
}

QRectF MapLayout::stageHeaderRect(int index) const
{
    if (index < 0 || index >= stageCount())
        return {};
    return QRectF(m_columnLeft[index], m_stageHeaderRow.top(), m_columnWidth[index], m_stageHeaderRow.height());
}

QRectF MapLayout::stageColumnRect(int index) const
{
    if (index < 0 || index >= stageCount())
        return {};
    return QRectF(m_columnLeft[index], m_stageHeaderRow.top(), m_columnWidth[index],
                  m_bounds.bottom() - m_stageHeaderRow.top());
}

QRectF MapLayout::laneRect(int index) const
{
    if (index < 0 || index >= laneCount())
        return {};
    return QRectF(0, m_laneTop[index], m_bounds.width(), m_laneHeight[index]);
}

QRectF MapLayout::laneHeaderRect(int index) const
{
    if (index < 0 || index >= laneCount())
        return {};
    return QRectF(0, m_laneTop[index], LaneHeaderWidth, m_laneHeight[index]);
}

QRectF MapLayout::cellRect(int stageIndex, int laneIndex) const
{
    if (stageIndex < 0 || stageIndex >= stageCount() || laneIndex < 0 || laneIndex >= laneCount())
        return {};
    return QRectF(m_columnLeft[stageIndex], m_laneTop[laneIndex], m_columnWidth[stageIndex], m_laneHeight[laneIndex]);
}

double MapLayout::emotionY(double score) const
{
    const double pad = 26.0;
    const double half = m_emotionLane.height() / 2.0 - pad;
    return m_emotionLane.center().y() - std::clamp(score, -5.0, 5.0) / 5.0 * half;
}

double MapLayout::emotionScoreAt(double y) const
{
    const double pad = 26.0;
    const double half = m_emotionLane.height() / 2.0 - pad;
    if (half <= 0)
        return 0.0;
    return std::clamp((m_emotionLane.center().y() - y) / half * 5.0, -5.0, 5.0);
}

double MapLayout::stageCenterX(int index) const
{
    if (index < 0 || index >= stageCount())
        return 0.0;
    return m_columnLeft[index] + m_columnWidth[index] / 2.0;
}

int MapLayout::stageAtX(double x) const
{
    // Columns are sorted by x: binary search keeps hit tests cheap on wide maps.
    const auto it = std::upper_bound(m_columnLeft.cbegin(), m_columnLeft.cend(), x);
    const int index = int(it - m_columnLeft.cbegin()) - 1;
    if (index < 0 || x >= m_columnLeft[index] + m_columnWidth[index])
        return -1;
    return index;
}

bool MapLayout::cellAt(const QPointF &pos, int *stageIndex, int *laneIndex) const
{
    const int s = stageAtX(pos.x());
    const auto it = std::upper_bound(m_laneTop.cbegin(), m_laneTop.cend(), pos.y());
    const int l = int(it - m_laneTop.cbegin()) - 1;
    if (s < 0 || l < 0 || pos.y() >= m_laneTop[l] + m_laneHeight[l])
        return false;
    if (stageIndex)
        *stageIndex = s;
    if (laneIndex)
        *laneIndex = l;
    return true;
}

} // namespace omnimap
