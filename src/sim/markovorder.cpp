#include "markovorder.h"

#include "rng.h"

#include <QCoreApplication>

#include <cmath>
#include <random>
#include <unordered_map>

namespace omnimap::sim {

namespace {

struct MarkovorderTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

/// std::binomial_distribution wants a URBG.
struct Urbg
{
    using result_type = std::uint64_t;
    Xoshiro256 &rng;
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type(0); }
    result_type operator()() { return rng.next(); }
};

} // namespace

OrderChoice chooseMarkovOrder(const PathSet &paths, bool collapseRepeats, int folds, std::uint64_t seed, int maxOrder)
{
    OrderChoice choice;
    if (folds < 2 || maxOrder < 1 || maxOrder > 4) {
        choice.error = MarkovorderTr::tr("Order choice needs at least two folds and orders from 1 to 4.");
        return choice;
    }
    choice.folds = folds;
    const PathSet distinct = uniquePaths(paths, collapseRepeats);
    int channels = int(std::max<qsizetype>(paths.channelNames.size(), 1)) - 1;
    for (std::uint16_t c : distinct.channels)
        channels = std::max(channels, int(c));
    const std::uint32_t convSymbol = std::uint32_t(channels) + 1, nullSymbol = std::uint32_t(channels) + 2;
    const double alphabet = double(channels) + 2.0;
    const auto F = std::size_t(folds);
    const auto K = std::size_t(maxOrder);

    // Categories: a distinct path with one outcome, and how many of its journeys fall in
    // each fold (every journey lands in a fold uniformly at random).
    Xoshiro256 rng(seed);
    Urbg urbg{rng};
    struct Category
    {
        std::uint32_t path;
        std::uint32_t outcome;
    };
    std::vector<Category> categories;
    std::vector<double> foldCount;
    std::vector<double> foldJourneys(F, 0.0);
    for (std::size_t p = 0; p < distinct.size(); ++p) {
        for (const auto &[count, symbol] : {std::pair{distinct.conversions[p], convSymbol}, std::pair{distinct.nulls[p], nullSymbol}}) {
            if (!(count > 0.0) || !std::isfinite(count))
                continue;
            categories.push_back({std::uint32_t(p), symbol});
            const double whole = std::floor(count);
            auto left = static_cast<long long>(whole);
            for (std::size_t f = 0; f < F; ++f) {
                long long n = left;
                if (f + 1 < F && left > 0)
                    n = std::binomial_distribution<long long>(left, 1.0 / double(F - f))(urbg);
                foldCount.push_back(double(n));
                left -= n;
            }
            if (count > whole) // a fractional count goes to one fold
                foldCount[foldCount.size() - F + std::size_t(rng.next() % F)] += count - whole;
            for (std::size_t f = 0; f < F; ++f)
                foldJourneys[f] += foldCount[foldCount.size() - F + f];
        }
    }
    for (double j : foldJourneys)
        choice.journeys += j;
    if (choice.journeys <= 0.0) {
        choice.error = MarkovorderTr::tr("There are no journeys to choose a Markov order from.");
        return choice;
    }

    // Every event (the symbol after a history) of every category, under each order.
    std::vector<std::unordered_map<std::uint64_t, std::uint32_t>> contextIndex(K);
    std::unordered_map<std::uint64_t, std::uint32_t> eventIndex; // context << 32 | symbol
    std::vector<std::uint32_t> eventContext;
    std::vector<std::uint32_t> posOffsets{0}, posSymbol, posEvent;
    std::uint32_t contexts = 0;
    for (const Category &cat : categories) {
        const std::uint32_t b = distinct.begin(cat.path), e = distinct.end(cat.path);
        for (std::uint32_t t = b; t <= e; ++t) {
            const std::uint32_t symbol = t < e ? distinct.channels[t] : cat.outcome;
            posSymbol.push_back(symbol);
            for (std::size_t k = 1; k <= K; ++k) {
                std::uint64_t history = 0;
                for (std::uint32_t i = t - std::min<std::uint32_t>(t - b, std::uint32_t(k)); i < t; ++i)
                    history = (history << 16) | distinct.channels[i];
                const auto [ctx, newContext] = contextIndex[k - 1].try_emplace(history, contexts);
                if (newContext)
                    ++contexts;
                const auto [ev, newEvent] = eventIndex.try_emplace((std::uint64_t(ctx->second) << 32) | symbol,
                                                                   std::uint32_t(eventContext.size()));
                if (newEvent)
                    eventContext.push_back(ctx->second);
                posEvent.push_back(ev->second);
            }
        }
        posOffsets.push_back(std::uint32_t(posSymbol.size()));
    }
    const std::size_t events = eventContext.size();
    const auto symbols = std::size_t(nullSymbol) + 1;
    // Counts per fold; training counts are the total less the held-out fold.
    std::vector<double> eventFold(F * events, 0.0), contextFold(F * contexts, 0.0), unigramFold(F * symbols, 0.0);
    for (std::size_t c = 0; c < categories.size(); ++c) {
        for (std::size_t f = 0; f < F; ++f) {
            const double w = foldCount[c * F + f];
            if (w <= 0.0)
                continue;
            for (std::uint32_t pos = posOffsets[c]; pos < posOffsets[c + 1]; ++pos) {
                unigramFold[f * symbols + posSymbol[pos]] += w;
                for (std::size_t k = 0; k < K; ++k) {
                    const std::uint32_t ev = posEvent[pos * K + k];
                    eventFold[f * events + ev] += w;
                    contextFold[f * contexts + eventContext[ev]] += w;
                }
            }
        }
    }
    auto total = [&](const std::vector<double> &perFold, std::size_t size) {
        std::vector<double> sum(size, 0.0);
        for (std::size_t f = 0; f < F; ++f)
            for (std::size_t i = 0; i < size; ++i)
                sum[i] += perFold[f * size + i];
        return sum;
    };
    const std::vector<double> eventTotal = total(eventFold, events), contextTotal = total(contextFold, contexts),
                              unigramTotal = total(unigramFold, symbols);
    double unigramAll = 0.0;
    for (double u : unigramTotal)
        unigramAll += u;

    std::vector<std::vector<double>> perFold(K, std::vector<double>(F, 0.0));
    std::vector<double> logP(K);
    for (std::size_t f = 0; f < F; ++f) {
        if (foldJourneys[f] <= 0.0)
            continue;
        double unigramTrain = unigramAll;
        for (std::size_t s = 0; s < symbols; ++s)
            unigramTrain -= unigramFold[f * symbols + s];
        std::vector<double> ll(K, 0.0);
        for (std::size_t c = 0; c < categories.size(); ++c) {
            const double w = foldCount[c * F + f];
            if (w <= 0.0)
                continue;
            for (std::uint32_t pos = posOffsets[c]; pos < posOffsets[c + 1]; ++pos) {
                const std::uint32_t x = posSymbol[pos];
                const double u = std::max(0.0, unigramTotal[x] - unigramFold[f * symbols + x]);
                double p = (u + 1.0 / alphabet) / (std::max(0.0, unigramTrain) + 1.0);
                for (std::size_t k = 0; k < K; ++k) {
                    const std::uint32_t ev = posEvent[pos * K + k];
                    const std::uint32_t ctx = eventContext[ev];
                    const double n = std::max(0.0, eventTotal[ev] - eventFold[f * events + ev]);
                    const double m = std::max(0.0, contextTotal[ctx] - contextFold[f * contexts + ctx]);
                    p = (n + p) / (m + 1.0); // unseen history (m = 0): the lower order's estimate
                    ll[k] += w * std::log(p);
                }
            }
        }
        for (std::size_t k = 0; k < K; ++k)
            perFold[k][f] = ll[k] / foldJourneys[f];
    }
    std::vector<std::size_t> statesOf(K, 0);
    for (std::size_t k = 0; k < K; ++k)
        statesOf[k] = contextIndex[k].size();
    int used = 0;
    for (double j : foldJourneys)
        used += j > 0.0 ? 1 : 0;
    for (std::size_t k = 0; k < K; ++k) {
        OrderScore score;
        score.order = int(k) + 1;
        score.states = int(statesOf[k]);
        double sum = 0.0, sq = 0.0;
        for (std::size_t f = 0; f < F; ++f) {
            if (foldJourneys[f] > 0.0) {
                sum += perFold[k][f];
                sq += perFold[k][f] * perFold[k][f];
            }
        }
        score.logLikelihood = sum / double(used);
        if (used > 1) {
            const double variance = std::max(0.0, (sq - sum * sum / double(used)) / double(used - 1));
            score.standardError = std::sqrt(variance / double(used));
        }
        choice.scores.push_back(score);
        if (choice.chosen == 0 || score.logLikelihood > choice.scores[std::size_t(choice.chosen - 1)].logLikelihood)
            choice.chosen = score.order;
    }
    choice.ok = true;
    return choice;
}

} // namespace omnimap::sim
