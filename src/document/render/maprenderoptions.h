#pragma once

#include "model/common.h"

#include <QHash>
#include <QStringList>

namespace omnimap {

/// What a map drawing shows. Shared by the canvas and the exports.
struct MapRenderOptions
{
    bool darkMode = false;
    int levelOfDetail = 2; ///< 0 overview blocks, 1 titles, 2 full
    QStringList personaFilter; ///< persona ids to draw; empty = all (at most five)
    bool showEmotionCurve = true;
    bool showNoteLanes = true;
    QHash<Id, double> handoffVolume; ///< optional overlay: relative 0..1 width per hand-off id
    Id selectedStageId; ///< lane headers show the channel's role at this stage; empty = strongest role
};

} // namespace omnimap
