#include "experimentreadout.h"

#include "model/lookup.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace omnimap::sim {

namespace {

struct ExperimentreadoutTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

/// Per dimension id: does the name equal `wanted` (all do when it is empty)?
std::vector<std::uint8_t> flagsFor(const QStringList &names, const QString &wanted)
{
    std::vector<std::uint8_t> flags(std::size_t(std::max<qsizetype>(names.size(), 1)), wanted.isEmpty() ? 1 : 0);
    if (!wanted.isEmpty()) {
        for (qsizetype i = 1; i < names.size(); ++i)
            flags[std::size_t(i)] = names.at(i).compare(wanted, Qt::CaseInsensitive) == 0 ? 1 : 0;
    }
    return flags;
}

/// The numerator side of a KPI binding as flags over the event dimensions.
struct EventMatch
{
    std::vector<std::uint8_t> type, stage, channel;
    bool matches(const EventColumns &ev, std::size_t e) const
    {
        return type[ev.eventType[e]] && stage[ev.stage[e]] && channel[ev.channel[e]];
    }
};

std::optional<EventMatch> numeratorMatch(const Project &project, const Kpi &kpi, const EventColumns &events)
{
    if (!kpi.binding || kpi.binding->numeratorEventType.trimmed().isEmpty())
        return std::nullopt;
    const KpiBinding &b = *kpi.binding;
    QString stage, channel;
    if (!b.numeratorStageId.isEmpty()) {
        for (const Journey &j : project.journeys) {
            if (const Stage *s = findById(j.stages, b.numeratorStageId))
                stage = s->name;
        }
        if (stage.isEmpty())
            return std::nullopt;
    }
    if (!b.numeratorChannelId.isEmpty()) {
        const Channel *c = findById(project.channels, b.numeratorChannelId);
        if (!c)
            return std::nullopt;
        channel = c->name;
    }
    return EventMatch{flagsFor(events.eventTypeNames, b.numeratorEventType.trimmed()), flagsFor(events.stageNames, stage),
                      flagsFor(events.channelNames, channel)};
}

/// ms since the epoch of a date's start (UTC); `fallback` when the text is not a date.
std::int64_t dayStart(const QString &isoDate, int addDays, std::int64_t fallback)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? d.addDays(addDays).startOfDay(Qt::UTC).toMSecsSinceEpoch() : fallback;
}

/// What one pass over the events counts.
struct Scan
{
    std::vector<std::int64_t> assigned, exposures, conversions;
    std::vector<std::vector<std::int64_t>> guardHits; ///< [guard-rail][variant]
    std::vector<std::vector<std::int64_t>> funnel;    ///< [variant][stage]
    std::int64_t exposedAll = 0, convertedAll = 0, unassignedExposures = 0;
    std::vector<std::int64_t> unknownLabelExposures; ///< by data label index
    double spanDays = 0.0;
};

