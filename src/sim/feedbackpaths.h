#pragma once

#include "feedbacktable.h"

#include <QString>

#include <vector>

namespace omnimap::sim {

/// A channel path that customers followed before leaving a low score.
struct DetractorPath
{
    QString path;        ///< "sns > app > store" (repeats of one channel collapsed)
    int customers = 0;   ///< customers whose first low score followed this path
    double share = 0.0;  ///< of all customers with a low score and events before it
};

/// The paths most often followed by a low score: for every customer with a low-score row,
/// their events up to the time of their first low score, as channels in time order.
/// Anonymous feedback has no path. Reads the events table once (one sequential scan).
bool detractorPaths(DataSet &dataSet, const FeedbackTable &table, int limit, std::vector<DetractorPath> &paths,
                    QString *error = nullptr);

} // namespace omnimap::sim
