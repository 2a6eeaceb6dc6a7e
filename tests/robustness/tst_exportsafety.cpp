// Every text that reaches an SVG is escaped for XML; exported files land only inside the
// folder the user gave, whatever the journey's name or id says (issue 21).

#include "robustnesstest.h"

#include "format/projectfile.h"
#include "format/safefilename.h"
#include "report/mapexport.h"
#include "report/openjourney.h"
#include "report/pdfreport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

namespace omnimap::test {

namespace {

Project sample()
{
    const LoadResult loaded = loadProjectFile(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/retail-click-collect.omnimap"));
    return loaded.ok() ? *loaded.project : Project{};
}

/// Puts `text` into every name and title the map draws or the SVG header carries.
void setEveryText(Project &project, const QString &text)
{
    project.name = text;
    for (Persona &p : project.personas)
        p.name = text;
    for (Channel &c : project.channels)
        c.name = text;
    for (Journey &j : project.journeys) {
        j.name = text;
        j.description = text;
        for (Stage &s : j.stages) {
            s.name = text;
            s.goal = text;
            s.painPoints = QStringList{text};
        }
        for (Touchpoint &t : j.touchpoints) {
            t.title = text;
            t.description = text;
        }
        for (Handoff &h : j.handoffs)
            h.label = text;
    }
}

/// The SVG's element names, or an error string when it is not well-formed XML.
QStringList elementNames(const QByteArray &svg, QString *error, QStringList *titles)
{
    QStringList names;
    QXmlStreamReader xml(svg);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            names.append(xml.name().toString());
            current = xml.name().toString();
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.value().contains(QLatin1String("file:")))
                    names.append(QStringLiteral("file-reference"));
            }
        } else if (xml.isCharacters() && (current == QLatin1String("title") || current == QLatin1String("desc"))) {
            titles->append(xml.text().toString());
        }
    }
    if (xml.hasError())
        *error = xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber());
    return names;
}

} // namespace

void ExportSafetyTest::svgEscapesEveryText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("close desc, add script")
        << QStringLiteral("</desc><script>alert(1)</script><image href=\"file:///etc/passwd\"/><desc>");
    QTest::newRow("markup characters") << QStringLiteral("a < b && c > \"d\" 'e' ]]> <!-- x -->");
    QTest::newRow("entity") << QStringLiteral("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;");
    QTest::newRow("control characters") << QStringLiteral("tab\tnl\nbell") + QChar(0x07) + QStringLiteral("nul") + QChar(0x01)
                                                + QChar(0xFFFF);
    QTest::newRow("lone surrogate") << QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y");
    QTest::newRow("korean") << QStringLiteral("고객 여정 <지도>");
}

void ExportSafetyTest::svgEscapesEveryText()
{
    QFETCH(QString, text);
    Project project = sample();
    QVERIFY(!project.journeys.isEmpty());
    setEveryText(project, text);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.svg"));
    QString error;
    QVERIFY2(MapExport::writeSvg(path, project, project.journeys.constFirst().id, {}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString xmlError;
    QStringList titles;
    const QStringList names = elementNames(file.readAll(), &xmlError, &titles);
    QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
    QVERIFY(!names.contains(QStringLiteral("script")));
    QVERIFY(!names.contains(QStringLiteral("image")));
    QVERIFY(!names.contains(QStringLiteral("file-reference")));
    QVERIFY(names.contains(QStringLiteral("title")));
    // The title is the journey name as text (characters XML cannot carry left out).
    QVERIFY(!titles.isEmpty());
    QString printable;
    for (const QChar c : text) {
        if ((c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n')) && !c.isSurrogate() && c.unicode() != 0xFFFF)
            printable += c;
    }
    QCOMPARE(titles.constFirst(), printable);
}

void ExportSafetyTest::pdfWithHostileNames()
{
    Project project = sample();
    setEveryText(project, QStringLiteral(") /JavaScript (app.alert(1)) >> endobj <</S /Launch"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    PdfReport report(project, ReportOptions{});
    QString error;
    QVERIFY2(report.writePdf(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    // Text is drawn as glyphs and metadata is encoded: the name never appears as PDF syntax.
    QVERIFY(!pdf.contains("/JavaScript"));
    QVERIFY(!pdf.contains("/Launch"));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(30000));
    QCOMPARE(info.exitCode(), 0);
}

void ExportSafetyTest::fileComponentIsSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("traversal id") << QStringLiteral("/../../E") << QStringLiteral("E");
    QTest::newRow("dots only") << QStringLiteral("..") << QStringLiteral("fallback");
    QTest::newRow("windows path") << QStringLiteral("C:\\Windows\\x") << QStringLiteral("C-Windows-x");
    QTest::newRow("korean kept") << QStringLiteral("구매 여정/2") << QStringLiteral("구매-여정-2");
    QTest::newRow("controls") << QStringLiteral("a\nb\x01") << QStringLiteral("a-b");
    QTest::newRow("empty") << QString() << QStringLiteral("fallback");
}

void ExportSafetyTest::fileComponentIsSafe()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(safeFileComponent(text, QStringLiteral("fallback")), expected);
}

void ExportSafetyTest::exportsStayInsideFolder()
{
    Project project = sample();
    QVERIFY(project.journeys.size() >= 1);
    const Journey base = project.journeys.constFirst();
    project.journeys.clear();
    const QStringList hostile{QStringLiteral("/../../E"), QStringLiteral(".."), QStringLiteral("a/b/../../../c"),
                              QStringLiteral("..\\..\\w"), QStringLiteral("/tmp/abs")};
    for (int i = 0; i < hostile.size(); ++i) {
        Journey j = base;
        j.id = hostile.at(i);
        j.name = i % 2 ? QStringLiteral("../../escape") : QStringLiteral("/etc/cron.d/x");
        project.journeys.append(j);
    }
    QTemporaryDir root;
    const QString out = root.filePath(QStringLiteral("a/b/out"));
    QString error;
    QStringList written = MapExport::writeAll(out, MapExport::Format::Svg, project, {}, 96, &error);
    QVERIFY2(written.size() == hostile.size(), qPrintable(error));
    written += MapExport::writeAll(out, MapExport::Format::Png, project, {}, 48, &error);
    written += OpenJourney::writeAll(out, project, {}, &error);
    QCOMPARE(written.size(), hostile.size() * 3);
    // Every file under the temporary root is directly in `out` (nothing climbed out).
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QCOMPARE(info.absolutePath(), QDir(out).absolutePath());
        ++files;
    }
    QCOMPARE(files, hostile.size() * 3);
}

void ExportSafetyTest::pathInsideRefusesEscapes()
{
    const QString dir = QStringLiteral("/tmp/x");
    QCOMPARE(pathInside(dir, QStringLiteral("a.svg")), QStringLiteral("/tmp/x/a.svg"));
    QVERIFY(pathInside(dir, QStringLiteral("../a.svg")).isEmpty());
    QVERIFY(pathInside(dir, QStringLiteral("/etc/passwd")).isEmpty());
    QVERIFY(pathInside(dir, QStringLiteral("..")).isEmpty());
    QVERIFY(pathInside(dir, QStringLiteral("a/b.svg")).isEmpty());
    QVERIFY(pathInside(dir, QString()).isEmpty());
}

} // namespace omnimap::test
