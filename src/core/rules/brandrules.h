#pragma once

#include "model/project.h"
#include "rulesink.h"

#include <optional>

namespace omnimap {

/// Default colour tolerance: Euclidean distance in RGB (0..441) below which a channel
/// colour counts as a palette colour (anti-aliasing and hand-typed near misses).
constexpr double kDefaultPaletteTolerance = 24.0;

/// Brand voice and look: message.forbidden-word, message.no-keyword,
/// channel.off-palette, promotion.no-parity.
void checkBrandRules(const Project &project, RuleSink &sink,
                     double paletteTolerance = kDefaultPaletteTolerance);

/// Distance from "#RRGGBB" to the nearest palette colour; nothing when the colour or
/// every palette entry is unreadable.
std::optional<double> paletteDistance(const QString &color, const QStringList &palette);

} // namespace omnimap
