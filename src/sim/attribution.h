#pragma once

#include "markovchain.h"
#include "markovorder.h"
#include "pathset.h"

#include <atomic>
#include <cstdint>
#include <utility>

#include <QString>
#include <QStringList>

#include <vector>

namespace omnimap::sim {

enum class AttributionModel { FirstTouch, LastTouch, Linear, TimeDecay, PositionBased, Markov };

/// "first", "last", "linear", "time-decay", "position", "markov".
QStringList attributionModelNames();
bool attributionModelFromName(const QString &name, AttributionModel &model);
QString attributionModelName(AttributionModel model);

struct AttributionOptions
{
    AttributionModel model = AttributionModel::Linear;
    double halfLifeDays = 7.0;   ///< time decay; touches without a time count one day per step
    double firstShare = 0.4;     ///< position-based: first touch
    double lastShare = 0.4;      ///< position-based: last touch (the middle shares the rest)
    int markovOrder = 1;         ///< 1..4; 0: chosen by cross-validation (chooseMarkovOrder)
    /// Markov: consecutive repeats of a channel count once (the older variant); by
    /// default every touch counts as it happened, as in the standard higher-order chain.
    bool collapseRepeats = false;
    int bootstrap = 0;           ///< replicates for the 90 % intervals; 0: no intervals
    std::uint64_t seed = 1;      ///< bootstrap resampling and cross-validation folds
    int threads = 2;             ///< bootstrap replicates run in parallel
    int folds = 5;               ///< cross-validation folds of the order choice
    const std::atomic<bool> *cancel = nullptr;
};

/// The largest number of bootstrap replicates attribute() accepts.
constexpr int kMaxBootstrap = 100000;

struct ChannelCredit
{
    int channelId = 0;
    QString channel;
    double conversions = 0.0;   ///< attributed conversions
    double value = 0.0;         ///< attributed conversion value
    double removalEffect = 0.0; ///< Markov only
    /// 90 % bootstrap percentile intervals (equal to the estimate without a bootstrap).
    double conversionsLow = 0.0;
    double conversionsHigh = 0.0;
    double valueLow = 0.0;
    double valueHigh = 0.0;
};

struct AttributionResult
{
    bool ok = false;
    QString error;
    AttributionModel model = AttributionModel::Linear;
    double totalConversions = 0.0;
    double totalValue = 0.0;
    double conversionProbability = 0.0; ///< Markov only
    int markovStates = 0;
    int markovOrder = 0;                ///< Markov only: the order used
    bool collapseRepeats = false;       ///< Markov only: the variant used
    OrderChoice orderChoice;            ///< Markov with order 0: the cross-validation
    int bootstrap = 0;                  ///< replicates behind the intervals; 0: none
    double intervalLevel = 0.9;
    std::vector<ChannelCredit> channels; ///< channels that appear in a path, by id
};

/// Splits every converting path's conversions and value over its touches by the model.
/// Rule-based models credit each touch (a channel touched twice gets two shares);
/// the Markov model shares the total by normalised removal effects.
/// With options.bootstrap = B > 0, B replicates resample the journeys with replacement
/// (a multinomial draw over the distinct paths by their counts), refit the model and give
/// each channel's conversions and value a 90 % percentile interval.
AttributionResult attribute(const PathSet &paths, const AttributionOptions &options);

/// Pairs of channels (indices into result.channels) whose conversion intervals overlap:
/// the data cannot tell them apart. Empty without a bootstrap.
std::vector<std::pair<int, int>> indistinguishableChannels(const AttributionResult &result);

} // namespace omnimap::sim
