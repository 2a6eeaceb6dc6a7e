#pragma once

#include "feedbackanalysis.h"
#include "feedbackpaths.h"
#include "feedbackphrases.h"

#include "document/render/maprenderoptions.h"
#include "rules/rulefinding.h"

#include <QObject>

#include <memory>

class QTimer;

namespace omnimap::insight {

class BackgroundJob;
class InsightSession;

/// What the open data set's customer feedback says about the plan (docs/feedback.md):
/// computed off the GUI thread whenever the data set or the plan changes, published as
/// the map's measured emotion line (map decorations), the emotion-gap plan checks and
/// the statistics the Feedback tab shows.
class FeedbackController final : public QObject
{
    Q_OBJECT

public:
    struct Results
    {
        std::shared_ptr<const sim::FeedbackTable> table; ///< null: no local data set or no feedback
        /// stage id → persona id → point (all journeys of the plan).
        QHash<Id, QHash<Id, MeasuredEmotionPoint>> measured;
        RuleFindings findings;
        std::vector<sim::FeedbackGroup> byStage, byTouchpoint, byChannel;
        sim::FeedbackStats overall;
        std::vector<sim::DetractorPath> detractorPaths;
        QString error;
    };

    explicit FeedbackController(InsightSession &session, QObject *parent = nullptr);
    ~FeedbackController() override;

    const Results &results() const { return m_results; }
    bool isComputing() const;
    /// Starts a computation now (the plan-change path waits 300 ms for more edits).
    void recompute();

signals:
    void updated();

private:
    void publish();

    InsightSession &m_session;
    BackgroundJob *m_job;
    QTimer *m_delay;
    bool m_again = false;
    Results m_results;
    std::shared_ptr<Results> m_pending;
};

} // namespace omnimap::insight
