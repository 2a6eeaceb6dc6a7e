// omnimap-cli export: the PDF plan, the JSON plan, map pictures, CSV tables and
// OpenJourney files of a project — the same files the app's export dialog writes.

#include "commandline.h"

#include "report/attributionexport.h"
#include "report/csvexport.h"
#include "format/projectfile.h"
#include "report/htmlexport.h"
#include "report/mapexport.h"
#include "model/lookup.h"
#include "report/openjourney.h"
#include "report/pdfreport.h"
#include "report/planjson.h"

#include <QDir>
#include <QHash>
#include <QTranslator>


namespace omnimap::cli {
namespace {

struct CmdExportTr { Q_DECLARE_TR_FUNCTIONS(cli) };

bool report(bool ok, const QString &error, const QStringList &written)
{
    for (const QString &path : written)
        out() << CmdExportTr::tr("wrote %1").arg(QDir::toNativeSeparators(path)) << '\n';
    if (!ok)
        err() << error << '\n';
    return ok;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption pdf(QStringLiteral("pdf"), CmdExportTr::tr("Write the PDF plan."), QStringLiteral("OUT.pdf"));
    const QCommandLineOption json(QStringLiteral("json"), CmdExportTr::tr("Write the JSON plan."), QStringLiteral("OUT.json"));
    const QCommandLineOption svg(QStringLiteral("svg"), CmdExportTr::tr("Write an SVG of each journey map into DIR."), QStringLiteral("DIR"));
    const QCommandLineOption png(QStringLiteral("png"), CmdExportTr::tr("Write a PNG of each journey map into DIR."), QStringLiteral("DIR"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), CmdExportTr::tr("PNG resolution (24 to 600)."), QStringLiteral("DPI"),
                                 QString::number(MapExport::kDefaultDpi));
    const QCommandLineOption csv(QStringLiteral("csv"), CmdExportTr::tr("Write KPI, touchpoint and campaign tables (and, with --db, attribution) into DIR."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption noBom(QStringLiteral("no-bom"), CmdExportTr::tr("CSV without the UTF-8 byte-order mark."));
    const QCommandLineOption ojf(QStringLiteral("ojf"), CmdExportTr::tr("Write each journey as an OpenJourney .ojf file into DIR."), QStringLiteral("DIR"));
    const QCommandLineOption db(QStringLiteral("db"), CmdExportTr::tr("Data set for the attribution table (--csv), the PDF report's attribution and feedback sections (--pdf) and the JSON plan's feedback (--json)."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption journey(QStringLiteral("journey"), CmdExportTr::tr("Only this journey (id or name)."), QStringLiteral("ID"));
    const QCommandLineOption lang(QStringLiteral("lang"), CmdExportTr::tr("Report language: en or ko."), QStringLiteral("LANG"));
    const QCommandLineOption html(QStringLiteral("html"), CmdExportTr::tr("Write the plan as one self-contained web page."),
                                  QStringLiteral("OUT.html"));
    const QCommandLineOption paper(QStringLiteral("paper"), CmdExportTr::tr("Paper: a4, a3, a2, letter or tabloid."), QStringLiteral("PAPER"),
                                   QStringLiteral("a4"));
    const QCommandLineOption orientation(QStringLiteral("orientation"),
                                         CmdExportTr::tr("Map pages: auto (turn with the map), portrait or landscape."),
                                         QStringLiteral("ORIENTATION"), QStringLiteral("auto"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 CmdExportTr::tr("Map pages: auto (one page when the card text stays at 7 pt or more, readable "
                                    "tiles otherwise), overview (one page however small) or poster (one large page)."),
                                 QStringLiteral("MODE"), QStringLiteral("auto"));
    parser.addOptions({pdf, html, json, svg, png, dpi, csv, noBom, ojf, db, journey, lang, paper, orientation, map});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CmdExportTr::tr("Project file (.omnimap)."));
    const int early = parseCommandLine(parser, arguments, CmdExportTr::tr("Export a plan: PDF, web page, JSON plan, SVG/PNG maps, CSV tables, OpenJourney."), 1);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    bool dpiOk = false;
    const int dpiValue = parser.value(dpi).toInt(&dpiOk);
    const QString paperValue = parser.value(paper).toLower();
    const QString mapValue = parser.value(map).toLower();
    const QString orientationValue = parser.value(orientation).toLower();
    static const QHash<QString, ReportPaper> papers{{QStringLiteral("a4"), ReportPaper::A4},
                                                    {QStringLiteral("a3"), ReportPaper::A3},
                                                    {QStringLiteral("a2"), ReportPaper::A2},
                                                    {QStringLiteral("letter"), ReportPaper::Letter},
                                                    {QStringLiteral("tabloid"), ReportPaper::Tabloid}};
    // "fit" and "split" are the names of earlier versions: one page, and tiles when needed.
    static const QHash<QString, MapPaging> pagings{{QStringLiteral("auto"), MapPaging::Auto},
                                                   {QStringLiteral("split"), MapPaging::Auto},
                                                   {QStringLiteral("overview"), MapPaging::Overview},
                                                   {QStringLiteral("fit"), MapPaging::Overview},
                                                   {QStringLiteral("poster"), MapPaging::Poster}};
    static const QHash<QString, MapOrientation> orientations{{QStringLiteral("auto"), MapOrientation::Auto},
                                                             {QStringLiteral("portrait"), MapOrientation::Portrait},
                                                             {QStringLiteral("landscape"), MapOrientation::Landscape}};
    const QString langValue = parser.isSet(lang) ? parser.value(lang).toLower() : QString();
    const bool anyOutput = parser.isSet(pdf) || parser.isSet(html) || parser.isSet(json) || parser.isSet(svg) || parser.isSet(png)
        || parser.isSet(csv) || parser.isSet(ojf);
    if (!anyOutput || !dpiOk || dpiValue < 24 || dpiValue > 600
        || !papers.contains(paperValue) || !pagings.contains(mapValue) || !orientations.contains(orientationValue)
        || (!langValue.isEmpty() && langValue != QLatin1String("en") && langValue != QLatin1String("ko"))
        || (parser.isSet(db) && !parser.isSet(csv) && !parser.isSet(pdf) && !parser.isSet(json))) {
        err() << name << ": "
              << CmdExportTr::tr("need at least one of --pdf --html --json --svg --png --csv --ojf; --dpi 24..600; "
                    "--paper a4|a3|a2|letter|tabloid; --orientation auto|portrait|landscape; --map auto|overview|poster; "
                    "--lang en|ko; --db only with --csv, --pdf or --json")
              << '\n';
        return ExitUsage;
    }

    const QString projectPath = parser.positionalArguments().constFirst();
    const LoadResult loaded = loadProjectFile(projectPath);
    if (!loaded.ok()) {
        err() << loaded.errorString() << '\n';
        return ExitInvalid;
    }
    const Project &project = *loaded.project;

    ReportOptions options;
    options.paper = papers.value(paperValue);
    options.mapPaging = pagings.value(mapValue);
    options.mapOrientation = orientations.value(orientationValue);
    options.language = langValue.isEmpty() ? (project.locale.startsWith(QLatin1String("ko")) ? QStringLiteral("ko") : QStringLiteral("en"))
                                           : langValue;
    options.csvByteOrderMark = !parser.isSet(noBom);
    if (parser.isSet(journey)) {
        const QString wanted = parser.value(journey);
        for (const Journey &j : project.journeys) {
            if (j.id == wanted || j.name.compare(wanted, Qt::CaseInsensitive) == 0)
                options.journeyId = j.id;
        }
        if (options.journeyId.isEmpty()) {
            err() << projectPath << ": " << CmdExportTr::tr("no journey \"%1\"").arg(wanted) << '\n';
            return ExitInvalid;
        }
    }

    // The report speaks --lang when the translation is built in; English otherwise. (The
    // web page always speaks options.language: HtmlExport looks its words up itself.)
    QTranslator translator;
    if (!langValue.isEmpty() && translator.load(QStringLiteral("omnimap_") + langValue, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    bool ok = true;
    QString error;
    // The PDF's measured KPI values and feedback pages and the JSON plan's feedback come from --db.
    if (parser.isSet(db))
        options.measureDataSet = parser.value(db);
    if (ok && parser.isSet(pdf)) {
        if (parser.isSet(db) && !AttributionExport::attributionResults(parser.value(db), &options.attribution, &error)) {
            err() << error << '\n';
            return ExitInvalid;
        }
        if (parser.isSet(db)) // bound KPIs measured and the stage funnel, as the app's dashboard shows them
            options.measureDataSet = parser.value(db);
        const PdfReport pdfReport(project, options);
        ok = report(pdfReport.writePdf(parser.value(pdf), &error), error, {});
        if (ok)
            out() << QCoreApplication::translate("cli", "wrote %1 (%n page(s))", nullptr, pdfReport.pageCount())
                         .arg(QDir::toNativeSeparators(parser.value(pdf)))
                  << '\n';
    }
    if (ok && parser.isSet(html)) {
        ok = HtmlExport::writeFile(parser.value(html), project, options, &error);
        report(ok, error, ok ? QStringList{parser.value(html)} : QStringList{});
    }
    if (ok && parser.isSet(json)) {
        ok = PlanJson::writeFile(parser.value(json), project, options, &error);
        report(ok, error, ok ? QStringList{parser.value(json)} : QStringList{});
    }
    if (ok && parser.isSet(svg)) {
        const QStringList written = MapExport::writeAll(parser.value(svg), MapExport::Format::Svg, project, options.journeyId, 96, &error);
        ok = report(error.isEmpty(), error, written);
    }
    if (ok && parser.isSet(png)) {
        const QStringList written = MapExport::writeAll(parser.value(png), MapExport::Format::Png, project, options.journeyId, dpiValue, &error);
        ok = report(error.isEmpty(), error, written);
    }
    if (ok && parser.isSet(csv)) {
        QStringList written = CsvExport::writeTables(parser.value(csv), project, options, &error);
        if (error.isEmpty() && parser.isSet(db)) {
            CsvTable table;
            const QString path = QDir(parser.value(csv)).filePath(QStringLiteral("attribution.csv"));
            if (AttributionExport::attributionTable(parser.value(db), &table, &error)
                && CsvExport::writeTable(path, table, options.csvByteOrderMark, &error))
                written << path;
        }
        ok = report(error.isEmpty(), error, written);
    }
    if (ok && parser.isSet(ojf)) {
        const QStringList written = OpenJourney::writeAll(parser.value(ojf), project, options.journeyId, &error);
        ok = report(error.isEmpty(), error, written);
    }
    out().flush();
    return ok ? ExitOk : ExitInvalid;
}

const CommandRegistration registration{
    {"export", QT_TRANSLATE_NOOP("cli", "Export a plan: PDF report, web page, JSON plan, SVG/PNG maps, CSV tables, OpenJourney"), run,
     /*paints=*/true}};

} // namespace
} // namespace omnimap::cli
