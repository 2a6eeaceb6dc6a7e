#include "reporttest.h"

#include "pdftools.h"

#include "report/csvexport.h"
#include "csvreader.h"
#include "report/csvwriter.h"
#include "fixture.h"
#include "format/projectfile.h"
#include "report/mapexport.h"
#include "report/pdfreport.h"
#include "report/planjson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace omnimap::test {

namespace {

using testing::pdfPages;
using testing::pdfText;
using testing::runTool;

/// pdftotext -raw keeps drawing order, but wrapped cells break lines; compare without white space.
QString squeezed(QString text)
{
    // -raw also joins a word hyphenated at a line end, so hyphens are ignored too.
    text.remove(QRegularExpression(QStringLiteral("[\\s-]+")));
    return text;
}

QList<QStringList> parseCsv(const QByteArray &bytes, bool *bom = nullptr)
{
    sim::CsvReader reader;
    reader.openBytes(bytes);
    QList<QStringList> records;
    while (reader.readRecord()) {
        QStringList fields;
        for (int i = 0; i < reader.fieldCount(); ++i) {
            const std::string_view f = reader.field(i);
            fields << QString::fromUtf8(f.data(), qsizetype(f.size()));
        }
        records << fields;
    }
    if (reader.hasError())
        qWarning() << reader.errorString();
    if (bom)
        *bom = reader.hadByteOrderMark();
    return records;
}

QStringList samplePaths()
{
    return QDir(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples"))
        .entryList({QStringLiteral("*.omnimap")}, QDir::Files, QDir::Name);
}

ReportOptions fixedOptions()
{
    ReportOptions o;
    o.exportedAt = QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);
    return o;
}

} // namespace

void ReportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void ReportTest::csvQuotingRoundTrip()
{
    CsvTable t;
    t.header = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    t.rows = {{QStringLiteral("plain"), QStringLiteral("with, comma"), QStringLiteral("say \"hi\"")},
              {QStringLiteral("line\nbreak"), QStringLiteral("한글"), QString()}};
    const QByteArray withBom = writeCsv(t, true);
    QVERIFY(withBom.startsWith("\xEF\xBB\xBF"));
    QVERIFY(withBom.contains("\"with, comma\",\"say \"\"hi\"\"\"\r\n"));
    bool bom = false;
    const QList<QStringList> records = parseCsv(withBom, &bom);
    QVERIFY(bom);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1), t.rows.at(0));
    QCOMPARE(records.at(2), t.rows.at(1));
    QVERIFY(!writeCsv(t, false).startsWith("\xEF"));
    QCOMPARE(csvSafeText(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    QCOMPARE(csvSafeText(QStringLiteral("-5")), QStringLiteral("'-5"));
    QCOMPARE(csvSafeText(QStringLiteral("a=b")), QStringLiteral("a=b"));
}

void ReportTest::csvTablesParse()
{
    const Project p = bilingualProject();
    QString error;
    const QStringList written = CsvExport::writeTables(m_dir.filePath(QStringLiteral("csv")), p, fixedOptions(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(written.size(), 3);
    auto read = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? parseCsv(f.readAll()) : QList<QStringList>{};
    };
    const QList<QStringList> kpis = read(written.at(0));
    QCOMPARE(kpis.size(), p.kpis.size() + 1);
    const int targetColumn = int(kpis.at(0).indexOf(QStringLiteral("target")));
    const int measuredColumn = int(kpis.at(0).indexOf(QStringLiteral("measured")));
    const int statusColumn = int(kpis.at(0).indexOf(QStringLiteral("status")));
    QVERIFY(targetColumn > 0 && measuredColumn > 0 && statusColumn > 0);
    for (int i = 0; i < p.kpis.size(); ++i) {
        QCOMPARE(kpis.at(i + 1).at(1), p.kpis.at(i).name);
        QCOMPARE(kpis.at(i + 1).at(targetColumn).toDouble(), *p.kpis.at(i).target);
        QCOMPARE(kpis.at(i + 1).at(measuredColumn).isEmpty(), !p.kpis.at(i).actual.has_value());
    }
    QCOMPARE(kpis.at(1).at(statusColumn), QStringLiteral("on_track")); // 21.25 >= 20
    QCOMPARE(kpis.at(2).at(statusColumn), QStringLiteral("at_risk"));  // 19 within 10 % of 21
    QCOMPARE(kpis.at(4).at(statusColumn), QStringLiteral("no_data"));
    const QList<QStringList> touchpoints = read(written.at(1));
    QCOMPARE(touchpoints.size(), p.journeys.at(0).touchpoints.size() + 1);
    bool foundInjection = false;
    for (const QStringList &row : touchpoints)
        foundInjection = foundInjection || row.contains(kInjectionName);
    QVERIFY(foundInjection);
    const QList<QStringList> actions = read(written.at(2));
    QCOMPARE(actions.size(), p.campaigns.at(0).actions.size() + 1);
    // A formula typed by a user is neutralised for spreadsheets, but still readable.
    QCOMPARE(actions.at(1).at(2), QLatin1Char('\'') + kFormulaText);
}

void ReportTest::planJsonValidatesAndRoundTrips()
{
    const Project p = bilingualProject();
    const QString path = m_dir.filePath(QStringLiteral("plan.json"));
    QString error;
    QVERIFY2(PlanJson::writeFile(path, p, fixedOptions(), &error), qPrintable(error));
    int code = -1;
    const QString schema = QStringLiteral(OMNIMAP_SOURCE_DIR "/docs/plan-export.schema.json");
    const QString output = runTool(QStringLiteral("/usr/bin/python3"),
                                   {QStringLiteral("-m"), QStringLiteral("jsonschema"), QStringLiteral("-i"), path, schema}, &code);
    QVERIFY2(code == 0, qPrintable(output));

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const nlohmann::json doc = nlohmann::json::parse(f.readAll().toStdString());
    QCOMPARE(doc["formatVersion"].get<int>(), PlanJson::kFormatVersion);
    QCOMPARE(QString::fromStdString(doc["exportedAt"].get<std::string>()), QStringLiteral("2025-03-14T09:30:00Z"));
    QCOMPARE(doc["kpis"].size(), std::size_t(p.kpis.size()));
    for (int i = 0; i < p.kpis.size(); ++i) {
        const nlohmann::json &k = doc["kpis"][std::size_t(i)];
        QCOMPARE(k["target"].get<double>(), *p.kpis.at(i).target);
        QCOMPARE(k["baseline"].get<double>(), *p.kpis.at(i).baseline);
        QCOMPARE(k["measured"].is_null(), !p.kpis.at(i).actual);
        if (p.kpis.at(i).simulated)
            QCOMPARE(k["simulated"].get<double>(), *p.kpis.at(i).simulated);
    }
    QCOMPARE(doc["journeys"][0]["touchpoints"].size(), std::size_t(p.journeys.at(0).touchpoints.size()));
    QCOMPARE(QString::fromStdString(doc["personas"][2]["name"].get<std::string>()), kInjectionName);
    QCOMPARE(doc["campaigns"][0]["totalBudget"].get<double>(), 10000000.0);
    QCOMPARE(doc["scenarios"][0]["result"]["conversionRate"].get<double>(), 0.184);
    // Checklist score: pass ÷ (pass + fail).
    const nlohmann::json &overall = doc["checklists"][0]["overall"];
    const int pass = overall["pass"].get<int>();
    const int fail = overall["fail"].get<int>();
    QVERIFY(pass + fail > 0);
    QCOMPARE(overall["score"].get<double>(), double(pass) / double(pass + fail));
}

void ReportTest::svgHasShapePerTouchpoint()
{
    const Project p = bilingualProject();
    const QString path = m_dir.filePath(QStringLiteral("map.svg"));
    QString error;
    QVERIFY2(MapExport::writeSvg(path, p, p.journeys.at(0).id, {}, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QXmlStreamReader xml(bytes);
    int shapes = 0;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("rect")))
            ++shapes;
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(shapes >= p.journeys.at(0).touchpoints.size());
    // Every card's title is real text (the first cards' titles may be elided, so check a prefix).
    for (const Touchpoint &t : p.journeys.at(0).touchpoints)
        QVERIFY2(text.contains(t.title.left(5)), qPrintable(t.title));
    // The injection string is text in the SVG, escaped by the XML writer: no element came from it.
    QVERIFY(!bytes.contains("<img"));
    QVERIFY(!bytes.contains("<b>"));
}

void ReportTest::pngHasRequestedResolution()
{
    const Project p = bilingualProject();
    const QString path = m_dir.filePath(QStringLiteral("map.png"));
    QString error;
    QVERIFY2(MapExport::writePng(path, p, p.journeys.at(0).id, 192, {}, &error), qPrintable(error));
    QImageReader reader(path);
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
    const QImage normal = [&] {
        QString e;
        MapExport::writePng(m_dir.filePath(QStringLiteral("map96.png")), p, p.journeys.at(0).id, 96, {}, &e);
        return QImage(m_dir.filePath(QStringLiteral("map96.png")));
    }();
    QVERIFY(qAbs(image.width() - 2 * normal.width()) <= 2);
    QVERIFY(!MapExport::writePng(path, p, QStringLiteral("no-such-journey"), 96, {}, &error));
    QVERIFY(error.contains(QStringLiteral("no-such-journey")));
}

void ReportTest::pngDrawsMapDecorations()
{
    // The simulation overlays set in the options are in the exported picture too.
    const Project p = bilingualProject();
    const Journey &journey = p.journeys.at(0);
    QVERIFY(!journey.stages.isEmpty() && !journey.touchpoints.isEmpty());
    MapRenderOptions decorated;
    decorated.stageDropOff.insert(journey.stages.at(0).id, 0.4);
    decorated.touchpointBadges.insert(journey.touchpoints.at(0).id, KpiBadge{KpiStatus::OffTrack, {}, 1});
    QString error;
    const QString plainPath = m_dir.filePath(QStringLiteral("plain.png"));
    const QString decoratedPath = m_dir.filePath(QStringLiteral("decorated.png"));
    QVERIFY2(MapExport::writePng(plainPath, p, journey.id, 96, {}, &error), qPrintable(error));
    QVERIFY2(MapExport::writePng(decoratedPath, p, journey.id, 96, decorated, &error), qPrintable(error));
    const QImage plain = QImage(plainPath).convertToFormat(QImage::Format_RGB32);
    const QImage image = QImage(decoratedPath).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(image.size(), plain.size());
    // Count strongly red pixels (the heat, the drop-off pill, the off-track badge).
    auto reds = [](const QImage &img) {
        int n = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QRgb c = img.pixel(x, y);
                if (qRed(c) > 180 && qGreen(c) < 90 && qBlue(c) < 90)
                    ++n;
            }
        return n;
    };
    QVERIFY2(reds(image) > reds(plain) + 400, qPrintable(QStringLiteral("%1 vs %2").arg(reds(image)).arg(reds(plain))));
}

void ReportTest::pdfMapPagesDrawDecorations()
{
    // The app passes what its maps show; the PDF's map pages draw it with real text.
    const Project p = bilingualProject();
    const Journey &journey = p.journeys.at(0);
    ReportOptions options = fixedOptions();
    options.mapDecorations.stageDropOff.insert(journey.stages.at(0).id, 0.4);
    const QString plainPath = m_dir.filePath(QStringLiteral("plain-map.pdf"));
    const QString decoratedPath = m_dir.filePath(QStringLiteral("decorated-map.pdf"));
    QString error;
    QVERIFY2(PdfReport(p, fixedOptions()).writePdf(plainPath, &error), qPrintable(error));
    QVERIFY2(PdfReport(p, options).writePdf(decoratedPath, &error), qPrintable(error));
    const QString label = squeezed(QStringLiteral("40 % drop-off"));
    QVERIFY(!squeezed(pdfText(plainPath)).contains(label));
    QVERIFY2(squeezed(pdfText(decoratedPath)).contains(label), qPrintable(pdfText(decoratedPath).left(2000)));
    QCOMPARE(pdfPages(decoratedPath), pdfPages(plainPath));
}

void ReportTest::pdfOpensWithTextInBothLanguages()
{
    const Project p = bilingualProject();
    const QString path = m_dir.filePath(QStringLiteral("plan.pdf"));
    const PdfReport report(p, fixedOptions());
    QString error;
    QVERIFY2(report.writePdf(path, &error), qPrintable(error));
    QCOMPARE(pdfPages(path), report.pageCount());
    // cover, contents, 3 personas, map, roles, KPIs, checklist, campaign, dashboard ×2, findings
    QVERIFY(report.pageCount() >= 13);
    const QString text = squeezed(pdfText(path));
    for (const Persona &persona : p.personas)
        QVERIFY2(text.contains(squeezed(persona.name)), qPrintable(persona.name));
    for (const Kpi &k : p.kpis)
        QVERIFY2(text.contains(squeezed(k.name)), qPrintable(k.name));
    QVERIFY(text.contains(squeezed(kInjectionName)));
    QVERIFY(text.contains(QStringLiteral("Page1of%1").arg(report.pageCount())) || text.contains(QStringLiteral("Page2of")));
    QVERIFY(text.contains(QStringLiteral("Ontrack")));
    QVERIFY(text.contains(QStringLiteral("Atrisk")));
    // Cancel leaves nothing behind.
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QVERIFY(!report.writePdf(cancelled, &error, [](int done, int) { return done < 3; }));
    QVERIFY(!QFileInfo::exists(cancelled));
}

void ReportTest::pdfLetterSplitMaps()
{
    const Project p = largeProject(12, 6, 120);
    ReportOptions fit = fixedOptions();
    fit.mapPaging = MapPaging::Overview;
    ReportOptions split = fixedOptions();
    split.paper = ReportPaper::Letter;
    const PdfReport a(p, fit);
    const PdfReport b(p, split);
    QVERIFY(b.pageCount() > a.pageCount());
    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    QString error;
    QVERIFY2(b.writePdf(path, &error), qPrintable(error));
    QCOMPARE(pdfPages(path), b.pageCount());
    const QString info = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                             QStringLiteral("1"), path});
    QVERIFY2(info.contains(QStringLiteral("612 x 792")), qPrintable(info));
}

