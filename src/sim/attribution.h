#pragma once

#include "markovchain.h"
#include "pathset.h"

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
    int markovOrder = 1;         ///< 1..4
};

struct ChannelCredit
{
    int channelId = 0;
    QString channel;
    double conversions = 0.0;   ///< attributed conversions
    double value = 0.0;         ///< attributed conversion value
    double removalEffect = 0.0; ///< Markov only
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
    std::vector<ChannelCredit> channels; ///< channels that appear in a path, by id
};

/// Splits every converting path's conversions and value over its touches by the model.
/// Rule-based models credit each touch (a channel touched twice gets two shares);
/// the Markov model shares the total by normalised removal effects.
AttributionResult attribute(const PathSet &paths, const AttributionOptions &options);

} // namespace omnimap::sim
