#pragma once

#include "feedbackanalysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace omnimap::insight {

class FeedbackController;
class InsightSession;

/// The Feedback tab (Data ▸ Feedback): NPS, CSAT and the measured emotion per stage,
/// touchpoint or channel; for the selected row the most frequent phrases of low-score
/// feedback with example quotes, and "Make Pain Point", which adds the phrase to the
/// stage's pain points (undoable); the paths detractors followed. All text is shown
/// as plain text: feedback is untrusted input.
class FeedbackPanel final : public QWidget
{
    Q_OBJECT

public:
    FeedbackPanel(InsightSession &session, FeedbackController &controller, QWidget *parent = nullptr);

    QTableWidget *groupTable() const { return m_groups; }
    QTableWidget *phraseTable() const { return m_phrases; }
    QPushButton *painPointButton() const { return m_painPoint; }
    QComboBox *groupBy() const { return m_by; }
    /// Adds the selected phrase to its stage's pain points (one undo step). False when
    /// no phrase is selected or its group is not on a stage of the plan.
    bool makePainPoint();

private:
    void refresh();
    void showPhrases();
    sim::FeedbackBy by() const;
    /// The plan stage (journey id, stage id) of the selected group, if any.
    std::pair<Id, Id> selectedStage() const;

    InsightSession &m_session;
    FeedbackController &m_controller;
    QLabel *m_summary;
    QComboBox *m_by;
    QTableWidget *m_groups;
    QTableWidget *m_phrases;
    QTableWidget *m_paths;
    QPushButton *m_painPoint;
};

} // namespace omnimap::insight
