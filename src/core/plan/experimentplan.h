#pragma once

#include "model/project.h"

#include <QList>
#include <QStringList>

namespace omnimap {

/// A new experiment with two even arms "A" (control) and "B" and fresh ids.
Experiment newExperiment(const QString &name);

/// Where an experiment runs: a touchpoint's or a hand-off's, in one journey.
struct ExperimentPlace
{
    const Journey *journey = nullptr;
    const Touchpoint *touchpoint = nullptr; ///< the touchpoint, or the hand-off's origin
    const Handoff *handoff = nullptr;       ///< set for a hand-off experiment
    const Experiment *experiment = nullptr;
    QString targetName; ///< "Order app" or "Store → App (QR scan)"
};

/// Every experiment of the plan in map order (journeys, touchpoints, then hand-offs).
QList<ExperimentPlace> experimentsOf(const Project &project);

/// The experiment named `name` (case-insensitive), or with that id; the only one when
/// `name` is empty and the plan has exactly one. `why` says what went wrong otherwise.
std::optional<ExperimentPlace> findExperiment(const Project &project, const QString &name, QString *why = nullptr);

/// The design's problems in words (empty: the experiment can be planned and read):
/// fewer than two variants, empty or repeated labels, a split that does not add to
/// 100 %, no primary KPI or one without a data binding, an MDE of zero, α or power out
/// of range, an end before the start.
QStringList experimentDesignProblems(const Project &project, const Experiment &experiment);

/// Planned shares as fractions of their total (1/k each when they add to nothing).
std::vector<double> plannedShares(const Experiment &experiment);

} // namespace omnimap
