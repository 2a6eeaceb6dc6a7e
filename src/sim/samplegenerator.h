#pragma once

#include "dataset.h"
#include "importtypes.h"

#include "model/project.h"

namespace omnimap::sim {

struct GeneratorOptions
{
    std::int64_t events = 100000; ///< exactly this many events are written
    std::uint64_t seed = 1;
    omnimap::Id journeyId;        ///< empty: the project's first journey
    std::int64_t startMs = 1704067200000; ///< 2024-01-01T00:00:00Z: first journeys start here
    double feedbackShare = 0.25; ///< share of journeys that leave feedback (docs/feedback.md); 0: none
    ProgressCallback progress;
    const std::atomic<bool> *cancel = nullptr;
    /// The experiment whose arms customers are assigned to (attribute "variant", drawn by
    /// the planned split): its name or id; empty: the journey's only experiment, if any.
    QString experiment;
    /// Planted effects: variant label → absolute change of the chance that a customer
    /// converts after reaching the experiment's touchpoint (+0.02 = two points more).
    std::vector<std::pair<QString, double>> effects;
};

struct GeneratorResult
{
    bool ok = false;
    QString error;
    std::int64_t customers = 0;
    std::int64_t events = 0;
    std::int64_t conversions = 0;
    double revenue = 0.0;
    std::int64_t feedback = 0; ///< feedback rows written
};

/// Writes a deterministic sample data set for a plan (docs/data-set.md, "Sample data"):
/// customers whose attributes each persona's segment rule selects (plus others), and
/// journeys that walk the plan's stages and channels — hand-offs preferred, drop-off at
/// every step, conversions with revenue at the purchase stage, some events after it.
/// The same project, seed and size always give the same rows. One transaction.
GeneratorResult generateSample(DataSet &dataSet, const omnimap::Project &project, const GeneratorOptions &options);

} // namespace omnimap::sim
