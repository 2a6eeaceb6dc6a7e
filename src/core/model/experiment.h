#pragma once

#include "common.h"

#include <QList>

namespace omnimap {

/// One arm of an A/B test: the customers whose `variant` attribute equals `label`
/// (case-insensitive) saw this version (docs/experiments.md).
struct ExperimentVariant
{
    Id id;
    QString label;       ///< "A", "B", "qr-in-store": the value in the data set
    QString description; ///< what this arm does differently
    double splitPercent = 50.0; ///< planned share of the traffic, 0..100
    ExtraFields extra = ExtraFields::object();

    bool operator==(const ExperimentVariant &o) const
    {
        return id == o.id && label == o.label && description == o.description && splitPercent == o.splitPercent
               && extra == o.extra;
    }
};

/// An A/B test carried by a touchpoint or a hand-off: the variants (the first is the
/// control), the KPI that decides it, the KPIs it must not hurt, and the design that
/// sets the sample size. Rates are fractions: an MDE of 0.02 is two percentage points.
struct Experiment
{
    Id id;
    QString name;
    QString hypothesis;
    QList<ExperimentVariant> variants;
    Id primaryKpiId;
    IdList guardrailKpiIds;
    double minimumDetectableEffect = 0.02; ///< absolute change of the primary rate
    double alpha = 0.05;                   ///< two-sided significance level
    double power = 0.8;
    QString start; ///< ISO 8601 date, empty: not planned yet
    QString end;   ///< ISO 8601 date, inclusive
    ExtraFields extra = ExtraFields::object();

    bool operator==(const Experiment &o) const
    {
        return id == o.id && name == o.name && hypothesis == o.hypothesis && variants == o.variants
               && primaryKpiId == o.primaryKpiId && guardrailKpiIds == o.guardrailKpiIds
               && minimumDetectableEffect == o.minimumDetectableEffect && alpha == o.alpha && power == o.power
               && start == o.start && end == o.end && extra == o.extra;
    }
    bool operator!=(const Experiment &o) const { return !(*this == o); }
};

} // namespace omnimap
