#include "timelinecanvas.h"

#include "app/shell/drawntexts.h"

#include "model/lookup.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace omnimap {

int TimelineCanvas::s_nextDragId = 1;

static constexpr int kEdgeGrip = 6; // pixels at a bar's ends that resize instead of move

TimelineCanvas::TimelineCanvas(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Campaign timeline"));
}

void TimelineCanvas::clear()
{
    m_campaign = Campaign{};
    m_lanes.clear();
    m_rowInLane.clear();
    m_first = m_last = QDate();
    updateGeometry();
    update();
}

void TimelineCanvas::setCampaign(const Project &project, const Campaign &campaign)
{
    m_project = project;
    m_campaign = campaign;
    m_lanes.clear();
    const Journey *journey = findById(project.journeys, campaign.journeyId);
    IdList channelIds = journey ? journey->channelIds : IdList();
    for (const BudgetLine &line : campaign.budget) {
        if (!channelIds.contains(line.channelId))
            channelIds << line.channelId;
    }
    for (const PlannedAction &action : campaign.actions) {
        const Id channelId = actionChannelId(project, action);
        if (!channelIds.contains(channelId))
            channelIds << channelId;
    }
    for (const Id &id : channelIds) {
        const Channel *c = findById(project.channels, id);
        const QColor color(c && QColor::isValidColorName(c->color) ? c->color : QStringLiteral("#4C78A8"));
        m_lanes.append({id, c ? c->name : (id.isEmpty() ? tr("(no channel)") : id), color});
    }
    if (!m_dragging)
        layoutRange();
    layoutRows();
    updateGeometry();
    update();
}

void TimelineCanvas::layoutRows()
{
    // Greedy in the plan's order of actions (stable while one is dragged): each action
    // takes the first row of its lane where it overlaps nothing already placed.
    m_rowInLane.clear();
    QList<QList<QList<DateSpan>>> placed(m_lanes.size()); // lane → row → spans
    for (const PlannedAction &action : m_campaign.actions) {
        const DateSpan span = actionSpan(action);
        const int lane = rowOf(action);
        if (!span.isValid() || lane < 0)
            continue;
        QList<QList<DateSpan>> &rows = placed[lane];
        int row = 0;
        for (; row < rows.size(); ++row) {
            const bool free = std::none_of(rows.at(row).cbegin(), rows.at(row).cend(),
                                           [&](const DateSpan &other) { return span.overlaps(other); });
            if (free)
                break;
        }
        if (row == rows.size())
            rows.append(QList<DateSpan>());
        rows[row].append(span);
        m_rowInLane.insert(action.id, row);
    }
    int top = kHeaderHeight;
    for (int i = 0; i < m_lanes.size(); ++i) {
        m_lanes[i].top = top;
        m_lanes[i].rows = std::max<int>(1, int(placed.at(i).size()));
        top += m_lanes.at(i).rows * kRowHeight;
    }
}

void TimelineCanvas::layoutRange()
{
    DateSpan range = campaignSpan(m_campaign);
    for (const PlannedAction &action : m_campaign.actions) {
        const DateSpan span = actionSpan(action);
        if (!span.isValid())
            continue;
        if (!range.start.isValid() || span.start < range.start)
            range.start = span.start;
        if (!range.end.isValid() || span.end > range.end)
            range.end = span.end;
    }
    if (!range.start.isValid() || !range.end.isValid()) {
        m_first = m_last = QDate();
        return;
    }
    // A few days either side so bars can be dragged past the campaign's ends.
    m_first = range.start.addDays(-3);
    m_last = range.end.addDays(3);
}

void TimelineCanvas::setSelectedActionId(const Id &actionId)
{
    m_selected = actionId;
    update();
}

QSize TimelineCanvas::sizeHint() const
{
    const qint64 days = m_first.isValid() ? m_first.daysTo(m_last) + 1 : 30;
    const int lanesBottom = m_lanes.isEmpty() ? kHeaderHeight + kRowHeight : m_lanes.last().top + m_lanes.last().rows * kRowHeight;
    return {kLaneHeader + int(days) * kDayWidth + 8, lanesBottom + 8};
}

int TimelineCanvas::xOf(const QDate &day) const
{
    return kLaneHeader + int(m_first.daysTo(day)) * kDayWidth;
}

