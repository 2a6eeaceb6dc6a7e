#include "mapexport.h"

#include "format/safefilename.h"
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

struct MapexportTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

bool saveBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = MapexportTr::tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool journeyExists(const Project &project, const Id &journeyId, const QString &path, QString *error)
{
    if (findById(project.journeys, journeyId))
        return true;
    if (error)
        *error = MapexportTr::tr("%1: no journey with id \"%2\"").arg(QDir::toNativeSeparators(path), journeyId);
    return false;
}

/// Text for an XML element: markup characters escaped, and characters XML 1.0 forbids
/// (C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/FFFF) dropped.
QString svgText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean += c;
            clean += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D) || c.isSurrogate() || u == 0xFFFE || u == 0xFFFF)
            continue;
        clean += c;
    }
    return clean.toHtmlEscaped();
}

/// Drops from generated SVG the characters XML 1.0 cannot carry at all. QSvgGenerator
/// escapes markup in drawn text but copies C0 controls and U+FFFE/U+FFFF through, which
/// would make the file malformed. Byte-level is exact here: in UTF-8 these bytes and
/// sequences never occur inside another character.
QByteArray withoutXmlInvalidCharacters(const QByteArray &svg)
{
    QByteArray clean;
    clean.reserve(svg.size());
    for (qsizetype i = 0; i < svg.size(); ++i) {
        const auto b = static_cast<unsigned char>(svg.at(i));
        if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D)
            continue;
        if (b == 0xEF && i + 2 < svg.size() && static_cast<unsigned char>(svg.at(i + 1)) == 0xBF
            && (static_cast<unsigned char>(svg.at(i + 2)) == 0xBE || static_cast<unsigned char>(svg.at(i + 2)) == 0xBF)) {
            i += 2;
            continue;
        }
        clean.append(char(b));
    }
    return clean;
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
            *error = MapexportTr::tr("%1: the map is too large for a picture at %2 dpi; choose a lower resolution")
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
            *error = MapexportTr::tr("%1: cannot encode PNG: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
        return false;
    }
    return saveBytes(path, bytes, error);
}

QByteArray svgBytes(const Project &project, const Id &journeyId, const MapRenderOptions &options)
{
    if (!findById(project.journeys, journeyId))
        return {};
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
    // QSvgGenerator writes <title> and <desc> verbatim (Qt 6.4): names from the untrusted
    // project must be escaped here, or a name could add elements or break the XML.
    svg.setTitle(svgText(ReportData::journeyName(project, journeyId)));
    svg.setDescription(svgText(MapexportTr::tr("Journey map exported by Omnimap from \"%1\"").arg(project.name)));
    {
        QPainter painter(&svg);
        painter.translate(-bounds.topLeft());
        renderer.paint(&painter);
    }
    return withoutXmlInvalidCharacters(bytes);
}

bool writeSvg(const QString &path, const Project &project, const Id &journeyId,
              const MapRenderOptions &options, QString *error)
{
    if (!journeyExists(project, journeyId, path, error))
        return false;
    return saveBytes(path, svgBytes(project, journeyId, options), error);
}

QString fileBaseName(const Journey &journey)
{
    // Both parts come from the untrusted project: the id is as free-form as the name
    // (an id "/../../E" must not climb out of the folder), so both are sanitised.
    return safeFileComponent(journey.name, QStringLiteral("journey")) + QLatin1Char('-')
        + safeFileComponent(journey.id, QStringLiteral("id"), 8);
}

QStringList writeAll(const QString &directory, Format format, const Project &project, const Id &journeyId,
                     int dpi, QString *error)
{
    QStringList written;
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = MapexportTr::tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(directory));
        return written;
    }
    const QDir dir(directory);
    for (const Journey *j : ReportData::journeysFor(project, journeyId)) {
        const QString suffix = format == Format::Png ? QStringLiteral(".png") : QStringLiteral(".svg");
        const QString path = pathInside(dir.absolutePath(), fileBaseName(*j) + suffix);
        if (path.isEmpty()) {
            if (error)
                *error = MapexportTr::tr("%1: cannot make a safe file name for journey \"%2\"")
                             .arg(QDir::toNativeSeparators(directory), j->name);
            return written;
        }
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
