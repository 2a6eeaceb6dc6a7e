#include "mapimage.h"

#include "maprenderer.h"
#include "model/lookup.h"

#include <QPainter>

#include <cmath>

namespace omnimap {

QImage renderMapImage(const Project &project, const Id &journeyId, double scale, const MapRenderOptions &options)
{
    if (!findById(project.journeys, journeyId) || scale <= 0.0)
        return {};
    const MapRenderer renderer(project, journeyId, options);
    const QRectF bounds = renderer.boundingRect();
    const QSize size(int(std::ceil(bounds.width() * scale)), int(std::ceil(bounds.height() * scale)));
    // Guard against absurd sizes (QImage would fail or eat the machine's memory).
    if (size.isEmpty() || qint64(size.width()) * size.height() > 400LL * 1000 * 1000)
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    painter.translate(-bounds.topLeft());
    renderer.paint(&painter);
    painter.end();
    return image;
}

} // namespace omnimap
