#pragma once

#include "maprenderoptions.h"
#include "model/project.h"

#include <QImage>

namespace omnimap {

/// Renders a whole journey map into an image, `scale` image pixels per scene unit.
/// Returns a null image when the journey does not exist or the image would be too large.
QImage renderMapImage(const Project &project, const Id &journeyId, double scale,
                      const MapRenderOptions &options = {});

} // namespace omnimap