void ReportTest::samplesExport_data()
{
    QTest::addColumn<QString>("path");
    const QStringList samples = samplePaths();
    if (samples.isEmpty())
        QTest::newRow("fixture") << QString();
    for (const QString &s : samples)
        QTest::newRow(qPrintable(s)) << QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/") + s;
}

void ReportTest::samplesExport()
{
    QFETCH(QString, path);
    Project p;
    if (path.isEmpty()) {
        p = bilingualProject();
    } else {
        const LoadResult loaded = loadProjectFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        p = *loaded.project;
    }
    const QString base = m_dir.filePath(QFileInfo(path).completeBaseName() + QStringLiteral("-sample"));
    QElapsedTimer timer;
    timer.start();
    const PdfReport report(p, fixedOptions());
    QString error;
    QVERIFY2(report.writePdf(base + QStringLiteral(".pdf"), &error), qPrintable(error));
    const qint64 ms = timer.elapsed();
    qInfo("%s: %d pages in %lld ms", qPrintable(QFileInfo(path).fileName()), report.pageCount(), ms);
    // No time limit here: a timed unit test fails on a loaded or sanitizer build without
    // saying anything about the product. The export benchmark measures it (PERFORMANCE.md).
    QCOMPARE(pdfPages(base + QStringLiteral(".pdf")), report.pageCount());
    const QString text = squeezed(pdfText(base + QStringLiteral(".pdf")));
    for (const Persona &persona : p.personas)
        QVERIFY2(text.contains(squeezed(persona.name)), qPrintable(persona.name));
    for (const Kpi &k : p.kpis)
        QVERIFY2(text.contains(squeezed(k.name)), qPrintable(k.name));
    QVERIFY2(PlanJson::writeFile(base + QStringLiteral(".json"), p, fixedOptions(), &error), qPrintable(error));
    int code = -1;
    const QString output = runTool(QStringLiteral("/usr/bin/python3"),
                                   {QStringLiteral("-m"), QStringLiteral("jsonschema"), QStringLiteral("-i"), base + QStringLiteral(".json"),
                                    QStringLiteral(OMNIMAP_SOURCE_DIR "/docs/plan-export.schema.json")}, &code);
    QVERIFY2(code == 0, qPrintable(output));
    const QStringList svgs = MapExport::writeAll(base + QStringLiteral("-svg"), MapExport::Format::Svg, p, {}, 96, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(svgs.size(), p.journeys.size());
}

void ReportTest::largeProjectWithinBudget()
{
    const Project p = largeProject(40, 8, 2000);
    const QString path = m_dir.filePath(QStringLiteral("large.pdf"));
    // The budget is for the report with its map on one page; the default splits this map
    // into ~190 legible parts, which bench_export times (ctest -L bench, docs/PERFORMANCE.md)
    // and which is checked for validity, untimed, below.
    ReportOptions onePage = fixedOptions();
    onePage.mapPaging = MapPaging::Overview;
    QElapsedTimer timer;
    timer.start();
    const PdfReport report(p, onePage);
    QString error;
    QVERIFY2(report.writePdf(path, &error), qPrintable(error));
    const qint64 ms = timer.elapsed();
    const qint64 bytes = QFileInfo(path).size();
    qInfo("40 stages, 2000 touchpoints: %d pages, %lld ms, %lld bytes", report.pageCount(), ms, bytes);
    QVERIFY2(ms < 6000, "budget 3 s; twice that on a shared CI machine");
    QVERIFY(bytes < 20LL * 1024 * 1024);
    QCOMPARE(pdfPages(path), report.pageCount());

    const QString tiledPath = m_dir.filePath(QStringLiteral("large-tiled.pdf"));
    const PdfReport tiled(p, fixedOptions());
    QVERIFY2(tiled.writePdf(tiledPath, &error), qPrintable(error));
    QVERIFY(tiled.pageCount() > report.pageCount() + 100);
    QCOMPARE(pdfPages(tiledPath), tiled.pageCount());
    QVERIFY(QFileInfo(tiledPath).size() < 20LL * 1024 * 1024);
}

void ReportTest::cliExportAndImport()
{
    const QStringList samples = samplePaths();
    const QString project = samples.isEmpty() ? QString()
                                              : QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/") + samples.constFirst();
    if (project.isEmpty())
        QSKIP("no sample project yet");
    const QString out = m_dir.filePath(QStringLiteral("cli"));
    QProcess cli;
    cli.start(QStringLiteral(OMNIMAP_CLI_PATH),
              {QStringLiteral("export"), project, QStringLiteral("--pdf"), out + QStringLiteral("/plan.pdf"),
               QStringLiteral("--json"), out + QStringLiteral("/plan.json"), QStringLiteral("--csv"), out + QStringLiteral("/csv"),
               QStringLiteral("--svg"), out + QStringLiteral("/svg"), QStringLiteral("--png"), out + QStringLiteral("/png"),
               QStringLiteral("--ojf"), out + QStringLiteral("/ojf"), QStringLiteral("--paper"), QStringLiteral("letter"),
               QStringLiteral("--map"), QStringLiteral("auto"), QStringLiteral("--html"), out + QStringLiteral("/plan.html")});
    QDir().mkpath(out);
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QVERIFY(pdfPages(out + QStringLiteral("/plan.pdf")) > 5);
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/csv/kpis.csv")));
    const QStringList ojfs = QDir(out + QStringLiteral("/ojf")).entryList({QStringLiteral("*.ojf")});
    QVERIFY(!ojfs.isEmpty());
    QVERIFY(!QDir(out + QStringLiteral("/png")).entryList({QStringLiteral("*.png")}).isEmpty());

    cli.start(QStringLiteral(OMNIMAP_CLI_PATH),
              {QStringLiteral("import-ojf"), out + QStringLiteral("/ojf/") + ojfs.constFirst(), QStringLiteral("--out"),
               out + QStringLiteral("/back.omnimap")});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    const LoadResult back = loadProjectFile(out + QStringLiteral("/back.omnimap"));
    QVERIFY2(back.ok(), qPrintable(back.errorString()));
    const LoadResult original = loadProjectFile(project);
    QCOMPARE(back.project->journeys.at(0).touchpoints.size(), original.project->journeys.at(0).touchpoints.size());

    // Usage errors exit 2; a bad project exits 1.
    cli.start(QStringLiteral(OMNIMAP_CLI_PATH), {QStringLiteral("export"), project});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
    cli.start(QStringLiteral(OMNIMAP_CLI_PATH), {QStringLiteral("export"), m_dir.filePath(QStringLiteral("missing.omnimap")),
                                                 QStringLiteral("--json"), out + QStringLiteral("/x.json")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
}

} // namespace omnimap::test