Scan scan(const ExperimentPlace &place, const EventColumns &ev, const CustomerVariants &cv,
          const std::optional<EventMatch> &primary, const std::vector<std::optional<EventMatch>> &guards)
{
    const Experiment &x = *place.experiment;
    const std::size_t k = std::size_t(x.variants.size());
    Scan s;
    s.assigned.assign(k, 0);
    s.exposures.assign(k, 0);
    s.conversions.assign(k, 0);
    s.guardHits.assign(guards.size(), std::vector<std::int64_t>(k, 0));
    const int stageCount = int(place.journey->stages.size());
    s.funnel.assign(k, std::vector<std::int64_t>(std::size_t(stageCount), 0));
    s.unknownLabelExposures.assign(std::size_t(cv.labels.size()), 0);

    // Data label → variant index (-1: a label the experiment does not have).
    std::vector<int> labelToVariant(std::size_t(cv.labels.size()), -1);
    for (qsizetype l = 0; l < cv.labels.size(); ++l) {
        for (qsizetype v = 0; v < x.variants.size(); ++v) {
            if (cv.labels.at(l).trimmed().compare(x.variants.at(v).label.trimmed(), Qt::CaseInsensitive) == 0)
                labelToVariant[std::size_t(l)] = int(v);
        }
    }
    const Touchpoint *tp = place.touchpoint;
    const auto exposure = flagsFor(ev.touchpointNames, tp ? (tp->title.isEmpty() ? tp->id : tp->title) : QStringLiteral("\x01"));
    std::vector<int> stageIndex(std::size_t(std::max<qsizetype>(ev.stageNames.size(), 1)), -1);
    for (qsizetype d = 1; d < ev.stageNames.size(); ++d) {
        for (int i = 0; i < stageCount; ++i) {
            if (ev.stageNames.at(d).compare(place.journey->stages.at(i).name, Qt::CaseInsensitive) == 0)
                stageIndex[std::size_t(d)] = i;
        }
    }
    const std::int64_t from = dayStart(x.start, 0, INT64_MIN), until = dayStart(x.end, 1, INT64_MAX);
    std::int64_t first = INT64_MAX, last = INT64_MIN;

    std::uint32_t current = 0;
    bool exposed = false, converted = false, any = false;
    std::vector<std::uint8_t> guardHit(guards.size(), 0), seen(std::size_t(stageCount), 0);
    auto finish = [&]() {
        if (!any)
            return;
        const int label = current < cv.index.size() ? cv.index[current] : -1;
        const int v = label >= 0 ? labelToVariant[std::size_t(label)] : -1;
        s.exposedAll += exposed;
        s.convertedAll += exposed && converted;
        if (v >= 0) {
            ++s.assigned[std::size_t(v)];
            for (int i = 0; i < stageCount; ++i)
                s.funnel[std::size_t(v)][std::size_t(i)] += seen[std::size_t(i)];
            if (exposed) {
                ++s.exposures[std::size_t(v)];
                s.conversions[std::size_t(v)] += converted;
                for (std::size_t g = 0; g < guards.size(); ++g)
                    s.guardHits[g][std::size_t(v)] += guardHit[g];
            }
        } else if (exposed) {
            ++s.unassignedExposures;
            if (label >= 0)
                ++s.unknownLabelExposures[std::size_t(label)];
        }
        exposed = converted = any = false;
        std::fill(guardHit.begin(), guardHit.end(), 0);
        std::fill(seen.begin(), seen.end(), 0);
    };
    for (std::size_t e = 0; e < ev.size(); ++e) {
        const std::int64_t ts = ev.ts[e];
        first = std::min(first, ts);
        last = std::max(last, ts);
        if (ev.customer[e] != current) {
            finish();
            current = ev.customer[e];
        }
        if (ts < from || ts >= until)
            continue;
        any = true;
        const int st = stageIndex[ev.stage[e]];
        if (st >= 0)
            seen[std::size_t(st)] = 1;
        exposed = exposed || exposure[ev.touchpoint[e]];
        if (!exposed)
            continue;
        converted = converted || (primary && primary->matches(ev, e));
        for (std::size_t g = 0; g < guards.size(); ++g)
            guardHit[g] = guardHit[g] || (guards[g] && guards[g]->matches(ev, e));
    }
    finish();
    s.spanDays = last > first ? std::max(1.0, double(last - first) / 86400000.0) : (ev.size() > 0 ? 1.0 : 0.0);
    return s;
}

ExperimentPlan planFromScan(const Project &project, const Experiment &x, const Scan &s)
{
    ExperimentPlan plan;
    const std::size_t k = std::size_t(std::max<qsizetype>(2, x.variants.size()));
    plan.alphaPerComparison = x.alpha / double(k - 1);
    if (s.exposedAll > 0 && s.convertedAll > 0 && s.convertedAll < s.exposedAll) {
        plan.baseline = double(s.convertedAll) / double(s.exposedAll);
        plan.baselineMeasured = true;
    } else if (const Kpi *kpi = findById(project.kpis, x.primaryKpiId); kpi && kpi->baseline) {
        plan.baseline = kpi->unit == KpiUnit::Percent ? *kpi->baseline / 100.0 : *kpi->baseline;
    }
    QString why;
    plan.perVariant = stats::sampleSizePerVariant(plan.baseline, x.minimumDetectableEffect, plan.alphaPerComparison, x.power, &why);
    if (!plan.perVariant) {
        plan.note = plan.baseline > 0.0 ? why
                                        : ExperimentreadoutTr::tr("No baseline rate: the data set shows no conversions after this step and the "
                                             "primary KPI has no baseline.");
        return plan;
    }
    plan.exposuresPerDay = s.spanDays > 0.0 ? double(s.exposedAll) / s.spanDays : 0.0;
    plan.days = stats::expectedDays(*plan.perVariant, plannedShares(x), plan.exposuresPerDay, &why);
    if (!plan.days)
        plan.note = why;
    return plan;
}

} // namespace

bool loadCustomerVariants(DataSet &dataSet, CustomerVariants &out, QString *error)
{
    out = {};
    SqliteDb &db = dataSet.db();
    SqliteStatement stmt = db.prepare("SELECT customer_id, value FROM customer_attributes "
                                      "WHERE name IN ('variant', 'Variant', 'VARIANT')");
    if (!stmt.isValid()) {
        if (error)
            *error = db.lastError();
        return false;
    }
    QHash<QString, int> byLabel;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        const std::int64_t customer = stmt.columnInt(0);
        const QString label = stmt.columnText(1).trimmed();
        if (customer < 0 || customer > 0xFFFFFFFFLL || label.isEmpty())
            continue;
        auto it = byLabel.constFind(label.toCaseFolded());
        if (it == byLabel.constEnd()) {
            if (out.labels.size() >= 32000)
                continue; // not an experiment arm: ids or free text in the column
            it = byLabel.insert(label.toCaseFolded(), int(out.labels.size()));
            out.labels.append(label);
        }
        if (std::size_t(customer) >= out.index.size())
            out.index.resize(std::size_t(customer) + 1, -1);
        out.index[std::size_t(customer)] = std::int16_t(it.value());
        ++out.assigned;
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = db.lastError();
        return false;
    }
    return true;
}

