#pragma once

#include "experimentreadout.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace omnimap::insight {
class BackgroundJob;
class JobProgressStrip;
class InsightSession;
} // namespace omnimap::insight

namespace omnimap {

/// The Experiments tab (Data ▸ Experiment Results): reads one A/B test of the plan on
/// the open data set (sim::readExperiment) off the GUI thread, with progress and Cancel,
/// and shows the verdict in words, per variant the exposures, conversions, rate with its
/// 95 % interval, lift with its interval, the z-test's p and the probability of being
/// best, the sample-ratio check, the guard-rails and the funnel per variant. Missing
/// values are empty cells; a data set without exposures or without a "variant"
/// attribute says so instead of showing numbers (docs/experiments.md).
class ExperimentResultsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ExperimentResultsView(insight::InsightSession &session, QWidget *parent = nullptr);
    ~ExperimentResultsView() override;

    /// Picks the experiment and starts reading it.
    void showExperiment(const Id &experimentId);
    /// Reads the picked experiment now (cancels a read in progress).
    void read();
    bool isReading() const;
    /// The last readout shown (empty `name` before the first one).
    const sim::ExperimentReadout &readout() const { return m_readout; }
    QString message() const;

    QComboBox *picker() const { return m_pick; }
    QTableWidget *variantTable() const { return m_variants; }
    QTableWidget *funnelTable() const { return m_funnel; }
    QTableWidget *guardrailTable() const { return m_guardrails; }
    QLabel *verdictLabel() const { return m_verdict; }

signals:
    void readFinished();

private:
    void fillPicker();
    void showReadout();
    void showMessage(const QString &text);

    insight::InsightSession &m_session;
    insight::BackgroundJob *m_job;
    QComboBox *m_pick;
    QPushButton *m_read;
    insight::JobProgressStrip *m_jobStrip;
    QLabel *m_verdict;
    QLabel *m_reason;
    QLabel *m_notes;
    QLabel *m_design;
    QTableWidget *m_variants;
    QTableWidget *m_guardrails;
    QTableWidget *m_funnel;
    sim::ExperimentReadout m_readout;
    struct Pending;
    std::shared_ptr<Pending> m_pending;
};

} // namespace omnimap
