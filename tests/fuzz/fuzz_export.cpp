// Target: SVG and PDF export of a loaded project (offscreen). The SVG must be well-formed
// XML with no script, and pictures only as inline data (never a file or URL reference).

#include "fuzztargets.h"

#include "format/projectfile.h"
#include "report/mapexport.h"
#include "report/pdfreport.h"

#include <QByteArray>
#include <QBuffer>
#include <QXmlStreamReader>

namespace omnimap::fuzz {

int mapExport(const std::uint8_t *data, std::size_t size)
{
    ensureApplication();
    const LoadResult loaded = readProject(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                          QStringLiteral("fuzz.omnimap"));
    if (!loaded.ok() || loaded.project->journeys.isEmpty())
        return 0;
    // In memory: files in a temporary folder cost each run its open, write and rename.
    const QByteArray svg = MapExport::svgBytes(*loaded.project, loaded.project->journeys.constFirst().id, {});
    if (svg.isEmpty())
        finding("no SVG for the project's first journey");
    QXmlStreamReader xml(svg);
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
    // The PDF of a large project takes long; the structure is what matters here.
    if (size <= 64 * 1024) {
        ReportOptions options;
        options.journeyId = loaded.project->journeys.constFirst().id;
        PdfReport report(*loaded.project, options);
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        if (!report.writePdf(&pdf))
            finding("the PDF was not written");
        if (!pdf.data().startsWith("%PDF-"))
            finding("the PDF does not start with its header");
    }
    return 0;
}

} // namespace omnimap::fuzz
