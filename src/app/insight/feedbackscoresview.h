#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace omnimap::insight {

class FeedbackController;

/// The Dashboard's customer-feedback card (issue 15, docs/feedback.md): NPS and CSAT per
/// stage and per channel, each with its n. A score from fewer than kMinMeasuredN answers
/// is not shown as a number ("too few"), and the card says so, rather than letting three
/// answers pass for a stage's NPS. Filled from the FeedbackController's results, so it
/// costs no extra reading of the data set.
class FeedbackScoresView final : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackScoresView(FeedbackController &controller, QWidget *parent = nullptr);

    QTableWidget *stageTable() const { return m_stages; }
    QTableWidget *channelTable() const { return m_channels; }
    QLabel *messageLabel() const { return m_message; }

    void refresh();

private:
    FeedbackController &m_controller;
    QLabel *m_message;
    QTableWidget *m_stages;
    QTableWidget *m_channels;
};

} // namespace omnimap::insight