int TimelineCanvas::rowOf(const PlannedAction &action) const
{
    const Id channelId = actionChannelId(m_project, action);
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes.at(i).channelId == channelId)
            return i;
    }
    return -1;
}

const PlannedAction *TimelineCanvas::findAction(const Id &id) const
{
    return findById(m_campaign.actions, id);
}

QRect TimelineCanvas::barRect(const Id &actionId) const
{
    const PlannedAction *action = findAction(actionId);
    if (!action || !m_first.isValid())
        return {};
    const DateSpan span = actionSpan(*action);
    const int row = rowOf(*action);
    if (!span.isValid() || row < 0)
        return {};
    const int top = m_lanes.at(row).top + m_rowInLane.value(action->id) * kRowHeight + 6;
    return QRect(xOf(span.start) + 1, top, int(span.lengthDays()) * kDayWidth - 2, kRowHeight - 12);
}

const PlannedAction *TimelineCanvas::actionAt(const QPoint &pos, SpanEdit *edit) const
{
    // Later actions are drawn on top, so they are hit first.
    for (qsizetype i = m_campaign.actions.size() - 1; i >= 0; --i) {
        const PlannedAction &action = m_campaign.actions.at(i);
        const QRect bar = barRect(action.id);
        if (!bar.adjusted(-2, 0, 2, 0).contains(pos))
            continue;
        if (edit) {
            *edit = SpanEdit::Move;
            if (bar.width() > 3 * kEdgeGrip) {
                if (pos.x() <= bar.left() + kEdgeGrip)
                    *edit = SpanEdit::ResizeStart;
                else if (pos.x() >= bar.right() - kEdgeGrip)
                    *edit = SpanEdit::ResizeEnd;
            } else if (pos.x() >= bar.right() - 2) {
                *edit = SpanEdit::ResizeEnd; // a one-day bar still grows from its right edge
            }
        }
        return &action;
    }
    return nullptr;
}

