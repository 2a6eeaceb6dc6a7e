#pragma once

#include <QDate>
#include <QLocale>

#include "model/project.h"
#include "plan/campaignschedule.h"

#include <QColor>
#include <QHash>
#include <QWidget>

namespace omnimap {

/// The Gantt-like drawing of one campaign: a lane per channel, a bar per planned action
/// over the days, the campaign's period shaded. Actions of one channel whose days overlap
/// go on rows of their own inside the lane, so no bar hides another. It only displays: dragging a bar (body
/// to move, an edge to resize) or the arrow keys emit actionEdited() with the span the
/// action would get, and the owner turns that into an undo command.
class TimelineCanvas final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineCanvas(QWidget *parent = nullptr);

    /// Shows `campaign` of `project` (copied). The day range is kept while a drag is
    /// under way so the bar stays under the mouse.
    void setCampaign(const Project &project, const Campaign &campaign);
    void clear();

    Id selectedActionId() const { return m_selected; }
    void setSelectedActionId(const Id &actionId);

    /// Day range shown and geometry, for tests and the owner.
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    static constexpr int kLaneHeader = 150;
    static constexpr int kDayWidth = 22;
    /// The month heading: "November 2026", "2026년 11월".
    static QString monthYearLabel(const QLocale &locale, QDate day);
    static constexpr int kHeaderHeight = 44;
    static constexpr int kRowHeight = 36;
    /// The bar of an action, in widget coordinates (empty when not shown).
    QRect barRect(const Id &actionId) const;

    QSize sizeHint() const override;
    /// The whole drawing: in its scroll area the canvas is never squeezed below it, so
    /// rows and days that do not fit are scrolled to, not cut off.
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    /// A drag (same dragId for all its moves) or a key press wants the action at `span`.
    void actionEdited(const omnimap::Id &actionId, const omnimap::DateSpan &span, int dragId);
    void actionSelected(const omnimap::Id &actionId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Lane
    {
        Id channelId;
        QString name;
        QColor color;
        int top = 0;  ///< y of the lane's first row
        int rows = 1; ///< rows its overlapping actions need
    };
    void layoutRange();
    void layoutRows();
    int rowOf(const PlannedAction &action) const;
    int xOf(const QDate &day) const;
    const PlannedAction *actionAt(const QPoint &pos, SpanEdit *edit) const;
    const PlannedAction *findAction(const Id &id) const;

    Project m_project;
    Campaign m_campaign;
    QList<Lane> m_lanes;
    QHash<Id, int> m_rowInLane; ///< the row of each action inside its lane
    QDate m_first;
    QDate m_last;
    Id m_selected;

    // Drag state: the span at press and what the drag does.
    bool m_dragging = false;
    Id m_dragAction;
    DateSpan m_dragOrigin;
    SpanEdit m_dragEdit = SpanEdit::Move;
    int m_dragStartX = 0;
    qint64 m_dragDays = 0;
    int m_dragId = 0;
    static int s_nextDragId;
};

} // namespace omnimap
