#pragma once

#include "dataset.h"
#include "eventcache.h"
#include "experimentstats.h"

#include "plan/experimentplan.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace omnimap::sim {

/// The experiment arm of every customer: the customer attribute `variant`
/// (docs/experiments.md). `index[c]` is the position in `labels`, -1 for none.
struct CustomerVariants
{
    QStringList labels;
    std::vector<std::int16_t> index; ///< by customer id
    std::int64_t assigned = 0;
};

/// Reads the `variant` attribute of every customer. False, with `error`, on a database error.
bool loadCustomerVariants(DataSet &dataSet, CustomerVariants &out, QString *error = nullptr);

/// Before launch: how many customers each arm needs and how long that takes at the
/// traffic the data set shows at the experiment's touchpoint.
struct ExperimentPlan
{
    double baseline = 0.0;        ///< rate of the primary KPI among exposed customers (fraction)
    bool baselineMeasured = false; ///< false: taken from the KPI's baseline
    double alphaPerComparison = 0.05; ///< α, split over the comparisons with the control (Bonferroni)
    std::optional<std::int64_t> perVariant;
    double exposuresPerDay = 0.0;
    std::optional<double> days;
    QString note; ///< why a number is missing (translated)
};

/// Per arm, against the control (the first variant).
struct GuardrailResult
{
    QString kpiName;
    double controlRate = 0.0;
    double variantRate = 0.0;
    std::optional<stats::ZTest> test;
    bool harmed = false; ///< significantly worse in the KPI's direction
    QString note;
};

struct VariantResult
{
    QString label;
    std::int64_t assigned = 0;   ///< customers carrying this label
    stats::Proportion outcome;   ///< exposures and conversions
    std::optional<stats::Interval> rateInterval;
    std::optional<stats::Lift> lift;   ///< not for the control
    std::optional<stats::ZTest> test;  ///< not for the control
    QString testNote;
    double probabilityBest = 0.0;
    bool significant = false;
    std::vector<std::int64_t> funnel;  ///< assigned customers reaching each stage
    std::vector<GuardrailResult> guardrails;
};

enum class ExperimentVerdict { NotReadable, NoDifferenceYet, ShipVariant, KeepControl };

struct ExperimentReadout
{
    QString name;
    QString target;
    QString kpiName;
    ExperimentPlan plan;
    std::vector<VariantResult> variants;
    QStringList funnelStages;
    std::optional<stats::SampleRatioCheck> sampleRatio;
    std::int64_t unassignedExposures = 0; ///< reached the touchpoint without a known label
    QStringList unknownLabels;            ///< labels in the data that are not variants
    bool readEarly = false;
    ExperimentVerdict verdict = ExperimentVerdict::NotReadable;
    int winner = -1;
    QString verdictText; ///< "Ship B", "Keep A", "No difference yet" (translated)
    QString reason;      ///< one sentence on why
    QStringList problems; ///< design or data problems that stop a reading
    QStringList warnings;
};

/// Before launch, from the events: traffic at the touchpoint and the sample size.
ExperimentPlan planExperiment(const omnimap::Project &project, const omnimap::ExperimentPlace &place,
                              const EventColumns &events);

/// After: exposures = customers whose events reach the experiment's touchpoint (a
/// hand-off's origin) within its dates; a conversion = a primary-KPI numerator event at
/// or after the first exposure. One pass over the events, sorted by customer and time.
ExperimentReadout readExperiment(const omnimap::Project &project, const omnimap::ExperimentPlace &place,
                                 const EventColumns &events, const CustomerVariants &variants);

} // namespace omnimap::sim
