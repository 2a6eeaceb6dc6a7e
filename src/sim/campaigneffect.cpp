#include "campaigneffect.h"

#include "kpimeasure.h"
#include "kpitrend.h"
#include "segmentfilter.h"

#include "model/campaigncomparison.h"
#include "model/lookup.h"

#include <QCoreApplication>
#include <QtAlgorithms>

#include <algorithm>
#include <cmath>

namespace omnimap::sim {

namespace {

struct CampaigneffectTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

constexpr std::int64_t kDayMs = 86400000;

std::int64_t msOf(const QDate &day)
{
    return std::int64_t(QDate(1970, 1, 1).daysTo(day)) * kDayMs;
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// Per dimension id, a bit per filter of the chunk [first, first + count) that accepts it
/// (names compare case-insensitively, as measureKpis does).
std::vector<std::uint64_t> masks(const QStringList &names, const std::vector<EventFilter> &filters, std::size_t first,
                                 std::size_t count, QString EventFilter::*field)
{
    std::vector<std::uint64_t> m(std::size_t(std::max<qsizetype>(names.size(), 1)), 0);
    for (std::size_t f = 0; f < count; ++f) {
        const QString &wanted = filters[first + f].*field;
        for (std::size_t id = 0; id < m.size(); ++id) {
            if (wanted.isEmpty() || (id > 0 && names.at(qsizetype(id)).compare(wanted, Qt::CaseInsensitive) == 0))
                m[id] |= std::uint64_t(1) << f;
        }
    }
    return m;
}

std::vector<std::uint8_t> channelFlags(const QStringList &names, const QStringList &wanted)
{
    std::vector<std::uint8_t> flags(std::size_t(std::max<qsizetype>(names.size(), 1)), 0);
    for (qsizetype id = 1; id < names.size(); ++id) {
        for (const QString &w : wanted)
            flags[std::size_t(id)] |= names.at(id).compare(w, Qt::CaseInsensitive) == 0 ? 1 : 0;
    }
    return flags;
}

const Persona *findPersona(const Project &project, const QString &idOrName)
{
    if (const Persona *p = findById(project.personas, idOrName))
        return p;
    for (const Persona &p : project.personas) {
        if (p.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const Channel *findChannel(const Project &project, const QString &idOrName)
{
    if (const Channel *c = findById(project.channels, idOrName))
        return c;
    for (const Channel &c : project.channels) {
        if (c.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const Touchpoint *findTouchpoint(const Project &project, const Id &id)
{
    for (const Journey &j : project.journeys) {
        if (const Touchpoint *t = findById(j.touchpoints, id))
            return t;
    }
    return nullptr;
}

/// The 95 % interval of `value` with this variance; empty when the variance is not positive
/// (nothing varied: a normal interval would claim a certainty there is no basis for).
std::optional<EffectEstimate> normalEstimate(double value, double variance)
{
    if (!(variance > 0.0) || !std::isfinite(variance) || !std::isfinite(value))
        return std::nullopt;
    const double half = stats::kZ95 * std::sqrt(variance);
    return EffectEstimate{value, {value - half, value + half}};
}

stats::Proportion proportion(const EffectCell &c)
{
    return stats::Proportion{std::int64_t(std::llround(c.numerator)), std::int64_t(std::llround(c.denominator))};
}

double scaleOf(const KpiEffect &k)
{
    return k.unit == KpiUnit::Percent && k.method != EffectMethod::Count ? 100.0 : 1.0;
}

/// The variance of one cell's value in KPI units under the KPI's method.
double cellVariance(const KpiEffect &k, const EffectCell &c)
{
    const double s = scaleOf(k);
    switch (k.method) {
    case EffectMethod::TwoProportion: {
        const double p = c.numerator / c.denominator;
        return s * s * p * (1.0 - p) / c.denominator;
    }
    case EffectMethod::Rate:
        return s * s * c.numerator / (c.denominator * c.denominator);
    case EffectMethod::Count:
        return c.numerator;
    }
    return 0.0;
}

QString firstNote(std::initializer_list<const EffectCell *> cells)
{
    for (const EffectCell *c : cells) {
        if (!c->measured)
            return c->note;
    }
    return {};
}

void estimate(KpiEffect &k, bool countPeriodsComplete, bool withComparison)
{
    if (!k.before.measured || !k.during.measured) {
        k.differenceNote = firstNote({&k.before, &k.during});
    } else if (k.method == EffectMethod::Count && !countPeriodsComplete) {
        k.differenceNote = CampaigneffectTr::tr("The data set does not cover both periods in full: counts would not compare.");
    } else if (k.method == EffectMethod::TwoProportion) {
        // Newcombe (1998) method 10: the difference's limits from each rate's Wilson limits.
        const stats::Proportion a = proportion(k.before), b = proportion(k.during);
        const auto ia = stats::wilsonInterval(a), ib = stats::wilsonInterval(b);
        if (ia && ib) {
            const double pa = a.rate(), pb = b.rate(), d = pb - pa;
            const double low = d - std::sqrt((pb - ib->low) * (pb - ib->low) + (ia->high - pa) * (ia->high - pa));
            const double high = d + std::sqrt((ib->high - pb) * (ib->high - pb) + (pa - ia->low) * (pa - ia->low));
            k.difference = EffectEstimate{d * 100.0, {low * 100.0, high * 100.0}};
        }
    } else {
        k.difference = normalEstimate(k.during.value - k.before.value, cellVariance(k, k.before) + cellVariance(k, k.during));
        if (!k.difference)
            k.differenceNote = CampaigneffectTr::tr("No events of this KPI in either period: the interval is undefined.");
    }
    if (!withComparison)
        return;
    const std::initializer_list<const EffectCell *> four{&k.treatedBefore, &k.treatedDuring, &k.comparisonBefore,
                                                         &k.comparisonDuring};
    const QString missing = firstNote(four);
    if (!missing.isEmpty()) {
        k.didNote = missing;
        return;
    }
    if (k.method == EffectMethod::Count && !countPeriodsComplete) {
        k.didNote = CampaigneffectTr::tr("The data set does not cover both periods in full: counts would not compare.");
        return;
    }
    double variance = 0.0;
    for (const EffectCell *c : four)
        variance += cellVariance(k, *c);
    const double change = (k.treatedDuring.value - k.treatedBefore.value)
        - (k.comparisonDuring.value - k.comparisonBefore.value);
    k.did = normalEstimate(change, variance);
    if (!k.did)
        k.didNote = CampaigneffectTr::tr("Nothing varied in the four cells: the interval is undefined.");
}

} // namespace

QString effectMethodKey(EffectMethod method)
{
    switch (method) {
    case EffectMethod::TwoProportion:
        return QStringLiteral("two_proportion");
    case EffectMethod::Rate:
        return QStringLiteral("rate");
    case EffectMethod::Count:
        return QStringLiteral("count");
    }
    return {};
}

const Campaign *findCampaign(const Project &project, const QString &nameOrId, QString *error)
{
    if (const Campaign *c = findById(project.campaigns, nameOrId))
        return c;
    const Campaign *found = nullptr;
    for (const Campaign &c : project.campaigns) {
        if (c.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        if (found) {
            if (error)
                *error = CampaigneffectTr::tr("Two campaigns are named “%1”: give the id instead.").arg(nameOrId);
            return nullptr;
        }
        found = &c;
    }
    if (!found && error)
        *error = project.campaigns.isEmpty() ? CampaigneffectTr::tr("The plan has no campaign.")
                                             : CampaigneffectTr::tr("No campaign is named “%1”.").arg(nameOrId);
    return found;
}

QList<Kpi> campaignKpis(const Project &project, const Campaign &campaign)
{
    QList<Kpi> kpis;
    for (const Kpi &k : project.kpis) {
        if (campaign.journeyId.isEmpty() || k.journeyId.isEmpty() || k.journeyId == campaign.journeyId)
            kpis.append(k);
    }
    return kpis;
}

QList<Id> touchedChannels(const Project &project, const Campaign &campaign)
{
    QList<Id> ids;
    auto add = [&ids](const Id &id) {
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    };
    for (const PlannedAction &a : campaign.actions) {
        add(a.channelId);
        if (const Touchpoint *t = findTouchpoint(project, a.touchpointId))
            add(t->channelId);
    }
    for (const BudgetLine &b : campaign.budget)
        add(b.channelId);
    return ids;
}

bool prepareCampaignEffect(const Project &project, const Campaign &campaign, EffectSetup &setup, QString *error,
                           std::optional<ComparisonKind> kind, const QString &comparisonId)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    setup = EffectSetup();
    setup.campaign = &campaign;
    setup.first = QDate::fromString(campaign.start, Qt::ISODate);
    setup.last = QDate::fromString(campaign.end, Qt::ISODate);
    if (!setup.first.isValid() || !setup.last.isValid())
        return fail(CampaigneffectTr::tr("The campaign “%1” has no start or end date: set both to compare before and after.").arg(campaign.name));
    if (setup.last < setup.first)
        return fail(CampaigneffectTr::tr("The campaign “%1” ends (%2) before it starts (%3).").arg(campaign.name, campaign.end, campaign.start));
    const qint64 days = setup.first.daysTo(setup.last) + 1;
    setup.beforeFirst = setup.first.addDays(-days);
    setup.beforeLast = setup.first.addDays(-1);

    setup.scope = project;
    setup.scope.kpis.clear();
    for (const Kpi &k : campaignKpis(project, campaign)) {
        (k.binding ? setup.scope.kpis : setup.unbound).append(k);
        setup.kpiOrder.append(k.id);
    }
    if (setup.scope.kpis.isEmpty() && setup.unbound.isEmpty())
        return fail(CampaigneffectTr::tr("The campaign “%1” has no KPI: add a KPI to its journey or to the plan.").arg(campaign.name));

    ComparisonKind k = kind.value_or(ComparisonKind::None);
    QString id = comparisonId;
    if (!kind) {
        const CampaignComparison stored = campaignComparison(campaign);
        if (!stored.channelId.isEmpty() && !stored.personaId.isEmpty())
            return fail(CampaigneffectTr::tr("The campaign names both a comparison channel and a comparison segment: keep one."));
        k = !stored.channelId.isEmpty() ? ComparisonKind::Channel
            : !stored.personaId.isEmpty() ? ComparisonKind::Segment
                                                     : ComparisonKind::None;
        id = k == ComparisonKind::Channel ? stored.channelId : stored.personaId;
    }
    setup.comparison = k;
    if (k == ComparisonKind::Channel) {
        const Channel *channel = findChannel(project, id);
        if (!channel)
            return fail(CampaigneffectTr::tr("The comparison channel “%1” is not in the plan.").arg(id));
        const QList<Id> touched = touchedChannels(project, campaign);
        if (touched.contains(channel->id))
            return fail(CampaigneffectTr::tr("The campaign touches the channel “%1” (an action or a budget line): it cannot be the comparison.")
                            .arg(channel->name));
        if (touched.isEmpty())
            return fail(CampaigneffectTr::tr("The campaign has no action and no budget line, so no channel is known to be treated: add "
                           "its actions before comparing channels."));
        for (const Id &t : touched) {
            if (const Channel *c = findById(project.channels, t))
                setup.treatedChannels << c->name;
        }
        setup.comparisonChannel = channel->name;
        setup.comparisonName = channel->name;
        setup.treatedName = setup.treatedChannels.join(QStringLiteral(", "));
    } else if (k == ComparisonKind::Segment) {
        const Persona *persona = findPersona(project, id);
        if (!persona)
            return fail(CampaigneffectTr::tr("The comparison persona “%1” is not in the plan.").arg(id));
        if (persona->id == campaign.personaId)
            return fail(CampaigneffectTr::tr("The campaign targets the persona “%1”: its segment cannot be the comparison.").arg(persona->name));
        if (persona->segmentRule.conditions.isEmpty())
            return fail(CampaigneffectTr::tr("The persona “%1” has no segment rule: it would select every customer.").arg(persona->name));
        setup.comparisonPersona = persona;
        setup.treatedPersona = findById(project.personas, campaign.personaId);
        setup.comparisonName = persona->name;
        setup.treatedName = setup.treatedPersona ? setup.treatedPersona->name : CampaigneffectTr::tr("customers outside “%1”").arg(persona->name);
    }
    return true;
}

bool loadEffectSegments(DataSet &dataSet, EffectSetup &setup, std::uint32_t customerLimit, QString *error)
{
    if (setup.comparison != ComparisonKind::Segment || !setup.comparisonPersona)
        return true;
    if (!segmentCustomerMask(dataSet, setup.comparisonPersona->segmentRule, customerLimit, setup.comparisonCustomers, error))
        return false;
    if (setup.treatedPersona && !setup.treatedPersona->segmentRule.conditions.isEmpty()) {
        if (!segmentCustomerMask(dataSet, setup.treatedPersona->segmentRule, customerLimit, setup.treatedCustomers, error))
            return false;
    } else {
        // No targeted segment: everyone outside the comparison is treated.
        setup.treatedCustomers.assign(setup.comparisonCustomers.size(), 0);
        for (std::size_t c = 0; c < setup.comparisonCustomers.size(); ++c)
            setup.treatedCustomers[c] = setup.comparisonCustomers[c] ? 0 : 1;
    }
    // Customers in both segments were reached by the campaign: treated only.
    for (std::size_t c = 0; c < setup.comparisonCustomers.size() && c < setup.treatedCustomers.size(); ++c) {
        if (setup.treatedCustomers[c])
            setup.comparisonCustomers[c] = 0;
    }
    return true;
}

bool campaignEffect(const EffectSetup &setup, const EventColumns &events, CampaignEffect &out, QString *error,
                    const std::atomic<bool> *cancel)
{
    out = CampaignEffect();
    if (setup.campaign) {
        out.campaignId = setup.campaign->id;
        out.campaignName = setup.campaign->name;
    }
    out.first = setup.first;
    out.last = setup.last;
    out.beforeFirst = setup.beforeFirst;
    out.beforeLast = setup.beforeLast;
    out.days = int(setup.first.daysTo(setup.last) + 1);
    out.comparison = setup.comparison;
    out.comparisonName = setup.comparisonName;
    out.treatedName = setup.treatedName;

    const std::vector<EventFilter> filters = kpiFilters(setup.scope);
    const std::size_t nf = filters.size();
    constexpr int kGroups = 3; // all events, treated, comparison
    // cells[(group * 2 + period) * nf + filter]; period 0 = before, 1 = during.
    std::vector<std::int64_t> cells(std::size_t(kGroups) * 2 * std::max<std::size_t>(nf, 1), 0);
    std::int64_t totals[kGroups][2] = {{0, 0}, {0, 0}, {0, 0}};
    const std::int64_t from = msOf(setup.beforeFirst), mid = msOf(setup.first), to = msOf(setup.last.addDays(1));
    const bool byChannel = setup.comparison == ComparisonKind::Channel;
    const bool bySegment = setup.comparison == ComparisonKind::Segment;
    const auto treatedChannel = channelFlags(events.channelNames, setup.treatedChannels);
    const auto comparisonChannel = channelFlags(events.channelNames, {setup.comparisonChannel});
    const std::vector<std::uint8_t> &treatedCustomer = setup.treatedCustomers;
    const std::vector<std::uint8_t> &comparisonCustomer = setup.comparisonCustomers;
    std::int64_t firstTs = INT64_MAX, lastTs = INT64_MIN;
    const std::size_t n = events.size();
    const std::size_t nT = std::size_t(std::max<qsizetype>(events.eventTypeNames.size(), 1));
    const std::size_t nS = std::size_t(std::max<qsizetype>(events.stageNames.size(), 1));
    const std::size_t nC = std::size_t(std::max<qsizetype>(events.channelNames.size(), 1));
    const std::size_t combos = nT * nS * nC;
    // One pass over the events fills a histogram of (period, segment groups, type, stage,
    // channel); the KPI filters and the channel groups are applied to its few thousand cells
    // afterwards instead of to every event (10 M events: ~3× faster than testing the
    // filters per event). Data sets with very many distinct names keep the histogram small
    // by falling back to the per-event test.
    const bool histogram = combos <= (std::size_t(1) << 18);
    std::vector<std::int64_t> hist(histogram ? 2 * 4 * combos : 0, 0);
    const std::size_t chunks = std::max<std::size_t>(1, (nf + 63) / 64);
    for (std::size_t chunk = 0; chunk < (histogram ? 1 : chunks); ++chunk) {
        const std::size_t base = chunk * 64;
        const std::size_t count = std::min<std::size_t>(64, nf - std::min(base, nf));
        const auto typeMask = masks(events.eventTypeNames, filters, base, count, &EventFilter::eventType);
        const auto stageMask = masks(events.stageNames, filters, base, count, &EventFilter::stage);
        const auto channelMask = masks(events.channelNames, filters, base, count, &EventFilter::channel);
        for (std::size_t e = 0; e < n; ++e) {
            if ((e & 0xFFFFF) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
                if (error)
                    *error = CampaigneffectTr::tr("Cancelled.");
                return false;
            }
            const std::int64_t ts = events.ts[e];
            if (chunk == 0) {
                firstTs = std::min(firstTs, ts);
                lastTs = std::max(lastTs, ts);
            }
            if (ts < from || ts >= to)
                continue;
            const std::size_t period = ts >= mid ? 1 : 0;
            std::size_t segments = 0; // bit 0: treated customer, bit 1: comparison customer
            if (bySegment) {
                const std::uint32_t c = events.customer[e];
                segments = (c < treatedCustomer.size() && treatedCustomer[c] ? 1 : 0)
                    | (c < comparisonCustomer.size() && comparisonCustomer[c] ? 2 : 0);
            }
            if (histogram) {
                ++hist[(((period * 4 + segments) * nT + events.eventType[e]) * nS + events.stage[e]) * nC + events.channel[e]];
                continue;
            }
            int groups[2] = {-1, -1};
            if (byChannel) {
                const std::uint16_t ch = events.channel[e];
                groups[0] = treatedChannel[ch] ? 1 : -1;
                groups[1] = comparisonChannel[ch] ? 2 : -1;
            } else if (bySegment) {
                groups[0] = (segments & 1) ? 1 : -1;
                groups[1] = (segments & 2) ? 2 : -1;
            }
            if (chunk == 0) {
                ++totals[0][period];
                for (int g : groups) {
                    if (g > 0)
                        ++totals[g][period];
                }
            }
            std::uint64_t hit = count == 0 ? 0
                                           : typeMask[events.eventType[e]] & stageMask[events.stage[e]]
                    & channelMask[events.channel[e]];
            while (hit) {
                const std::size_t f = base + std::size_t(qCountTrailingZeroBits(hit));
                hit &= hit - 1;
                ++cells[period * nf + f];
                for (int g : groups) {
                    if (g > 0)
                        ++cells[(std::size_t(g) * 2 + period) * nf + f];
                }
            }
        }
    }
    if (histogram) {
        for (std::size_t chunk = 0; chunk < chunks; ++chunk) {
            const std::size_t base = chunk * 64;
            const std::size_t count = std::min<std::size_t>(64, nf - std::min(base, nf));
            const auto typeMask = masks(events.eventTypeNames, filters, base, count, &EventFilter::eventType);
            const auto stageMask = masks(events.stageNames, filters, base, count, &EventFilter::stage);
            const auto channelMask = masks(events.channelNames, filters, base, count, &EventFilter::channel);
            for (std::size_t key = 0; key < hist.size(); ++key) {
                const std::int64_t k = hist[key];
                if (k == 0)
                    continue;
                const std::size_t channel = key % nC, stage = key / nC % nS, type = key / (nC * nS) % nT;
                const std::size_t segments = key / combos % 4, period = key / combos / 4;
                int groups[2] = {-1, -1};
                if (byChannel) {
                    groups[0] = treatedChannel[channel] ? 1 : -1;
                    groups[1] = comparisonChannel[channel] ? 2 : -1;
                } else if (bySegment) {
                    groups[0] = (segments & 1) ? 1 : -1;
                    groups[1] = (segments & 2) ? 2 : -1;
                }
                if (chunk == 0) {
                    totals[0][period] += k;
                    for (int g : groups) {
                        if (g > 0)
                            totals[g][period] += k;
                    }
                }
                std::uint64_t hit = count == 0 ? 0 : typeMask[type] & stageMask[stage] & channelMask[channel];
                while (hit) {
                    const std::size_t f = base + std::size_t(qCountTrailingZeroBits(hit));
                    hit &= hit - 1;
                    cells[period * nf + f] += k;
                    for (int g : groups) {
                        if (g > 0)
                            cells[(std::size_t(g) * 2 + period) * nf + f] += k;
                    }
                }
            }
        }
    }
    out.eventsBefore = totals[0][0];
    out.eventsDuring = totals[0][1];

    // Bindings that cannot be measured at all keep their own reason; the others, in a
    // period without any event, say so instead of "nothing to divide by" or a zero count.
    std::vector<bool> valid;
    for (const KpiValue &v : measureKpis(setup.scope, [](const EventFilter &) { return 1.0; }))
        valid.push_back(v.measured);
    // Each group and period through the plan's own KPI formula (measureKpis).
    auto measure = [&](int group, int period) {
        std::size_t next = 0;
        const std::vector<KpiValue> values = measureKpis(setup.scope, [&](const EventFilter &) {
            const std::size_t f = next++;
            return f < nf ? double(cells[(std::size_t(group) * 2 + std::size_t(period)) * nf + f]) : 0.0;
        });
        std::vector<EffectCell> result;
        for (std::size_t k = 0; k < values.size(); ++k) {
            const KpiValue &v = values[k];
            EffectCell c{v.measured, v.value, v.numerator, v.denominator, v.note};
            if (k < valid.size() && valid[k] && totals[group][period] == 0) {
                c = EffectCell();
                const QDate a = period == 0 ? setup.beforeFirst : setup.first;
                const QDate b = period == 0 ? setup.beforeLast : setup.last;
                c.note = group == 0 ? CampaigneffectTr::tr("No events in the data set from %1 to %2.").arg(isoDate(a), isoDate(b))
                    : group == 1    ? CampaigneffectTr::tr("No events of the treated group (%1) from %2 to %3.").arg(setup.treatedName, isoDate(a), isoDate(b))
                                    : CampaigneffectTr::tr("No events of the comparison (%1) from %2 to %3.").arg(setup.comparisonName, isoDate(a), isoDate(b));
            }
            result.push_back(c);
        }
        return result;
    };
    const bool withComparison = setup.comparison != ComparisonKind::None;
    std::vector<EffectCell> cell[kGroups][2];
    for (int g = 0; g < (withComparison ? kGroups : 1); ++g) {
        for (int p = 0; p < 2; ++p)
            cell[g][p] = measure(g, p);
    }

    // Counts compare only over whole periods: the data must reach both ends.
    const bool complete = firstTs <= from && lastTs >= to - kDayMs;
    if (firstTs > from && firstTs < mid)
        out.notes << CampaigneffectTr::tr("The data set starts on %1, after the period before the campaign begins (%2): that period is only partly covered.")
                         .arg(isoDate(QDate(1970, 1, 1).addDays(firstTs / kDayMs)), isoDate(setup.beforeFirst));
    if (lastTs < to - kDayMs && lastTs >= mid)
        out.notes << CampaigneffectTr::tr("The data set ends on %1, before the campaign ends (%2): its period is only partly covered.")
                         .arg(isoDate(QDate(1970, 1, 1).addDays(lastTs / kDayMs)), isoDate(setup.last));

    std::size_t bound = 0;
    for (const Kpi &kpi : setup.scope.kpis) {
        KpiEffect k;
        k.kpiId = kpi.id;
        k.name = kpi.name;
        k.unit = kpi.unit;
        const std::size_t i = bound++;
        k.before = cell[0][0].at(i);
        k.during = cell[0][1].at(i);
        if (withComparison) {
            k.treatedBefore = cell[1][0].at(i);
            k.treatedDuring = cell[1][1].at(i);
            k.comparisonBefore = cell[2][0].at(i);
            k.comparisonDuring = cell[2][1].at(i);
        }
        const bool hasDenominator = !kpi.binding->denominatorEventType.trimmed().isEmpty();
        bool proportion = hasDenominator && kpi.unit == KpiUnit::Percent;
        for (const EffectCell *c : {&k.before, &k.during, &k.treatedBefore, &k.treatedDuring, &k.comparisonBefore,
                                    &k.comparisonDuring}) {
            if (c->measured && c->numerator > c->denominator)
                proportion = false; // more successes than trials: not a proportion
        }
        k.method = !hasDenominator ? EffectMethod::Count : proportion ? EffectMethod::TwoProportion : EffectMethod::Rate;
        estimate(k, complete, withComparison);
        out.kpis.push_back(k);
    }
    for (const Kpi &kpi : setup.unbound) {
        KpiEffect k;
        k.kpiId = kpi.id;
        k.name = kpi.name;
        k.unit = kpi.unit;
        const QString why = CampaigneffectTr::tr("The KPI has no binding to the data set's events: bind it in the KPI table.");
        k.before.note = k.during.note = why;
        k.differenceNote = why;
        if (withComparison)
            k.didNote = why;
        out.kpis.push_back(k);
    }
    // Plan order: bound and unbound KPIs as the plan lists them.
    std::stable_sort(out.kpis.begin(), out.kpis.end(), [&setup](const KpiEffect &a, const KpiEffect &b) {
        return setup.kpiOrder.indexOf(a.kpiId) < setup.kpiOrder.indexOf(b.kpiId);
    });
    return true;
}

} // namespace omnimap::sim
