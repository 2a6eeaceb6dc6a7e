#pragma once

#include "eventcache.h"
#include "experimentstats.h"

#include "model/project.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace omnimap::sim {

class DataSet;

/// How a KPI's change is estimated (docs/campaign-effect.md):
/// - TwoProportion: a percent KPI whose numerator never exceeds its denominator, read as
///   x successes out of n trials. Before/after: Newcombe's hybrid score interval (method
///   10, from two Wilson intervals), which keeps its coverage near 0 % and 100 % where the
///   Wald interval collapses. Difference-in-differences: Wald, Σ p(1−p)/n over the four cells.
/// - Rate: any other ratio, numerator events per denominator event; the numerator is a
///   Poisson count given the denominator, so Var(N/D) ≈ N/D² (the delta method with D fixed).
/// - Count: a KPI without denominator; the count in a period is Poisson, Var = N.
/// The Poisson variances assume independent events: customers who act in bursts make the
/// true interval wider. A per-customer bootstrap would say so but costs a pass per resample,
/// out of reach of the 100 ms goal on 10 M events.
enum class EffectMethod { TwoProportion, Rate, Count };

/// "two_proportion", "rate", "count" (command line, JSON).
QString effectMethodKey(EffectMethod method);

/// A KPI on one group of events in one period.
struct EffectCell
{
    bool measured = false;
    double value = 0.0; ///< KPI units (percent ×100)
    double numerator = 0.0;
    double denominator = 0.0;
    QString note; ///< translated reason when not measured
};

/// An estimate in KPI units (percentage points for percent KPIs) with its 95 % interval.
struct EffectEstimate
{
    double value = 0.0;
    stats::Interval interval;
    /// The interval excludes zero.
    bool significant() const { return interval.low > 0.0 || interval.high < 0.0; }
};

struct KpiEffect
{
    Id kpiId;
    QString name;
    omnimap::KpiUnit unit = omnimap::KpiUnit::Percent;
    EffectMethod method = EffectMethod::Count;
    EffectCell before; ///< all events, the same-length period before the campaign
    EffectCell during; ///< all events, the campaign's period
    std::optional<EffectEstimate> difference; ///< during − before
    QString differenceNote;                   ///< why there is no difference
    // Difference-in-differences (only with a comparison).
    EffectCell treatedBefore, treatedDuring, comparisonBefore, comparisonDuring;
    std::optional<EffectEstimate> did; ///< (treated during − before) − (comparison during − before)
    QString didNote;
};

enum class ComparisonKind { None, Channel, Segment };

struct CampaignEffect
{
    Id campaignId;
    QString campaignName;
    QDate first, last;             ///< the campaign, inclusive
    QDate beforeFirst, beforeLast; ///< the same number of days just before it
    int days = 0;
    std::int64_t eventsBefore = 0, eventsDuring = 0;
    ComparisonKind comparison = ComparisonKind::None;
    QString comparisonName;  ///< the channel or persona compared with
    QString treatedName;     ///< what "treated" means, in words
    std::vector<KpiEffect> kpis; ///< the campaign's KPIs in plan order
    QStringList notes;           ///< translated warnings (partial coverage, …)
};

/// What the computation needs, resolved from the plan: dates, which KPIs, which events are
/// treated and which are the comparison.
struct EffectSetup
{
    const omnimap::Campaign *campaign = nullptr;
    omnimap::Project scope;  ///< the plan with only the campaign's bound KPIs
    QList<omnimap::Kpi> unbound; ///< the campaign's KPIs without a binding (reported, not measured)
    QList<Id> kpiOrder;          ///< the campaign's KPIs in plan order
    QDate first, last, beforeFirst, beforeLast;
    ComparisonKind comparison = ComparisonKind::None;
    QStringList treatedChannels; ///< names, channel comparison (empty: every channel but the comparison)
    QString comparisonChannel;
    const omnimap::Persona *treatedPersona = nullptr;    ///< segment comparison (null: everyone not compared)
    const omnimap::Persona *comparisonPersona = nullptr;
    QString treatedName, comparisonName;
    /// Segment comparison: customers by id (filled by loadEffectSegments).
    std::vector<std::uint8_t> treatedCustomers, comparisonCustomers;
};

/// The campaign with this name or id (names compare case-insensitively); null with `error`
/// when there is none or the name is ambiguous.
const omnimap::Campaign *findCampaign(const omnimap::Project &project, const QString &nameOrId, QString *error);

/// The KPIs of a campaign: those of its journey and those of the whole project (no journey),
/// all when the campaign has no journey.
QList<omnimap::Kpi> campaignKpis(const omnimap::Project &project, const omnimap::Campaign &campaign);

/// The channels a campaign touches: its actions' channels (or their touchpoints' channels)
/// and its budget lines.
QList<Id> touchedChannels(const omnimap::Project &project, const omnimap::Campaign &campaign);

/// Resolves dates, KPIs and the comparison (the campaign's stored one unless `kind` says
/// otherwise: `comparisonId` is then a channel or persona id or name). False with a
/// translated `error`: no or invalid dates, no KPI, an unknown comparison, or one that the
/// campaign touches.
bool prepareCampaignEffect(const omnimap::Project &project, const omnimap::Campaign &campaign, EffectSetup &setup,
                           QString *error, std::optional<ComparisonKind> kind = std::nullopt,
                           const QString &comparisonId = QString());

/// Segment comparison: reads both segments' customers from the data set. Customers in both
/// segments count as treated only. False with `error` on a database error.
bool loadEffectSegments(DataSet &dataSet, EffectSetup &setup, std::uint32_t customerLimit, QString *error);

/// Counts the campaign's KPIs on the events in one pass and estimates the effects.
/// False (with `error`) only when cancelled.
bool campaignEffect(const EffectSetup &setup, const EventColumns &events, CampaignEffect &out,
                    QString *error = nullptr, const std::atomic<bool> *cancel = nullptr);

} // namespace omnimap::sim
