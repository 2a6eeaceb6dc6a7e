#pragma once

#include "document/insight/mapoverlays.h"
#include "model/project.h"

#include <QColor>

namespace omnimap::insight {

/// One calm palette for every insight chart (DESIGN: status green / amber / red, channel
/// colours from the project).
namespace palette {

inline QColor onTrack() { return QColor(0x2E, 0x7D, 0x32); }
inline QColor atRisk() { return QColor(0xE0, 0x9B, 0x1A); }
inline QColor offTrack() { return QColor(0xC6, 0x28, 0x28); }
inline QColor neutral() { return QColor(0x90, 0x98, 0xA4); }
inline QColor ink() { return QColor(0x26, 0x32, 0x38); }
inline QColor mutedInk() { return QColor(0x60, 0x6B, 0x76); }
inline QColor grid() { return QColor(0xE3, 0xE7, 0xEB); }
inline QColor accent() { return QColor(0x3B, 0x6E, 0xA8); }
inline QColor accentLight() { return QColor(0xA9, 0xC4, 0xE4); }

QColor status(KpiStatus status);
/// A status word with its shape, so colour is never the only signal ("✔ On track").
QString statusText(KpiStatus status);
/// The project's colour for a channel name (case-insensitive), else a stable fallback.
QColor channelColour(const Project &project, const QString &channelName, int index);
/// Series colours for attribution models and scenario runs.
QColor series(int index);

} // namespace palette

} // namespace omnimap::insight
