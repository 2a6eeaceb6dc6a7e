// Printed maps: the tiling plan by hand, and the card text size measured in real PDFs.

#include "mapprinttest.h"

#include "pdftools.h"

#include "fixture.h"
#include "format/projectfile.h"
#include "render/mapstyle.h"
#include "report/maptiling.h"
#include "report/pdfreport.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

namespace omnimap::test {

namespace {

using testing::pdfPages;
using testing::runTool;

struct Word
{
    QString text;
    double height = 0;
};

struct Page
{
    QSizeF size; ///< points
    QList<Word> words;
};

/// The pages' sizes and words with their box heights, from `pdftotext -bbox`.
QList<Page> pdfWords(const QString &path)
{
    const QString xhtml = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-enc"),
                                                                QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QList<Page> pages;
    static const QRegularExpression tag(QStringLiteral(
        "<page width=\"([\\d.]+)\" height=\"([\\d.]+)\"|<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    auto it = tag.globalMatch(xhtml);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(0).startsWith(QLatin1String("<page"))) {
            pages.append({QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()), {}});
            continue;
        }
        if (pages.isEmpty())
            continue;
        QString text = m.captured(7);
        text.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
        text.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&amp;"), QLatin1String("&"));
        pages.last().words.append({text, m.captured(6).toDouble() - m.captured(4).toDouble()});
    }
    return pages;
}

QString pageText(const QList<Word> &words)
{
    QStringList parts;
    for (const Word &w : words)
        parts << w.text;
    return parts.join(QLatin1Char(' '));
}

/// Box height per point of font size of the map's font in a Qt-written PDF, measured on
/// a reference page with the word drawn at a known size the way the report draws maps
/// (scene pixels under a painter scale).
double heightPerPoint(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("calibration.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(1200);
        QPainter p(&writer);
        p.scale(1200 / 72.0, 1200 / 72.0); // now 1 unit = 1 pt
        p.scale(0.5, 0.5);                  // and a 40 px font is 20 pt
        p.setFont(mapFont(40));
        p.drawText(QPointF(100, 200), QStringLiteral("Calibration 보정"));
        p.setFont(mapFont(40, QFont::Bold));
        p.drawText(QPointF(100, 400), QStringLiteral("Boldface 굵게"));
    }
    const QList<Page> pages = pdfWords(path);
    if (pages.size() != 1 || pages.at(0).words.size() != 4)
        return 0;
    double sum = 0;
    for (const Word &w : pages.at(0).words)
        sum += w.height;
    return sum / 4 / 20.0;
}

/// Words (4+ characters) that occur only on the journey's cards: its touchpoints' titles
/// and descriptions, minus every other text the map pages print (names of the journey,
/// stages, lanes, personas; notes, roles, hand-offs), so a match is card text for sure.
QSet<QString> cardWords(const Project &p, const Journey &j)
{
    auto words = [](const QString &text) {
        QSet<QString> out;
        for (const QString &w : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            if (w.size() >= 4)
                out.insert(w);
        }
        return out;
    };
    QSet<QString> cards;
    for (const Touchpoint &t : j.touchpoints)
        cards += words(t.title + QLatin1Char(' ') + t.description);
    QString other = j.name + QLatin1Char(' ') + j.description + QLatin1Char(' ') + p.name;
    for (const Stage &s : j.stages)
        other += QLatin1Char(' ') + s.name + QLatin1Char(' ') + s.goal + QLatin1Char(' ') + s.actions.join(QLatin1Char(' '))
            + QLatin1Char(' ') + s.thoughts.join(QLatin1Char(' ')) + QLatin1Char(' ') + s.painPoints.join(QLatin1Char(' '))
            + QLatin1Char(' ') + s.opportunities.join(QLatin1Char(' '));
    for (const Channel &c : p.channels)
        other += QLatin1Char(' ') + c.name;
    for (const Persona &persona : p.personas)
        other += QLatin1Char(' ') + persona.name + QLatin1Char(' ') + persona.segment;
    for (const ChannelRole &r : j.roles)
        other += QLatin1Char(' ') + r.purpose;
    for (const Handoff &h : j.handoffs)
        other += QLatin1Char(' ') + h.label;
    for (const Kpi &k : p.kpis)
        other += QLatin1Char(' ') + k.name;
    for (const Department &d : p.departments)
        other += QLatin1Char(' ') + d.name;
    return cards - words(other);
}

struct Measure
{
    double smallestPt = 1e9; ///< smallest card text on the map pages (overview page excluded)
    int cardWords = 0;       ///< card words measured
    int mapPages = 0;
    int overviewPages = 0;
    int parts = 0; ///< pages saying "part n of m"
    QList<QSizeF> mapPageSizes;
};

Measure measure(const QString &path, const Project &p, const Journey &j, double perPoint)
{
    Measure m;
    const QSet<QString> vocabulary = cardWords(p, j);
    for (const Page &page : pdfWords(path)) {
        const QString text = pageText(page.words);
        if (!text.contains(QStringLiteral("Journey map — ")) && !text.contains(QStringLiteral("Journey map overview — ")))
            continue;
        ++m.mapPages;
        m.mapPageSizes.append(page.size);
        if (text.contains(QStringLiteral("Journey map overview — "))) {
            ++m.overviewPages;
            continue;
        }
        if (text.contains(QRegularExpression(QStringLiteral("part \\d+ of \\d+"))))
            ++m.parts;
        for (const Word &w : page.words) {
            if (vocabulary.contains(w.text)) {
                ++m.cardWords;
                m.smallestPt = std::min(m.smallestPt, w.height / perPoint);
            }
        }
    }
    return m;
}

ReportOptions optionsFor(const Journey &j, ReportPaper paper, MapPaging paging)
{
    ReportOptions o;
    o.journeyId = j.id;
    o.paper = paper;
    o.mapPaging = paging;
    o.exportedAt = QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);
    return o;
}

