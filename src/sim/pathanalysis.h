#pragma once

#include "journeybuilder.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace omnimap::sim {

enum class PathLevel { Channel, Touchpoint };

/// One distinct path with its outcome.
struct PathStat
{
    std::vector<std::uint16_t> ids;
    QString label; ///< "sns > email > store"
    std::int64_t journeys = 0;
    std::int64_t conversions = 0;
    double value = 0.0;
    double conversionRate() const { return journeys ? double(conversions) / double(journeys) : 0.0; }
};

struct PathSummary
{
    std::int64_t journeys = 0;
    std::int64_t conversions = 0;
    double value = 0.0;
    std::int64_t distinctPaths = 0;
    double conversionRate() const { return journeys ? double(conversions) / double(journeys) : 0.0; }
};

/// Distinct paths ordered by journeys (then conversions, then label), the first `top`.
std::vector<PathStat> topPaths(const Journeys &journeys, PathLevel level, int top, PathSummary *summary = nullptr);

/// The first `top` of any distinct paths in that order, labelled from `names`; `top` < 0
/// keeps them all.
std::vector<PathStat> rankPaths(std::vector<PathStat> paths, int top, const QStringList &names);

/// Channel -> channel transition counts, with a start row and conversion / null columns.
/// States: 0 = (start), 1..C = channel ids, C+1 = (conversion), C+2 = (null).
struct TransitionMatrix
{
    QStringList states;
    int size = 0;
    std::vector<double> counts; ///< row-major size × size

    double count(int from, int to) const { return counts[std::size_t(from) * std::size_t(size) + std::size_t(to)]; }
    double probability(int from, int to) const;
};

/// Counts consecutive touches of every journey; a channel repeated in a row counts on
/// the diagonal.
/// An all-zero matrix over (start), the channels `names[1..]` (id 0 is "none") and the
/// two absorbing states (conversion), (null): the one layout both ways of counting fill.
TransitionMatrix emptyTransitionMatrix(const QStringList &names);
TransitionMatrix channelTransitions(const Journeys &journeys);

struct FunnelStep
{
    QString stage;
    std::int64_t customers = 0; ///< customers with at least one event at this stage
    double reach = 0.0;         ///< customers / customers of the first stage
    double dropOff = 0.0;       ///< 1 - customers / customers of the previous stage
};

/// Stage funnel over the (filtered) events. Stages in `stageOrder` (names) first, in that
/// order, then any other stage in id order.
std::vector<FunnelStep> stageFunnel(const EventColumns &events, const JourneyOptions &filter,
                                    const QStringList &stageOrder = {});

struct TimeToConvert
{
    struct Bin
    {
        QString label;
        double fromDays = 0.0;
        double toDays = 0.0; ///< exclusive; infinity for the last bin
        std::int64_t count = 0;
    };
    std::vector<Bin> bins;
    std::int64_t conversions = 0;
    double meanDays = 0.0;
    double medianDays = 0.0;
    double p90Days = 0.0;
};

/// Days from a converted journey's first touch to its conversion.
TimeToConvert timeToConvert(const Journeys &journeys);

} // namespace omnimap::sim
