#include "mapexport.h"

#include "model/lookup.h"
#include "render/mapimage.h"
#include "render/maprenderer.h"
#include "reportdata.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace omnimap::MapExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("omnimap::Report", text);
}

bool saveBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool journeyExists(const Project &project, const Id &journeyId, const QString &path, QString *error)
{
    if (findById(project.journeys, journeyId))
        return true;
    if (error)
        *error = tr("%1: no journey with id \"%2\"").arg(QDir::toNativeSeparators(path), journeyId);
    return false;
}

} // namespace

bool writePng(const QString &path, const Project &project, const Id &journeyId, int dpi,
              const MapRenderOptions &options, QString *error)
{
    if (!journeyExists(project, journeyId, path, error))
        return false;
    const int safeDpi = qBound(24, dpi, 600);
    QImage image = renderMapImage(project, journeyId, safeDpi / 96.0, options);
    if (image.isNull()) {
        if (error)
            *error = tr("%1: the map is too large for a picture at %2 dpi; choose a lower resolution")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(safeDpi);
        return false;
    }
    const int dotsPerMeter = qRound(safeDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        if (error)
            *error = tr("%1: cannot encode PNG: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
        return false;
    }
    return saveBytes(path, bytes, error);
}

bool writeSvg(const QString &path, const Project &project, const Id &journeyId,
              const MapRenderOptions &options, QString *error)
{
    if (!journeyExists(project, journeyId, path, error))
        return false;
    const MapRenderer renderer(project, journeyId, options);
    const QRectF bounds = renderer.boundingRect();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(bounds.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), bounds.size()));
    svg.setResolution(96);
    svg.setTitle(ReportData::journeyName(project, journeyId));
    svg.setDescription(tr("Journey map exported by Omnimap from \"%1\"").arg(project.name));
    {
        QPainter painter(&svg);
        painter.translate(-bounds.topLeft());
        renderer.paint(&painter);
    }
    return saveBytes(path, bytes, error);
}

QString fileBaseName(const Journey &journey)
{
    QString name;
    for (const QChar c : journey.name) {
        // Letters of any script are fine; path separators, wildcards and controls are not.
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            name += c;
        else if (!name.endsWith(QLatin1Char('-')))
            name += QLatin1Char('-');
    }
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("journey");
    return name.left(60) + QLatin1Char('-') + journey.id.left(8);
}

QStringList writeAll(const QString &directory, Format format, const Project &project, const Id &journeyId,
                     int dpi, QString *error)
{
    QStringList written;
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(directory));
        return written;
    }
    const QDir dir(directory);
    for (const Journey *j : ReportData::journeysFor(project, journeyId)) {
        const QString suffix = format == Format::Png ? QStringLiteral(".png") : QStringLiteral(".svg");
        const QString path = dir.filePath(fileBaseName(*j) + suffix);
        const MapRenderOptions options;
        const bool ok = format == Format::Png ? writePng(path, project, j->id, dpi, options, error)
                                              : writeSvg(path, project, j->id, options, error);
        if (!ok)
            return written;
        written << path;
    }
    return written;
}

} // namespace omnimap::MapExport