/// The sample journey with the most cards.
std::pair<Project, Id> largestSample()
{
    Project best;
    Id journey;
    qsizetype most = -1;
    const QDir dir(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples"));
    for (const QString &name : dir.entryList({QStringLiteral("*.omnimap")}, QDir::Files, QDir::Name)) {
        const LoadResult loaded = loadProjectFile(dir.filePath(name));
        if (!loaded.ok())
            continue;
        for (const Journey &j : loaded.project->journeys) {
            if (j.touchpoints.size() > most) {
                most = j.touchpoints.size();
                best = *loaded.project;
                journey = j.id;
            }
        }
    }
    return {best, journey};
}

} // namespace

void MapPrintTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_perPoint = heightPerPoint(m_dir.path());
    // Poppler boxes span the font's ascent to descent: about 1.0–1.5 × the size.
    QVERIFY2(m_perPoint > 0.8 && m_perPoint < 1.8, qPrintable(QString::number(m_perPoint)));
}

void MapPrintTest::tilingByHand()
{
    // A map 1000 × 600: lane headers up to x 200, stage columns from 200, 450 and 700;
    // stage headers at y 84..160, lanes from 328 and 460.
    MapTiling::MapGeometry g;
    g.bounds = QRectF(0, 0, 1000, 600);
    g.headerColumnRight = 200;
    g.stageHeader = {84, 160};
    g.columnBreaks = {200, 450, 700};
    g.rowBreaks = {328, 460};
    // Pages of 500 × 400 units: the first column reaches the break at 450 (700 would
    // need 700); later ones have 500 - 200 = 300 for the map: 450..700, then 700..1000.
    // Rows: 0..328 (460 does not fit), then 400 - 76 = 324 more: 328..600.
    const MapTiling::Plan plan = MapTiling::tile(g, QSizeF(250, 200), 0.5);
    QCOMPARE(plan.cols, 3);
    QCOMPARE(plan.rows, 2);
    QCOMPARE(plan.tiles.size(), 6);
    const MapTiling::Tile &first = plan.tiles.at(0);
    QCOMPARE(first.xs.size(), 1);
    QCOMPARE(first.xs.at(0).to, 450.0);
    QCOMPARE(first.ys.at(0).to, 328.0);
    const MapTiling::Tile &t = plan.tiles.at(plan.indexAt(1, 1));
    QCOMPARE(t.xs.size(), 2); // lane headers repeated, then 450..700
    QCOMPARE(t.xs.at(0).from, 0.0);
    QCOMPARE(t.xs.at(0).to, 200.0);
    QCOMPARE(t.xs.at(1).from, 450.0);
    QCOMPARE(t.xs.at(1).to, 700.0);
    QCOMPARE(t.ys.size(), 2); // stage headers repeated, then 328..600
    QCOMPARE(t.ys.at(0).from, 84.0);
    QCOMPARE(t.ys.at(0).to, 160.0);
    QCOMPARE(t.ys.at(1).from, 328.0);
    QCOMPARE(t.ys.at(1).to, 600.0);
    QCOMPARE(plan.tiles.at(2).xs.at(1).to, 1000.0);
    // Every tile fits the page.
    for (const MapTiling::Tile &tile : plan.tiles) {
        QVERIFY(tile.sceneSize().width() <= 500 + 1e-9);
        QVERIFY(tile.sceneSize().height() <= 400 + 1e-9);
    }
    QCOMPARE(plan.indexAt(2, 0), -1);
    QCOMPARE(plan.indexAt(0, 3), -1);

    // A column wider than the page is cut through rather than leaving a page nearly empty:
    // the break at 200 would use 200 of 500, so the cut falls at 500, then 500 + 300 ...
    g.bounds = QRectF(0, 0, 1500, 300);
    g.columnBreaks = {200, 1200};
    const MapTiling::Plan wide = MapTiling::tile(g, QSizeF(500, 400), 1.0);
    QCOMPARE(wide.rows, 1);
    QList<double> ends;
    for (const MapTiling::Tile &tile : wide.tiles)
        ends << tile.xs.constLast().to;
    // 500, 800, 1100; from 1100 the break at 1200 uses 100 of 300 (less than half): 1400; 1500.
    QCOMPARE(ends, (QList<double>{500, 800, 1100, 1400, 1500}));
}

