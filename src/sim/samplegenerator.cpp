#include "samplegenerator.h"

#include "dimensiondictionary.h"
#include "eventwriter.h"
#include "importrun.h"
#include "journeychain.h"
#include "rng.h"
#include "samplefeedback.h"
#include "timestampparser.h"

#include "model/lookup.h"
#include "plan/experimentplan.h"

#include <QCoreApplication>

#include <cmath>
#include <iterator>
#include <cstring>

namespace omnimap::sim {

namespace {

struct SamplegeneratorTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

const char *const kAgeBands[] = {"18-24", "25-34", "35-44", "45-54", "55+"};
const char *const kGenders[] = {"female", "male", "other"};
const char *const kRegions[] = {"Seoul", "Busan", "Incheon", "Daegu", "Gwangju", "Daejeon"};

template<std::size_t N>
QString pick(Xoshiro256 &rng, const char *const (&pool)[N])
{
    return QString::fromLatin1(pool[rng.next() % N]);
}

/// Customer attributes; for a persona, values its segment rule accepts.
struct Attributes
{
    QString ageBand, gender, region, signupDate;
    QList<std::pair<QString, QString>> custom;
};

QString randomDate(Xoshiro256 &rng, int fromYear, int years)
{
    const int year = fromYear + int(rng.next() % unsigned(std::max(1, years)));
    const int month = 1 + int(rng.next() % 12);
    const int day = 1 + int(rng.next() % 28);
    return QStringLiteral("%1-%2-%3").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
}

Attributes attributesFor(Xoshiro256 &rng, const Persona *persona)
{
    Attributes a{pick(rng, kAgeBands), pick(rng, kGenders), pick(rng, kRegions), randomDate(rng, 2020, 5), {}};
    if (!persona)
        return a;
    const SegmentRule &rule = persona->segmentRule;
    for (qsizetype i = 0; i < rule.conditions.size(); ++i) {
        if (!rule.matchAll && i > 0)
            break; // any-of: satisfying the first condition is enough
        const SegmentCondition &c = rule.conditions.at(i);
        QString value;
        switch (c.op) {
        case SegmentOperator::Equals:
        case SegmentOperator::In:
        case SegmentOperator::Contains:
            value = c.values.isEmpty() ? QString() : c.values.at(qsizetype(rng.next() % std::uint64_t(c.values.size())));
            break;
        case SegmentOperator::NotEquals:
        case SegmentOperator::NotIn:
            value = QStringLiteral("other-") + QString::number(rng.next() % 1000);
            for (const char *candidate : kRegions) {
                if (!c.values.contains(QString::fromLatin1(candidate), Qt::CaseInsensitive) && c.field == SegmentField::Region) {
                    value = QString::fromLatin1(candidate);
                    break;
                }
            }
            break;
        case SegmentOperator::Before:
            value = QStringLiteral("2000-01-01");
            break;
        case SegmentOperator::After:
            value = QStringLiteral("2999-12-31");
            if (!c.values.isEmpty() && c.values.first().size() >= 10)
                value = c.values.first().left(4) + QStringLiteral("-12-31");
            if (value <= c.values.value(0))
                value = QStringLiteral("2999-12-31");
            break;
        }
        switch (c.field) {
        case SegmentField::AgeBand:
            a.ageBand = value;
            break;
        case SegmentField::Gender:
            a.gender = value;
            break;
        case SegmentField::Region:
            a.region = value;
            break;
        case SegmentField::SignupDate:
            a.signupDate = value;
            break;
        case SegmentField::Attribute:
            a.custom.append({c.attribute, value});
            break;
        }
    }
    return a;
}

/// The event type a touch at this stage produces.
const char *touchType(Xoshiro256 &rng, int stage, int firstStage, int conversionStage)
{
    const double u = rng.uniform();
    if (stage == firstStage)
        return u < 0.7 ? "impression" : "click";
    if (stage == conversionStage)
        return u < 0.6 ? "add_to_cart" : "visit";
    if (stage > conversionStage)
        return u < 0.5 ? "visit" : "inquiry";
    return u < 0.55 ? "visit" : u < 0.85 ? "click" : "inquiry";
}

/// Per state, the chance of converting before dropping out (absorption into the
/// conversion column), by value iteration: the chain drops out at every step, so it
/// converges geometrically.
std::vector<double> conversionChance(const JourneyChain &chain)
{
    std::vector<double> a(std::size_t(chain.size()), 0.0), next(a.size());
    for (int iteration = 0; iteration < 2000; ++iteration) {
        double change = 0.0;
        for (int s = 0; s < chain.size(); ++s) {
            double v = chain.p(s, chain.conversionColumn());
            for (int t = 0; t < chain.size(); ++t)
                v += chain.p(s, t) * a[std::size_t(t)];
            next[std::size_t(s)] = v;
            change = std::max(change, std::fabs(v - a[std::size_t(s)]));
        }
        a.swap(next);
        if (change < 1e-13)
            break;
    }
    return a;
}

/// The arms of the experiment the sample plants (docs/experiments.md).
struct Arms
{
    const Experiment *experiment = nullptr;
    int touchpoint = -1;          ///< dictionary id of the exposure touchpoint
    std::vector<double> cumulative; ///< planned split, cumulative fractions
    std::vector<double> effect;     ///< per variant
    int purchaseCell = -1;          ///< a state of the purchase stage, for planted conversions
};

} // namespace

GeneratorResult generateSample(DataSet &dataSet, const omnimap::Project &project, const GeneratorOptions &options)
{
    GeneratorResult result;
    const Journey *journey = options.journeyId.isEmpty() ? (project.journeys.isEmpty() ? nullptr : &project.journeys.first())
                                                         : findById(project.journeys, options.journeyId);
    if (!journey || journey->stages.isEmpty() || journey->touchpoints.isEmpty()) {
        result.error = SamplegeneratorTr::tr("The project needs a journey with stages and touchpoints to generate sample data.");
        return result;
    }
    // The experiment to plant, checked before anything is written.
    bool planted = false;
    Id armTouchpointId, armHandoffId;
    {
        Project scope;
        scope.journeys = {*journey};
        scope.kpis = project.kpis;
        QString why;
        const bool wanted = !options.experiment.isEmpty() || !options.effects.empty();
        if (!experimentsOf(scope).isEmpty() || wanted) {
            const auto place = findExperiment(scope, options.experiment, &why);
            if (!place && wanted) {
                result.error = why;
                return result;
            }
            if (place) {
                planted = true;
                armTouchpointId = place->touchpoint ? place->touchpoint->id : Id();
                armHandoffId = place->handoff ? place->handoff->id : Id();
            }
        }
    }
    SqliteDb &db = dataSet.db();
    SqliteTransaction transaction(db);
    ImportOptions runOptions;
    ImportResult runResult;
    ImportRun run(db, runOptions, runResult);
    if (!transaction.isActive() || !run.begin("sample", QStringLiteral("seed=%1").arg(options.seed), QStringLiteral("{}"))) {
        result.error = SamplegeneratorTr::tr("%1: can not write: %2").arg(dataSet.path(), db.lastError());
        return result;
    }
    DimensionDictionary channels(db, Dimension::Channel);
    DimensionDictionary touchpoints(db, Dimension::Touchpoint);
    DimensionDictionary stages(db, Dimension::Stage);
    DimensionDictionary types(db, Dimension::EventType);
    EventWriter writer(db, runResult.runId);
    SampleFeedback feedback(db, runResult.runId, *journey, options.seed, options.feedbackShare);
    SqliteStatement insertCustomer = db.prepare(
        "INSERT INTO customers (id, external_id, age_band, gender, region, signup_date) VALUES (?, ?, ?, ?, ?, ?)");
    SqliteStatement insertAttribute = db.prepare("INSERT OR REPLACE INTO customer_attributes (customer_id, name, value) VALUES (?, ?, ?)");
    const std::int64_t firstCustomer = db.queryInt("SELECT ifnull(max(id), 0) + 1 FROM customers");

    // One ground-truth chain per persona (their preferred channels shape the entry), and
    // a generic one for customers outside every persona.
    std::vector<const Persona *> personas;
    for (const Persona &p : project.personas)
        personas.push_back(&p);
    personas.push_back(nullptr);
    std::vector<JourneyChain> chains;
    for (std::size_t i = 0; i < personas.size(); ++i) {
        JourneyChain chain = chainFromPlan(project, *journey, personas[i]);
        // Personas convert differently, so segment filters show different results.
        const double factor = 0.7 + 0.6 * double(i) / double(std::max<std::size_t>(1, personas.size() - 1));
        for (int s = 0; s < chain.size(); ++s) {
            const double p = chain.p(s, chain.conversionColumn());
            if (p > 0.0) {
                chain.p(s, chain.conversionColumn()) = std::min(0.9, p * factor);
                chain.p(s, chain.nullColumn()) += p - chain.p(s, chain.conversionColumn());
            }
        }
        chains.push_back(std::move(chain));
    }
    if (chains.front().size() == 0) {
        result.error = SamplegeneratorTr::tr("The journey's touchpoints are not in any stage.");
        return result;
    }
    // Names for every cell: stage, channel, and the touchpoints it holds.
    const int conversionStage = conversionStageIndex(*journey);
    const int firstStage = chains.front().states.front().stageIndex;
    struct Cell
    {
        int stage = 0, channel = 0;
        std::vector<int> touchpoints;
    };
    std::vector<Cell> cells(static_cast<std::size_t>(chains.front().size()));
    for (int s = 0; s < chains.front().size(); ++s) {
        const JourneyChain::State &state = chains.front().states[std::size_t(s)];
        Cell &cell = cells[std::size_t(s)];
        cell.stage = stages.idFor(state.stage.toStdString());
        cell.channel = channels.idFor(state.channel.toStdString());
        const Id stageId = journey->stages.at(state.stageIndex).id;
        for (const Touchpoint &tp : journey->touchpoints) {
            const Channel *channel = findById(project.channels, tp.channelId);
            const QString channelName = channel ? channel->name : tp.channelId;
            if (tp.stageId == stageId && channelName == state.channel)
                cell.touchpoints.push_back(touchpoints.idFor((tp.title.isEmpty() ? tp.id : tp.title).toStdString()));
        }
    }
    // Post-conversion stages (retention, advocacy) for events after a purchase.
    std::vector<std::pair<int, int>> afterCells;
    for (int si = conversionStage + 1; si < journey->stages.size(); ++si) {
        for (const Touchpoint &tp : journey->touchpoints) {
            if (tp.stageId != journey->stages.at(si).id)
                continue;
            const Channel *channel = findById(project.channels, tp.channelId);
            afterCells.push_back({stages.idFor(journey->stages.at(si).name.toStdString()),
                                  channels.idFor((channel ? channel->name : tp.channelId).toStdString())});
        }
    }
    Arms arms;
    std::vector<std::vector<double>> chance;
    if (planted) {
        const Touchpoint *tp = findById(journey->touchpoints, armTouchpointId);
        const Handoff *h = armHandoffId.isEmpty() ? nullptr : findById(journey->handoffs, armHandoffId);
        arms.experiment = h ? &*h->experiment : (tp && tp->experiment ? &*tp->experiment : nullptr);
        if (tp)
            arms.touchpoint = touchpoints.idFor((tp->title.isEmpty() ? tp->id : tp->title).toStdString());
        double sum = 0.0;
        for (double share : plannedShares(*arms.experiment))
            arms.cumulative.push_back(sum += share);
        arms.effect.assign(arms.cumulative.size(), 0.0);
        for (const auto &[label, effect] : options.effects) {
            qsizetype v = 0;
            while (v < arms.experiment->variants.size()
                   && arms.experiment->variants.at(v).label.compare(label, Qt::CaseInsensitive) != 0)
                ++v;
            if (v == arms.experiment->variants.size() || !std::isfinite(effect) || std::fabs(effect) >= 1.0) {
                result.error = SamplegeneratorTr::tr("--effect %1: the experiment \"%2\" has no variant of that label, or the change is "
                                  "not between -1 and 1.").arg(label, arms.experiment->name);
                return result;
            }
            arms.effect[std::size_t(v)] = effect;
        }
        for (const JourneyChain &chain : chains)
            chance.push_back(conversionChance(chain));
        for (int s = 0; s < chains.front().size(); ++s) {
            if (chains.front().states[std::size_t(s)].stageIndex == conversionStage && arms.purchaseCell < 0)
                arms.purchaseCell = s;
        }
    }
    // Arms are drawn from their own stream so a plan without an experiment generates
    // exactly the rows it did before experiments existed.
    Xoshiro256 armRng(options.seed ^ 0xA5A5F00DCAFEULL);

    int typeIds[8];
    // "repurchase": a later purchase by a customer who already converted. It is not a
    // conversion event type, so it does not open a new journey, but repeat-purchase
    // KPIs can count it.
    const char *const typeNames[] = {"impression", "visit", "click", "add_to_cart", "purchase", "inquiry", "repurchase"};
    constexpr int typeCount = int(std::size(typeNames));
    for (int t = 0; t < typeCount; ++t)
        typeIds[t] = types.idFor(typeNames[t]);
    auto typeId = [&](const char *name) {
        for (int t = 0; t < typeCount; ++t) {
            if (std::strcmp(typeNames[t], name) == 0)
                return typeIds[t];
        }
        return typeIds[1];
    };

    Xoshiro256 rng(options.seed);
    std::int64_t customer = firstCustomer;
    const double spreadMs = 90.0 * 86400000.0;
    bool ok = true;
    while (result.events < options.events && ok) {
        // Each persona gets an equal share; one share goes to customers outside them all.
        const std::size_t who = std::size_t(rng.next() % personas.size());
        const Attributes attributes = attributesFor(rng, personas[who]);
        const JourneyChain &chain = chains[who];
        const QByteArray external = "C" + QByteArray::number(customer).rightJustified(8, '0');
        insertCustomer.bindInt(1, customer);
        insertCustomer.bindText(2, std::string_view(external.constData(), std::size_t(external.size())));
        insertCustomer.bindText(3, attributes.ageBand);
        insertCustomer.bindText(4, attributes.gender);
        insertCustomer.bindText(5, attributes.region);
        insertCustomer.bindText(6, attributes.signupDate);
        ok = insertCustomer.step() == SQLITE_DONE;
        insertCustomer.reset();
        for (const auto &[name, value] : attributes.custom) {
            insertAttribute.bindInt(1, customer);
            insertAttribute.bindText(2, name);
            insertAttribute.bindText(3, value);
            ok = ok && insertAttribute.step() == SQLITE_DONE;
            insertAttribute.reset();
        }
        ++result.customers;
        int arm = -1;
        bool exposed = false;
        if (arms.experiment) {
            const double draw = armRng.uniform();
            arm = 0;
            while (arm + 1 < int(arms.cumulative.size()) && draw >= arms.cumulative[std::size_t(arm)])
                ++arm;
            insertAttribute.bindInt(1, customer);
            insertAttribute.bindText(2, QStringLiteral("variant"));
            insertAttribute.bindText(3, arms.experiment->variants.at(arm).label);
            ok = ok && insertAttribute.step() == SQLITE_DONE;
            insertAttribute.reset();
        }

        std::int64_t ts = options.startMs + std::int64_t(rng.uniform() * spreadMs);
        // The first draw picks the entry cell by cumulative probability.
        double u = rng.uniform();
        int state = 0;
        for (int s = 0; s < chain.size(); ++s) {
            u -= chain.entry[std::size_t(s)];
            state = s;
            if (u < 0.0)
                break;
        }
        bool converted = false;
        for (int step = 0; step < 50 && result.events < options.events && ok; ++step) {
            const Cell &cell = cells[std::size_t(state)];
            EventRecord event;
            event.customer = customer;
            event.ts = ts;
            event.stage = cell.stage;
            event.channel = cell.channel;
            event.touchpoint = cell.touchpoints.empty() ? 0 : cell.touchpoints[rng.next() % cell.touchpoints.size()];
            const char *type = touchType(rng, chain.states[std::size_t(state)].stageIndex, firstStage, conversionStage);
            event.eventType = typeId(type);
            event.cost = std::strcmp(type, "impression") == 0 ? 0.01 : std::strcmp(type, "click") == 0 ? 0.35 : 0.0;
            ok = writer.add(event);
            ++result.events;
            ts += std::int64_t(-std::log1p(-rng.uniform()) * chain.dwellDays[std::size_t(state)] * 86400000.0) + 60000;
            // Next state by cumulative probability over cells, conversion, drop-out.
            double v = rng.uniform();
            int next = chain.nullColumn();
            for (int c = 0; c < chain.columns(); ++c) {
                v -= chain.p(state, c);
                if (v < 0.0) {
                    next = c;
                    break;
                }
            }
            // The planted effect, decided once at the first exposure: with chance a of
            // converting from here, forcing a conversion with probability e/(1−a) (or a
            // drop-out with −e/a) moves the arm's rate from a to exactly a + e.
            bool forced = false;
            if (arm >= 0 && !exposed && event.touchpoint == arms.touchpoint) {
                exposed = true;
                const double e = arms.effect[std::size_t(arm)], a = chance[who][std::size_t(state)];
                const double w = armRng.uniform();
                forced = e > 0.0 && w < e / std::max(1e-12, 1.0 - a);
                if (forced)
                    next = chain.conversionColumn();
                else if (e < 0.0 && w < -e / std::max(1e-12, a))
                    next = chain.nullColumn();
            }
            if (next == chain.conversionColumn() && result.events < options.events) {
                EventRecord purchase = event;
                purchase.ts = ts;
                purchase.eventType = typeIds[4];
                purchase.cost = 0.0;
                // A planted conversion from an earlier stage buys where the plan's
                // conversions happen (the purchase stage), like every other conversion.
                if (forced && chain.states[std::size_t(state)].stageIndex != conversionStage && arms.purchaseCell >= 0) {
                    const Cell &buy = cells[std::size_t(arms.purchaseCell)];
                    purchase.stage = buy.stage;
                    purchase.channel = buy.channel;
                    purchase.touchpoint = buy.touchpoints.empty() ? 0 : buy.touchpoints.front();
                }
                // Log-normal basket, median ≈ 60.
                const double z = std::sqrt(-2.0 * std::log1p(-rng.uniform())) * std::cos(6.283185307179586 * rng.uniform());
                purchase.revenue = std::round(60.0 * std::exp(0.5 * z) * 100.0) / 100.0;
                ok = ok && writer.add(purchase);
                ++result.events;
                ++result.conversions;
                converted = true;
                result.revenue += purchase.revenue;
                // Some customers come back after buying: events after the conversion.
                if (!afterCells.empty() && rng.uniform() < 0.3 && result.events < options.events) {
                    const auto &[stage, channel] = afterCells[rng.next() % afterCells.size()];
                    EventRecord after;
                    after.customer = customer;
                    after.ts = ts + std::int64_t((1.0 + 20.0 * rng.uniform()) * 86400000.0);
                    after.stage = stage;
                    after.channel = channel;
                    const double kind = rng.uniform();
                    after.eventType = kind < 0.35 ? typeIds[6] : kind < 0.7 ? typeIds[1] : typeIds[5];
                    ok = ok && writer.add(after);
                    ++result.events;
                }
                break;
            }
            if (next >= chain.size())
                break;
            state = next;
        }
        const Cell &last = cells[std::size_t(state)];
        ok = ok && feedback.journeyEnded(customer, ts, personas[who], chain.states[std::size_t(state)].stageIndex,
                                         last.stage, last.channel, last.touchpoints, converted);
        ++customer;
        if ((result.customers & 0x3FFF) == 0) {
            if (options.progress)
                options.progress(result.events, options.events);
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                result.error = SamplegeneratorTr::tr("Cancelled; the data set is unchanged.");
                return result;
            }
        }
    }
    runResult.rowsRead = runResult.rowsImported = result.events;
    result.feedback = feedback.rows();
    if (!ok || !writer.flush() || !feedback.flush() || !run.finish() || !dataSet.bumpGeneration() || !transaction.commit()) {
        result.error = SamplegeneratorTr::tr("%1: writing the sample failed: %2").arg(dataSet.path(), db.lastError());
        return result;
    }
    if (options.progress)
        options.progress(options.events, options.events);
    result.ok = true;
    return result;
}

} // namespace omnimap::sim
