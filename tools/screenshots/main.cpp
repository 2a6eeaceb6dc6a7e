// omnimap-screenshots: takes the user guide's screenshots from the running app.
//
//   omnimap-screenshots --lang ko --out docs/images/guide/ko [--max-width 1200]
//
// Starts the real main window offscreen at a fixed size, in the chosen language, drives
// it through the guide's tasks and saves one PNG per step. Exits non-zero, naming the
// capture and the widget, when a capture is blank, a text is clipped, or a Korean
// capture shows no Korean. CI runs it (tests/screenshots); scripts/update-screenshots.sh
// regenerates docs/images/guide with it.

#include "capturechecks.h"
#include "guidescript.h"

#include "languagesettings.h"

#include "application.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFontDatabase>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextLayout>

#include <cstdio>

using namespace omnimap;

namespace {

/// True when `font` (with the font fallbacks the text engine uses) has real glyphs for
/// Hangul: a missing glyph is index 0 and shows as a box.
bool rendersHangul(const QFont &font)
{
    QTextLayout layout(QStringLiteral("고객 여정 접점"), font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    if (runs.isEmpty())
        return false;
    for (const QGlyphRun &run : runs) {
        const QList<quint32> glyphs = run.glyphIndexes();
        for (quint32 glyph : glyphs)
            if (glyph == 0)
                return false;
    }
    return true;
}

/// Makes sure Korean text renders: keeps the application font when it (or its
/// fallback) has Hangul, else switches to an installed Korean family (Noto Sans CJK KR
/// from fonts-noto-cjk first). Returns false when no installed font has Hangul.
bool ensureHangulFont()
{
    if (rendersHangul(QApplication::font()))
        return true;
    QStringList families = QFontDatabase::families(QFontDatabase::Korean);
    for (const QString &preferred : {QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR")})
        if (families.contains(preferred))
            families.prepend(preferred);
    for (const QString &family : std::as_const(families)) {
        QFont font = QApplication::font();
        font.setFamily(family);
        if (rendersHangul(font)) {
            QApplication::setFont(font);
            std::fprintf(stderr, "omnimap-screenshots: using the font \"%s\" for Hangul\n", qPrintable(family));
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // No display needed: the offscreen platform unless the caller chose one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Omnimap"));
    QApplication::setOrganizationName(QStringLiteral("Omnimap"));
    QApplication::setApplicationVersion(QStringLiteral(OMNIMAP_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Takes the user guide's screenshots from the running Omnimap."));
    parser.addHelpOption();
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language of the UI: en or ko."),
                                  QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder for the PNGs."), QStringLiteral("DIR"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, WIDTHxHEIGHT (default 1440x900)."),
                                  QStringLiteral("SIZE"), QStringLiteral("1440x900"));
    const QCommandLineOption maxWidth(QStringLiteral("max-width"),
                                      QStringLiteral("Scale the saved PNGs down to this width (checks use full size)."),
                                      QStringLiteral("PX"), QStringLiteral("0"));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QStringLiteral("Bundled sample to use (default: travel-booking-kiosk for en, "
                                                   "cafe-order-pickup for ko)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption keepPdf(QStringLiteral("keep-pdf"), QStringLiteral("Keep the exported PDF report as FILE."),
                                     QStringLiteral("FILE"));
    parser.addOptions({lang, out, size, maxWidth, sample, keepPdf});
    parser.process(app);

    screenshots::GuideOptions options;
    options.language = parser.value(lang);
    if (options.language != QLatin1String("en") && options.language != QLatin1String("ko")) {
        std::fprintf(stderr, "omnimap-screenshots: --lang must be en or ko\n");
        return 2;
    }
    if (!parser.isSet(out)) {
        std::fprintf(stderr, "omnimap-screenshots: --out DIR is required\n");
        return 2;
    }
    options.outDir = QDir(parser.value(out)).absolutePath();
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    if (wh.size() != 2 || wh.at(0).toInt() < 640 || wh.at(1).toInt() < 480) {
        std::fprintf(stderr, "omnimap-screenshots: --size must be WIDTHxHEIGHT, at least 640x480\n");
        return 2;
    }
    options.windowSize = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    options.maxWidth = parser.value(maxWidth).toInt();
    options.sample = parser.value(sample);
    if (parser.isSet(keepPdf))
        options.pdfCopy = QDir(parser.value(keepPdf)).absolutePath();

    // Settings of a test profile (window layout, recent files, language) so the user's
    // own do not change the pictures, and the pictures do not change them.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    qputenv("OMNIMAP_LANG", options.language.toLatin1());
    installTranslations(app, options.language);
    installAppLook(app); // Omnimap's icons and (the test profile's) system appearance
    if (options.language == QLatin1String("ko") && !ensureHangulFont()) {
        std::fprintf(stderr, "omnimap-screenshots: no installed font has Hangul (install fonts-noto-cjk)\n");
        return 1;
    }

    QTemporaryDir work;
    if (!work.isValid()) {
        std::fprintf(stderr, "omnimap-screenshots: no temporary folder: %s\n", qPrintable(work.errorString()));
        return 1;
    }
    options.workDir = work.path();

    screenshots::GuideScript script(options);
    const QList<screenshots::CaptureProblem> problems = script.run();
    for (const QString &file : script.savedFiles())
        std::printf("saved %s\n", qPrintable(QDir::current().relativeFilePath(file)));
    for (const screenshots::CaptureProblem &problem : problems)
        std::fprintf(stderr, "FAIL %s: %s%s\n", qPrintable(problem.capture),
                     problem.widget.isEmpty() ? "" : qPrintable(problem.widget + QStringLiteral(": ")),
                     qPrintable(problem.text));
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "omnimap-screenshots: %d problem(s) in %s captures\n", int(problems.size()),
                     qPrintable(options.language));
        return 1;
    }
    std::printf("omnimap-screenshots: %d captures, all checks passed (%s)\n", int(script.savedFiles().size()),
                qPrintable(options.language));
    return 0;
}
