#pragma once

#include "model/project.h"
#include "render/maprenderoptions.h"

#include <QByteArray>
#include <QStringList>

namespace omnimap {

/// Journey maps as pictures, drawn by the shared MapRenderer (the canvas's own drawing).
namespace MapExport {

enum class Format { Png, Svg };

/// Resolution of a PNG when the user picks none: crisp on slides and high-DPI screens.
constexpr int kDefaultDpi = 144;

/// A PNG of the journey at `dpi` (96 = one pixel per scene unit), with the DPI stored in
/// the file. False with `error` naming the file when the journey is missing, the picture
/// would be too large, or the file cannot be written.
bool writePng(const QString &path, const Project &project, const Id &journeyId, int dpi,
              const MapRenderOptions &options, QString *error);

/// The SVG of the journey (what writeSvg writes), or empty when there is no such journey.
QByteArray svgBytes(const Project &project, const Id &journeyId, const MapRenderOptions &options);

/// An SVG of the journey: vector shapes and real text, one card shape per touchpoint.
bool writeSvg(const QString &path, const Project &project, const Id &journeyId,
              const MapRenderOptions &options, QString *error);

/// A file name for the journey's picture: its name made safe for every file system, and
/// its id's first characters so two journeys with one name do not overwrite each other.
QString fileBaseName(const Journey &journey);

/// Writes a picture of every journey (or only `journeyId`) into `directory`.
/// Returns the paths written; on failure, `error` names the file.
QStringList writeAll(const QString &directory, Format format, const Project &project, const Id &journeyId,
                     int dpi, QString *error);

} // namespace MapExport
} // namespace omnimap