ExperimentPlan planExperiment(const Project &project, const ExperimentPlace &place, const EventColumns &events)
{
    const Kpi *kpi = findById(project.kpis, place.experiment->primaryKpiId);
    const auto primary = kpi ? numeratorMatch(project, *kpi, events) : std::nullopt;
    return planFromScan(project, *place.experiment, scan(place, events, CustomerVariants{}, primary, {}));
}

ExperimentReadout readExperiment(const Project &project, const ExperimentPlace &place, const EventColumns &events,
                                 const CustomerVariants &variants)
{
    const Experiment &x = *place.experiment;
    ExperimentReadout r;
    r.name = x.name;
    r.target = place.targetName;
    for (const Stage &stage : place.journey->stages)
        r.funnelStages << stage.name;
    r.problems = experimentDesignProblems(project, x);
    const Kpi *kpi = findById(project.kpis, x.primaryKpiId);
    r.kpiName = kpi ? kpi->name : QString();
    const auto primary = kpi ? numeratorMatch(project, *kpi, events) : std::nullopt;
    if (kpi && !primary && r.problems.isEmpty())
        r.problems << ExperimentreadoutTr::tr("The primary KPI's binding names a stage or channel that is not in the plan.");
    std::vector<const Kpi *> guardKpis;
    std::vector<std::optional<EventMatch>> guards;
    for (const Id &id : x.guardrailKpiIds) {
        if (const Kpi *g = findById(project.kpis, id)) {
            guardKpis.push_back(g);
            guards.push_back(numeratorMatch(project, *g, events));
        }
    }
    const Scan s = scan(place, events, variants, primary, guards);
    r.plan = planFromScan(project, x, s);
    r.unassignedExposures = s.unassignedExposures;
    for (qsizetype l = 0; l < variants.labels.size(); ++l) {
        if (s.unknownLabelExposures[std::size_t(l)] > 0)
            r.unknownLabels << variants.labels.at(l);
    }

    const bool higherIsBetter = !kpi || kpi->direction == KpiDirection::Increase;
    std::vector<stats::Proportion> outcomes;
    for (qsizetype v = 0; v < x.variants.size(); ++v) {
        VariantResult vr;
        vr.label = x.variants.at(v).label;
        vr.assigned = s.assigned[std::size_t(v)];
        vr.outcome = {s.conversions[std::size_t(v)], s.exposures[std::size_t(v)]};
        vr.rateInterval = stats::wilsonInterval(vr.outcome);
        vr.funnel = s.funnel[std::size_t(v)];
        outcomes.push_back(vr.outcome);
        r.variants.push_back(vr);
    }
    if (!r.problems.isEmpty()) {
        r.verdictText = ExperimentreadoutTr::tr("Not readable");
        r.reason = r.problems.first();
        return r;
    }
    for (const VariantResult &vr : r.variants) {
        if (vr.outcome.trials == 0)
            r.problems << ExperimentreadoutTr::tr("Variant \"%1\" has no exposures: no customer with that variant reached %2 in the "
                             "experiment's dates.").arg(vr.label, place.targetName);
    }
    if (!r.problems.isEmpty()) {
        r.verdictText = ExperimentreadoutTr::tr("Not readable");
        r.reason = r.problems.first();
        if (variants.assigned == 0)
            r.reason += QLatin1Char(' ') + ExperimentreadoutTr::tr("The data set has no customer attribute \"variant\": import it as a "
                                              "\"variant\" column or map a column to attr:variant.");
        return r;
    }

    const std::vector<double> best = stats::probabilityBest(outcomes, higherIsBetter);
    const stats::Proportion &control = outcomes.front();
    bool anyBetter = false, allWorse = true;
    for (std::size_t v = 0; v < r.variants.size(); ++v) {
        VariantResult &vr = r.variants[v];
        vr.probabilityBest = best[v];
        if (v == 0)
            continue;
        vr.lift = stats::lift(control, vr.outcome);
        vr.test = stats::twoProportionZTest(control, vr.outcome, &vr.testNote);
        vr.significant = vr.test && vr.test->pValue < r.plan.alphaPerComparison;
        const bool better = vr.significant && (higherIsBetter ? vr.lift->absolute > 0 : vr.lift->absolute < 0);
        const bool worse = vr.significant && !better;
        anyBetter = anyBetter || better;
        allWorse = allWorse && worse;
        if (better && (r.winner < 0 || best[v] > best[std::size_t(r.winner)]))
            r.winner = int(v);
        for (std::size_t g = 0; g < guards.size(); ++g) {
            GuardrailResult gr;
            gr.kpiName = guardKpis[g]->name;
            if (!guards[g]) {
                gr.note = ExperimentreadoutTr::tr("No data binding: not checked.");
                vr.guardrails.push_back(gr);
                continue;
            }
            const stats::Proportion a{s.guardHits[g][0], control.trials}, b{s.guardHits[g][v], vr.outcome.trials};
            gr.controlRate = a.rate();
            gr.variantRate = b.rate();
            gr.test = stats::twoProportionZTest(a, b, &gr.note);
            const bool up = guardKpis[g]->direction == KpiDirection::Increase;
            gr.harmed = gr.test && gr.test->pValue < r.plan.alphaPerComparison && (up ? b.rate() < a.rate() : b.rate() > a.rate());
            vr.guardrails.push_back(gr);
        }
    }

    std::vector<std::int64_t> exposures;
    for (const VariantResult &vr : r.variants)
        exposures.push_back(vr.outcome.trials);
    QString why;
    r.sampleRatio = stats::sampleRatioMismatch(exposures, plannedShares(x), &why);
    if (r.plan.perVariant) {
        for (const VariantResult &vr : r.variants)
            r.readEarly = r.readEarly || vr.outcome.trials < *r.plan.perVariant;
    }
    if (r.readEarly) {
        r.warnings << ExperimentreadoutTr::tr("Read before reaching the sample size (%1 per variant): an early difference is often "
                         "noise; wait for the planned sample before deciding.").arg(*r.plan.perVariant);
    }
    if (r.unassignedExposures > 0)
        r.warnings << ExperimentreadoutTr::tr("%1 exposed customers have no known variant and are left out.").arg(r.unassignedExposures);
    const QString control0 = r.variants.front().label;
    if (r.sampleRatio && r.sampleRatio->mismatch) {
        r.verdict = ExperimentVerdict::NotReadable;
        r.verdictText = ExperimentreadoutTr::tr("Check the split");
        r.reason = ExperimentreadoutTr::tr("Sample ratio mismatch (χ² = %1, p = %2): the arms did not get the planned shares, so the "
                      "assignment is broken and the result can not be trusted.")
                       .arg(r.sampleRatio->chiSquare, 0, 'f', 1)
                       .arg(r.sampleRatio->pValue, 0, 'g', 2);
    } else if (anyBetter) {
        const VariantResult &w = r.variants[std::size_t(r.winner)];
        QStringList harmed;
        for (const GuardrailResult &g : w.guardrails) {
            if (g.harmed)
                harmed << g.kpiName;
        }
        if (!harmed.isEmpty()) {
            r.verdict = ExperimentVerdict::KeepControl;
            r.verdictText = ExperimentreadoutTr::tr("Keep %1").arg(control0);
            r.reason = ExperimentreadoutTr::tr("%1 wins on %2 but hurts the guard-rail %3.").arg(w.label, r.kpiName, harmed.join(QStringLiteral(", ")));
        } else {
            r.verdict = ExperimentVerdict::ShipVariant;
            r.verdictText = ExperimentreadoutTr::tr("Ship %1").arg(w.label);
            r.reason = ExperimentreadoutTr::tr("%1 is better than %2 on %3 (p = %4, probability best %5 %).")
                           .arg(w.label, control0, r.kpiName)
                           .arg(w.test->pValue, 0, 'g', 2)
                           .arg(w.probabilityBest * 100.0, 0, 'f', 1);
        }
    } else if (allWorse) {
        r.verdict = ExperimentVerdict::KeepControl;
        r.verdictText = ExperimentreadoutTr::tr("Keep %1").arg(control0);
        r.reason = ExperimentreadoutTr::tr("Every other variant is worse than %1 on %2.").arg(control0, r.kpiName);
    } else if (!r.readEarly && r.plan.perVariant) {
        r.verdict = ExperimentVerdict::KeepControl;
        r.verdictText = ExperimentreadoutTr::tr("Keep %1").arg(control0);
        r.reason = ExperimentreadoutTr::tr("No difference as large as the planned effect at the full sample size.");
    } else {
        r.verdict = ExperimentVerdict::NoDifferenceYet;
        r.verdictText = ExperimentreadoutTr::tr("No difference yet");
        r.reason = ExperimentreadoutTr::tr("No variant differs significantly from %1 so far.").arg(control0);
    }
    return r;
}

} // namespace omnimap::sim