void MapPrintTest::cardTextLegible_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("paper");
    QTest::newRow("largest sample, A4") << QStringLiteral("sample") << int(ReportPaper::A4);
    QTest::newRow("largest sample, A3") << QStringLiteral("sample") << int(ReportPaper::A3);
    QTest::newRow("largest sample, Letter") << QStringLiteral("sample") << int(ReportPaper::Letter);
    QTest::newRow("60 cards, A4") << QStringLiteral("sixty") << int(ReportPaper::A4);
    QTest::newRow("60 cards, Tabloid") << QStringLiteral("sixty") << int(ReportPaper::Tabloid);
}

void MapPrintTest::cardTextLegible()
{
    QFETCH(QString, which);
    QFETCH(int, paper);
    Project p;
    Id journeyId;
    if (which == QLatin1String("sample")) {
        std::tie(p, journeyId) = largestSample();
        QVERIFY2(!journeyId.isEmpty(), "no sample project");
    } else {
        p = largeProject(12, 5, 60);
        journeyId = p.journeys.at(0).id;
        QCOMPARE(p.journeys.at(0).touchpoints.size(), 60);
    }
    const Journey &j = *std::find_if(p.journeys.cbegin(), p.journeys.cend(), [&](const Journey &x) { return x.id == journeyId; });
    const QString base = m_dir.filePath(QStringLiteral("%1-%2").arg(which).arg(paper));
    QString error;

    // The default: no card text below 7 pt on any map page but the marked overview.
    const QString autoPath = base + QStringLiteral("-auto.pdf");
    QVERIFY2(PdfReport(p, optionsFor(j, ReportPaper(paper), MapPaging::Auto)).writePdf(autoPath, &error), qPrintable(error));
    const Measure automatic = measure(autoPath, p, j, m_perPoint);
    qInfo("%s: %d map pages (%d parts), %d card words, smallest %.2f pt", QTest::currentDataTag(), automatic.mapPages,
          automatic.parts, automatic.cardWords, automatic.smallestPt);
    QVERIFY2(automatic.cardWords >= j.touchpoints.size(), "every card's words are on a measured page");
    QVERIFY2(automatic.smallestPt >= kMinCardTextPt, qPrintable(QString::number(automatic.smallestPt)));

    // What the user gets when asking for one page: the whole map, smaller text — this is
    // what "fit" used to give by default, and what the check above rules out.
    const QString overviewPath = base + QStringLiteral("-overview.pdf");
    QVERIFY2(PdfReport(p, optionsFor(j, ReportPaper(paper), MapPaging::Overview)).writePdf(overviewPath, &error),
             qPrintable(error));
    const Measure overview = measure(overviewPath, p, j, m_perPoint);
    QCOMPARE(overview.mapPages, 1);
    QCOMPARE(overview.parts, 0);
    if (automatic.parts > 0) {
        // Tiled: one overview thumbnail, then "part n of m" pages.
        QCOMPARE(automatic.overviewPages, 1);
        QCOMPARE(automatic.mapPages, automatic.parts + 1);
        QVERIFY2(overview.smallestPt < kMinCardTextPt, qPrintable(QString::number(overview.smallestPt)));
    } else {
        QCOMPARE(automatic.mapPages, 1);
    }

    // The poster: one page, text at 100 % (the description's 11 px = 8.25 pt, the title's more).
    const QString posterPath = base + QStringLiteral("-poster.pdf");
    QVERIFY2(PdfReport(p, optionsFor(j, ReportPaper(paper), MapPaging::Poster)).writePdf(posterPath, &error), qPrintable(error));
    const Measure poster = measure(posterPath, p, j, m_perPoint);
    QCOMPARE(poster.mapPages, 1);
    QVERIFY2(std::abs(poster.smallestPt - 11 * 0.75) < 0.4, qPrintable(QString::number(poster.smallestPt)));
}

