// Target: SVG and PDF export of a loaded project (offscreen). The SVG must be well-formed
// XML with no script, and pictures only as inline data (never a file or URL reference).

#include "fuzztargets.h"

#include "format/projectfile.h"
#include "report/mapexport.h"
#include "report/pdfreport.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace omnimap::fuzz {

int mapExport(const std::uint8_t *data, std::size_t size)
{
    ensureApplication();
    const LoadResult loaded = readProject(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                          QStringLiteral("fuzz.omnimap"));
    if (!loaded.ok() || loaded.project->journeys.isEmpty())
        return 0;
    static QTemporaryDir dir;
    const QString svgPath = dir.filePath(QStringLiteral("map.svg"));
    QString error;
    if (MapExport::writeSvg(svgPath, *loaded.project, loaded.project->journeys.constFirst().id, {}, &error)) {
        QFile file(svgPath);
        if (!file.open(QIODevice::ReadOnly))
            finding("the SVG written cannot be read");
        QXmlStreamReader xml(file.readAll());
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("script") || xml.name() == QLatin1String("foreignObject"))
                finding("the SVG has an element the map never draws", qPrintable(xml.name().toString()));
            // Pictures (persona avatars) are only ever inline data, never a reference.
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1String("href") && !a.value().startsWith(QLatin1String("data:image/")))
                    finding("the SVG references something outside itself", qPrintable(a.value().toString()));
            }
        }
        if (xml.hasError())
            finding("the SVG is not well-formed XML", qPrintable(xml.errorString()));
    }
    // The PDF of a large project takes long; the structure is what matters here.
    if (size <= 64 * 1024) {
        ReportOptions options;
        options.journeyId = loaded.project->journeys.constFirst().id;
        PdfReport report(*loaded.project, options);
        report.writePdf(dir.filePath(QStringLiteral("plan.pdf")), &error);
    }
    return 0;
}

} // namespace omnimap::fuzz