QString TimelineCanvas::monthYearLabel(const QLocale &locale, QDate day)
{
    // "November 2026", but "2026년 11월" in Korean (year first, as Korean writes it;
    // Qt's "MMMM yyyy" would give "11월 2026").
    switch (locale.language()) {
    case QLocale::Korean:
        return locale.toString(day, QStringLiteral("yyyy년 M월"));
    case QLocale::Japanese:
    case QLocale::Chinese:
        return locale.toString(day, QStringLiteral("yyyy年M月"));
    default:
        return locale.toString(day, QStringLiteral("MMMM yyyy"));
    }
}

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::WindowText);
    const QColor grid = palette().color(QPalette::Mid);
    if (!m_first.isValid()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Give the campaign a start and an end date to see its timeline."));
        return;
    }
    const QLocale locale;
    const int bottom = m_lanes.isEmpty() ? kHeaderHeight : m_lanes.last().top + m_lanes.last().rows * kRowHeight;
    // Campaign period.
    const DateSpan period = campaignSpan(m_campaign);
    if (period.isValid()) {
        painter.fillRect(QRect(xOf(period.start), kHeaderHeight, int(period.lengthDays()) * kDayWidth,
                               bottom - kHeaderHeight),
                         QColor(0x4c, 0x78, 0xa8, 28));
    }
    // Day grid, months and year boundaries.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    QFont bold = font();
    bold.setBold(true);
    QList<DrawnText> drawn;
    for (QDate day = m_first; day <= m_last; day = day.addDays(1)) {
        const int x = xOf(day);
        const bool monthStart = day.day() == 1 || day == m_first;
        if (day.dayOfWeek() >= 6)
            painter.fillRect(QRect(x, kHeaderHeight, kDayWidth, bottom - kHeaderHeight), QColor(0, 0, 0, 10));
        painter.setPen(QPen(day.dayOfYear() == 1 ? text : grid, day.dayOfYear() == 1 ? 1.5 : 0.5));
        painter.drawLine(x, monthStart ? 0 : kHeaderHeight - 14, x, bottom);
        painter.setFont(small);
        painter.setPen(text);
        painter.drawText(QRect(x, kHeaderHeight - 16, kDayWidth, 16), Qt::AlignCenter, QString::number(day.day()));
        if (monthStart) {
            // The label may use the days up to the next month (a month that starts near
            // the end of the first one would write over it: "NovemberD2026ember").
            const QDate next = QDate(day.year(), day.month(), 1).addMonths(1);
            const int room = xOf(std::min(next, m_last.addDays(1))) - x - 6;
            const QFontMetrics metrics(bold);
            const QString label = metrics.elidedText(monthYearLabel(locale, day), Qt::ElideRight, room);
            if (room < metrics.horizontalAdvance(QStringLiteral("…")) * 3 || label.isEmpty())
                continue;
            painter.setFont(bold);
            const QRect box(x + 3, 2, room, 20);
            painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, label);
            drawn.append({box, label, double(metrics.horizontalAdvance(label))});
        }
    }
    publishDrawnTexts(this, drawn);
    // Lanes.
    painter.setFont(font());
    for (int i = 0; i < m_lanes.size(); ++i) {
        const int top = m_lanes.at(i).top;
        const int height = m_lanes.at(i).rows * kRowHeight;
        painter.setPen(QPen(grid, 0.5));
        painter.drawLine(0, top + height, width(), top + height);
        painter.fillRect(QRect(0, top, 5, height), m_lanes.at(i).color);
        painter.setPen(text);
        painter.drawText(QRect(10, top, kLaneHeader - 14, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(m_lanes.at(i).name, Qt::ElideRight, kLaneHeader - 14));
    }
    // Actions.
    painter.setRenderHint(QPainter::Antialiasing);
    for (const PlannedAction &action : m_campaign.actions) {
        const QRect bar = barRect(action.id);
        if (bar.isEmpty())
            continue;
        const int row = rowOf(action);
        QColor fill = m_lanes.at(row).color;
        QPainterPath path;
        path.addRoundedRect(QRectF(bar), 5, 5);
        painter.fillPath(path, fill);
        const bool outside = period.isValid() && !period.contains(actionSpan(action));
        const bool selected = action.id == m_selected;
        if (outside || selected) {
            painter.setPen(QPen(outside ? QColor(0xd6, 0x45, 0x45) : palette().color(QPalette::Highlight),
                                selected ? 3 : 2, outside && !selected ? Qt::DashLine : Qt::SolidLine));
            painter.drawPath(path);
        }
        painter.setPen(fill.lightnessF() > 0.6 ? QColor(0x20, 0x20, 0x20) : Qt::white);
        QString label = action.title;
        if (action.promotion)
            label.prepend(QStringLiteral("% "));
        if (outside)
            label.prepend(QStringLiteral("⚠ "));
        painter.drawText(bar.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(label, Qt::ElideRight, qMax(0, bar.width() - 10)));
    }
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    SpanEdit edit = SpanEdit::Move;
    const PlannedAction *action = actionAt(event->position().toPoint(), &edit);
    m_selected = action ? action->id : Id();
    emit actionSelected(m_selected);
    update();
    if (!action || event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_dragAction = action->id;
    m_dragOrigin = actionSpan(*action);
    m_dragEdit = edit;
    m_dragStartX = event->position().toPoint().x();
    m_dragDays = 0;
    m_dragId = s_nextDragId++;
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        SpanEdit edit = SpanEdit::Move;
        const PlannedAction *hover = actionAt(event->position().toPoint(), &edit);
        setCursor(!hover ? Qt::ArrowCursor : edit == SpanEdit::Move ? Qt::SizeAllCursor : Qt::SizeHorCursor);
        return;
    }
    const qint64 days = qRound(double(event->position().toPoint().x() - m_dragStartX) / kDayWidth);
    if (days == m_dragDays)
        return;
    m_dragDays = days;
    emit actionEdited(m_dragAction, editSpan(m_dragOrigin, m_dragEdit, days), m_dragId);
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *)
{
    if (!m_dragging)
        return;
    m_dragging = false;
    layoutRange();
    updateGeometry();
    update();
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    const PlannedAction *action = findAction(m_selected);
    const bool left = event->key() == Qt::Key_Left;
    if (!action || (!left && event->key() != Qt::Key_Right)) {
        QWidget::keyPressEvent(event);
        return;
    }
    // Arrow: move a day; Shift+arrow: change the end; each press is its own undo step.
    const SpanEdit edit = event->modifiers() & Qt::ShiftModifier ? SpanEdit::ResizeEnd : SpanEdit::Move;
    emit actionEdited(action->id, editSpan(actionSpan(*action), edit, left ? -1 : 1), s_nextDragId++);
}

} // namespace omnimap