void MapPrintTest::paperSizes()
{
    // Page sizes in points (1/72 in): ISO 216 and ANSI. The cover is portrait; the map
    // pages of this wide map are landscape.
    const Project p = largeProject(12, 5, 60);
    const Journey &j = p.journeys.at(0);
    const struct
    {
        ReportPaper paper;
        double shortSide;
        double longSide;
    } papers[] = {{ReportPaper::A4, 595.3, 841.9}, {ReportPaper::A3, 841.9, 1190.6}, {ReportPaper::A2, 1190.6, 1683.8},
                  {ReportPaper::Letter, 612, 792}, {ReportPaper::Tabloid, 792, 1224}};
    int a4MapPages = 0;
    int previousMapPages = 1 << 20;
    for (const auto &expected : papers) {
        const QString path = m_dir.filePath(QStringLiteral("paper-%1.pdf").arg(int(expected.paper)));
        QString error;
        const PdfReport report(p, optionsFor(j, expected.paper, MapPaging::Auto));
        QVERIFY2(report.writePdf(path, &error), qPrintable(error));
        const QList<Page> pages = pdfWords(path);
        QCOMPARE(pages.size(), report.pageCount());
        auto near = [](const QSizeF &a, double w, double h) { return std::abs(a.width() - w) < 1 && std::abs(a.height() - h) < 1; };
        QVERIFY2(near(pages.at(0).size, expected.shortSide, expected.longSide), qPrintable(QString::number(pages.at(0).size.width())));
        for (const Page &page : pages)
            QVERIFY(near(page.size, expected.shortSide, expected.longSide) || near(page.size, expected.longSide, expected.shortSide));
        const Measure m = measure(path, p, j, m_perPoint);
        QVERIFY(m.mapPages >= 1);
        for (const QSizeF &size : m.mapPageSizes)
            QCOMPARE(size, m.mapPageSizes.constFirst()); // one orientation for all of a map's pages
        QVERIFY2(m.smallestPt >= kMinCardTextPt, qPrintable(QString::number(m.smallestPt)));
        // Larger paper, fewer map pages: A4 → A3 → A2.
        if (expected.paper == ReportPaper::A4)
            a4MapPages = m.mapPages;
        if (expected.paper == ReportPaper::A4 || expected.paper == ReportPaper::A3 || expected.paper == ReportPaper::A2) {
            QVERIFY2(m.mapPages < previousMapPages || m.mapPages == 1, qPrintable(QString::number(m.mapPages)));
            previousMapPages = m.mapPages;
        }
    }
    QVERIFY2(a4MapPages > 2, "60 cards over 12 stages do not fit one A4 page legibly");

    // Orientation asked for: every map page turns that way; "automatic" picks the way that
    // needs fewer pages.
    int pagesIn[2] = {0, 0};
    for (const MapOrientation orientation : {MapOrientation::Portrait, MapOrientation::Landscape}) {
        ReportOptions o = optionsFor(j, ReportPaper::A4, MapPaging::Auto);
        o.mapOrientation = orientation;
        const QString path = m_dir.filePath(QStringLiteral("orientation-%1.pdf").arg(int(orientation)));
        QString error;
        QVERIFY2(PdfReport(p, o).writePdf(path, &error), qPrintable(error));
        const Measure m = measure(path, p, j, m_perPoint);
        QVERIFY(m.mapPages > 1);
        QVERIFY2(m.smallestPt >= kMinCardTextPt, qPrintable(QString::number(m.smallestPt)));
        const bool portrait = orientation == MapOrientation::Portrait;
        for (const QSizeF &size : m.mapPageSizes)
            QVERIFY(std::abs(size.width() - (portrait ? 595.3 : 841.9)) < 1 && std::abs(size.height() - (portrait ? 841.9 : 595.3)) < 1);
        pagesIn[portrait ? 0 : 1] = m.mapPages;
    }
    QVERIFY2(a4MapPages <= std::min(pagesIn[0], pagesIn[1]),
             qPrintable(QStringLiteral("%1 %2 %3").arg(a4MapPages).arg(pagesIn[0]).arg(pagesIn[1])));
    QString error;

    // A poster of a large plan: one page, larger than A4, the whole map at 100 %.
    const Project big = largeProject(40, 8, 400);
    const QString posterPath = m_dir.filePath(QStringLiteral("poster.pdf"));
    QVERIFY2(PdfReport(big, optionsFor(big.journeys.at(0), ReportPaper::A4, MapPaging::Poster)).writePdf(posterPath, &error),
             qPrintable(error));
    const Measure poster = measure(posterPath, big, big.journeys.at(0), m_perPoint);
    QCOMPARE(poster.mapPages, 1);
    QVERIFY(poster.mapPageSizes.at(0).width() > 2384); // wider than A0 (2384 pt): cut to measure
    QVERIFY(poster.mapPageSizes.at(0).width() <= 14400);
}

} // namespace omnimap::test
