#pragma once

#include "experimentreadout.h"

#include "rules/rulefinding.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <memory>

class QTimer;

namespace omnimap::insight {
class BackgroundJob;
class InsightSession;
} // namespace omnimap::insight

namespace omnimap {

/// Before launch, for every experiment of the plan: the sample size per variant and how
/// many days that takes at the traffic the open data set shows at its touchpoint
/// (sim::planExperiment, two-proportion power calculation). Computed off the GUI thread
/// whenever the data set or an experiment, KPI or journey changes; published as the
/// maps' experiment badges (MapScene::setExperimentBadges) ("A/B · needs 22 days"), as data-dependent plan checks ("this
/// test needs 41 days at current traffic") and as the editor's plan text.
class ExperimentPlanner final : public QObject
{
    Q_OBJECT

public:
    explicit ExperimentPlanner(insight::InsightSession &session, QObject *parent = nullptr);
    ~ExperimentPlanner() override;

    /// Experiment id → its plan on the open data set (empty without a data set).
    const QHash<Id, sim::ExperimentPlan> &plans() const { return m_plans; }
    /// Why there is no plan at all ("no data set", a read error), else empty.
    QString status() const { return m_status; }
    bool isComputing() const;
    /// Starts a computation now (plan edits wait 300 ms for more).
    void recompute();
    /// The editor's plan text for one experiment.
    QString planText(const Experiment &experiment) const;
    /// The plan checks: "this test needs 41 days at current traffic" per experiment.
    RuleFindings findings() const;
    /// The badge of an experiment on its card or hand-off, as of `today`.
    QString badgeText(const Experiment &experiment, const QDate &today) const;
    /// Touchpoint or hand-off id → badge, as last given to the maps.
    const QHash<Id, QString> &badges() const { return m_badges; }

signals:
    void updated();

private:
    void publish();

    insight::InsightSession &m_session;
    insight::BackgroundJob *m_job;
    QTimer *m_delay;
    bool m_again = false;
    QHash<Id, sim::ExperimentPlan> m_plans;
    QString m_status;
    QHash<Id, QString> m_badges;
    QStringList m_findingsKey; ///< what the plan checks last got
    struct Pending
    {
        QHash<Id, sim::ExperimentPlan> plans;
        QString error;
    };
    std::shared_ptr<Pending> m_pending;
};

} // namespace omnimap
