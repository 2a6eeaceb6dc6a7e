// The web page: the one escaping function by hand, and the page parsed back.

#include "htmlexporttest.h"

#include "fixture.h"
#include "model/lookup.h"
#include "report/htmlescape.h"
#include "report/htmlexport.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

#include <limits>

namespace omnimap::test {

namespace {

ReportOptions fixed()
{
    ReportOptions o;
    o.exportedAt = QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);
    return o;
}

/// Undoes the five escapes, the way a browser reads character data (reference for the tests).
QString unescape(QString s)
{
    s.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&#39;"), QLatin1String("'"));
    return s.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

QString sha256Source(const QString &text)
{
    return QStringLiteral("'sha256-%1'").arg(
        QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toBase64()));
}

} // namespace

void HtmlExportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void HtmlExportTest::escapeByHand_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Order ahead") << QStringLiteral("Order ahead");
    QTest::newRow("script") << QStringLiteral("<script>alert('x')</script>")
                            << QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    QTest::newRow("attribute break-out") << QStringLiteral("\" onmouseover=\"go()")
                                         << QStringLiteral("&quot; onmouseover=&quot;go()");
    QTest::newRow("entity stays text") << QStringLiteral("&lt; &amp;") << QStringLiteral("&amp;lt; &amp;amp;");
    QTest::newRow("controls dropped, lines kept") << QStringLiteral("a\x01" "b\x7f" "c\nd\te")
                                                  << QStringLiteral("abc\nd\te");
    QTest::newRow("korean and emoji") << QStringLiteral("주문 ☕ \U0001F600") << QStringLiteral("주문 ☕ \U0001F600");
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("x")
                                    << QString(QChar(QChar::ReplacementCharacter)) + QStringLiteral("x");
    QTest::newRow("javascript link stays words") << QStringLiteral("javascript:alert(1)")
                                                 << QStringLiteral("javascript:alert(1)");
}

void HtmlExportTest::escapeByHand()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Html::escape(input), expected);
    // What comes out never holds a character that could open markup or close a quote.
    const QString out = Html::escape(input);
    QVERIFY(!out.contains(QLatin1Char('<')) && !out.contains(QLatin1Char('>')) && !out.contains(QLatin1Char('"'))
            && !out.contains(QLatin1Char('\'')));
}

void HtmlExportTest::imageDataUris()
{
    const QString png = QStringLiteral("data:image/png;base64,iVBORw0KGgo=");
    QCOMPARE(Html::imageDataUri(png), png);
    QCOMPARE(Html::imageDataUri(QStringLiteral("data:image/jpeg;base64,/9j/4AAQ")), QStringLiteral("data:image/jpeg;base64,/9j/4AAQ"));
    QCOMPARE(Html::imageDataUri(QStringLiteral("data:image/svg+xml;base64,PHN2Zz4=")), QString());
    QCOMPARE(Html::imageDataUri(QStringLiteral("javascript:alert(1)")), QString());
    QCOMPARE(Html::imageDataUri(QStringLiteral("https://example.com/a.png")), QString());
    QCOMPARE(Html::imageDataUri(QStringLiteral("file:///etc/passwd")), QString());
    QCOMPARE(Html::imageDataUri(png + QStringLiteral("\" onerror=\"x()")), QString());
    QCOMPARE(Html::imageDataUri(QStringLiteral(":/avatars/1.png")), QString());
}

void HtmlExportTest::pageHasEveryItem()
{
    const Project p = largeProject(12, 5, 60);
    const QString html = QString::fromUtf8(HtmlExport::page(p, fixed()));
    // One SVG element per card, carrying the touchpoint's id.
    QCOMPARE(html.count(QStringLiteral("<g class=\"card\"")), 60);
    for (const Touchpoint &t : p.journeys.at(0).touchpoints)
        QVERIFY2(html.contains(QStringLiteral("data-id=\"%1\"").arg(Html::escape(t.id))), qPrintable(t.id));
    // Each persona as an article, each KPI as a row with its status word.
    QCOMPARE(html.count(QStringLiteral("<article class=\"persona\"")), p.personas.size());
    QCOMPARE(html.count(QStringLiteral("<tr class=\"kpi\"")), p.kpis.size());
    for (const Kpi &k : p.kpis)
        QVERIFY2(html.contains(Html::escape(k.name)), qPrintable(k.name));
    // Every section the plan has data for.
    for (const char *id : {"personas", "kpis", "checklists", "campaigns", "dashboard"})
        QVERIFY2(html.contains(QStringLiteral("<section id=\"%1\">").arg(QLatin1String(id))), id);
    // Checklist heat map: one cell per item and channel.
    const Checklist &cl = p.checklists.at(0);
    const int cells = int(html.count(QRegularExpression(QStringLiteral("<td class=\"ck-(pass|fail|na|none)\">"))));
    QCOMPARE(cells, int(cl.items.size() * cl.channelIds.size()));
    // Stage headers and lanes.
    QCOMPARE(html.count(QStringLiteral("<g class=\"stage\"")), 12);
    // A plan without results has no dashboard.
    Project plain = p;
    plain.scenarios.clear();
    for (Kpi &k : plain.kpis) {
        k.actual.reset();
        k.simulated.reset();
    }
    QVERIFY(!QString::fromUtf8(HtmlExport::page(plain, fixed())).contains(QStringLiteral("<section id=\"dashboard\">")));
}

void HtmlExportTest::pageIsSelfContained()
{
    const Project p = bilingualProject();
    const QString path = m_dir.filePath(QStringLiteral("plan.html"));
    QString error;
    QVERIFY2(HtmlExport::writeFile(path, p, fixed(), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    // Every src and href points inside the page or is an embedded picture.
    static const QRegularExpression link(QStringLiteral("\\s(src|href|xlink:href|action|srcset)\\s*=\\s*\"([^\"]*)\""));
    for (auto it = link.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QVERIFY2(m.captured(2).startsWith(QLatin1Char('#')) || m.captured(2).startsWith(QLatin1String("data:image/")),
                 qPrintable(m.captured(0)));
    }
    QVERIFY(!html.contains(QLatin1String("@import")) && !html.contains(QLatin1String("url(")));
    QVERIFY(!html.contains(QLatin1String("<link")) && !html.contains(QLatin1String("<iframe")));
    // Exactly one script and one stylesheet, and the policy names them by their hashes.
    QCOMPARE(html.count(QStringLiteral("<script")), 1);
    QCOMPARE(html.count(QStringLiteral("<style")), 1);
    const QString script = html.section(QStringLiteral("<script>"), 1).section(QStringLiteral("</script>"), 0, 0);
    const QString style = html.section(QStringLiteral("<style>"), 1).section(QStringLiteral("</style>"), 0, 0);
    const QRegularExpressionMatch csp = QRegularExpression(
        QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">")).match(html);
    QVERIFY(csp.hasMatch());
    const QString policy = csp.captured(1);
    QVERIFY(policy.startsWith(QLatin1String("default-src 'none';")));
    QVERIFY2(policy.contains(QStringLiteral("script-src ") + sha256Source(script)), qPrintable(policy));
    QVERIFY2(policy.contains(QStringLiteral("style-src ") + sha256Source(style)), qPrintable(policy));
    QVERIFY(policy.contains(QLatin1String("img-src data:")));
    QVERIFY(!policy.contains(QLatin1String("unsafe")));
    // No inline event handlers or style attributes (the policy would block them anyway).
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\son[a-z]+\\s*="))));
    QVERIFY(!html.contains(QLatin1String(" style=\"")));
}

void HtmlExportTest::userMarkupStaysText()
{
    Project p = bilingualProject();
    Journey &j = p.journeys[0];
    const QString script = QStringLiteral("<script>document.title='pwned'</script>");
    const QString img = QStringLiteral("<img src=x onerror=\"document.title='pwned'\">");
    const QString link = QStringLiteral("<a href=\"javascript:alert(1)\">click</a>");
    j.touchpoints[0].title = script;
    j.touchpoints[0].description = img;
    j.touchpoints[0].message = link + QStringLiteral("\" data-x=\"");
    j.touchpoints[0].tags = {QStringLiteral("</foreignObject><script>x()</script>")};
    p.personas[0].name = img;
    p.personas[0].avatar = QStringLiteral("javascript:alert(1)");
    p.kpis[0].name = link;
    j.stages[0].name = QStringLiteral("]]><svg onload=alert(1)>");
    const QString html = QString::fromUtf8(HtmlExport::page(p, fixed()));
    for (const QString &markup : {script, img, link, QStringLiteral("]]><svg onload=alert(1)>")}) {
        QVERIFY2(!html.contains(markup), qPrintable(markup));
        QVERIFY2(html.contains(Html::escape(markup)), qPrintable(markup));
    }
    QCOMPARE(html.count(QStringLiteral("<script")), 1);
    QVERIFY(!html.contains(QLatin1String("javascript:alert(1)\"")));
    QVERIFY(!html.contains(QLatin1String("src=\"javascript")));
    // The card's title reads back exactly as typed.
    static const QRegularExpression titles(QStringLiteral("<p class=\"t\">(?:<span[^>]*>[^<]*</span>)*([^<]*)</p>"));
    QStringList read;
    for (auto it = titles.globalMatch(html); it.hasNext();)
        read << unescape(it.next().captured(1));
    QCOMPARE(read.size(), j.touchpoints.size());
    QVERIFY2(read.contains(script), qPrintable(read.join(QLatin1Char('|'))));
}

void HtmlExportTest::koreanPlanSpeaksKorean()
{
    Project p = bilingualProject();
    ReportOptions o = fixed();
    o.language = QStringLiteral("ko");
    const QString html = QString::fromUtf8(HtmlExport::page(p, o));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"ko\">")));
    o.language = QStringLiteral("en");
    QVERIFY(QString::fromUtf8(HtmlExport::page(p, o)).contains(QLatin1String("<html lang=\"en\">")));
}

void HtmlExportTest::nonFiniteNumbersStayOut()
{
    // A damaged plan's NaN or infinity must not reach an SVG attribute: the browser would
    // drop the shape and log an error.
    Project p = bilingualProject();
    p.kpis[0].actual = std::numeric_limits<double>::quiet_NaN();
    p.kpis[0].simulated = std::numeric_limits<double>::infinity();
    p.journeys[0].stages[0].emotions = {{p.personas.at(0).id, std::numeric_limits<double>::quiet_NaN(), std::nullopt}};
    const QString html = QString::fromUtf8(HtmlExport::page(p, fixed()));
    static const QRegularExpression badNumber(QStringLiteral("\\s(x|y|width|height|cx|cy|r|x1|x2|y1|y2|points|d|viewBox)=\"[^\"]*(nan|inf)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = badNumber.match(html);
    QVERIFY2(!m.hasMatch(), qPrintable(html.mid(std::max<qsizetype>(0, m.capturedStart() - 80), 200)));
    QVERIFY(!html.contains(QLatin1String("points=\"nan")));
}

} // namespace omnimap::test
