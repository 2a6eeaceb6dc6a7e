// Omnimap's look: the bundled icon theme (every icon present, one drawing style, a dark
// variant), icons for actions from the central table, and the appearance setting's
// palettes (readable contrast, the map and icons following).
#include "application.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "mainwindow.h"
#include "settings/appearance.h"
#include "shell/icontheme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIcon>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace omnimap;

namespace {

// WCAG 2 relative luminance and contrast ratio, written out here from the definition.
double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(const QColor &color)
{
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QStringList themeIconFiles(const QString &theme)
{
    return QDir(QStringLiteral(":/icons/") + theme + QStringLiteral("/scalable")).entryList({QStringLiteral("*.svg")});
}

/// (context, source) pairs of the English .ts file: every string lupdate found.
QSet<QString> translatableStrings()
{
    QFile file(QStringLiteral(OMNIMAP_SOURCE_DIR "/translations/omnimap_en.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> strings;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            strings.insert(context + QLatin1Char('|') + xml.readElementText());
    }
    return strings;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void iconThemeIsComplete();
    void everyIconIsDrawnTheSameWay();
    void tableRowsNameRealStringsAndIcons();
    void actionsGetIconsInTheMainWindow();
    void palettesAreReadable();
    void appearanceSwitchesMapAndIcons();
};

void TestAppearance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    installAppLook(*qApp);
}

void TestAppearance::iconThemeIsComplete()
{
    const QStringList light = themeIconFiles(QStringLiteral("omnimap"));
    QVERIFY2(light.size() >= 50, qPrintable(QString::number(light.size())));
    // The generated dark variant has every icon, with the stroke colour swapped.
    QCOMPARE(themeIconFiles(QStringLiteral("omnimap-dark")), light);
    QVERIFY(QFile::exists(QStringLiteral(":/icons/omnimap/index.theme")));
    QFile dark(QStringLiteral(":/icons/omnimap-dark/scalable/document-save.svg"));
    QVERIFY(dark.open(QIODevice::ReadOnly));
    const QByteArray darkSvg = dark.readAll();
    QVERIFY(darkSvg.contains("#e8ecf1"));
    QVERIFY(!darkSvg.contains("#2f3a46"));
    // fromTheme() finds Omnimap's drawings by the freedesktop names the code uses, and the
    // application icon lives in the same theme.
    QCOMPARE(QIcon::themeName(), QStringLiteral("omnimap"));
    for (const char *name : {"document-new", "document-open", "document-save", "edit-undo", "edit-redo",
                             "zoom-in", "zoom-out", "zoom-fit-best", "help-contents", "help-about", "edit-delete",
                             "io.omnimap.Omnimap"}) {
        QVERIFY2(QIcon::hasThemeIcon(QLatin1String(name)), name);
        QVERIFY2(!QIcon::fromTheme(QLatin1String(name)).pixmap(48, 48).isNull(), name);
    }
}

void TestAppearance::everyIconIsDrawnTheSameWay()
{
    // One style: a 24×24 view box, 2 px round strokes, no fill, the one stroke colour.
    for (const QString &name : themeIconFiles(QStringLiteral("omnimap"))) {
        if (name == QLatin1String("io.omnimap.Omnimap.svg"))
            continue; // the application icon is a coloured tile, on purpose
        QFile file(QStringLiteral(":/icons/omnimap/scalable/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QXmlStreamReader xml(svg);
        while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg"))) {
        }
        const QXmlStreamAttributes root = xml.attributes();
        QCOMPARE(root.value(QLatin1String("viewBox")).toString(), QStringLiteral("0 0 24 24"));
        QCOMPARE(root.value(QLatin1String("stroke-width")).toString(), QStringLiteral("2"));
        QCOMPARE(root.value(QLatin1String("stroke")).toString(), QStringLiteral("#2f3a46"));
        QCOMPARE(root.value(QLatin1String("fill")).toString(), QStringLiteral("none"));
        QCOMPARE(root.value(QLatin1String("stroke-linecap")).toString(), QStringLiteral("round"));
        // No other colour anywhere in the drawing.
        const QRegularExpression colour(QStringLiteral("#[0-9a-fA-F]{6}"));
        for (auto it = colour.globalMatch(QString::fromUtf8(svg)); it.hasNext();)
            QCOMPARE(it.next().captured(), QStringLiteral("#2f3a46"));
        QSvgRenderer renderer(svg);
        QVERIFY2(renderer.isValid(), qPrintable(name));
    }
}

void TestAppearance::tableRowsNameRealStringsAndIcons()
{
    const QSet<QString> strings = translatableStrings();
    QVERIFY(strings.size() > 500);
    for (const ActionIconRow &row : actionIconTable()) {
        const QString key = QLatin1String(row.context) + QLatin1Char('|') + QString::fromUtf8(row.source);
        QVERIFY2(strings.contains(key), qPrintable(QString(QStringLiteral("no such string: ") + key)));
        QVERIFY2(QFile::exists(QStringLiteral(":/icons/omnimap/scalable/") + QLatin1String(row.icon) + QStringLiteral(".svg")),
                 row.icon);
    }
}

void TestAppearance::actionsGetIconsInTheMainWindow()
{
    MainWindow window;
    QHash<QString, QAction *> byText;
    for (QAction *action : window.findChildren<QAction *>())
        byText.insert(action->text(), action);
    // Actions the feature areas create without an icon get the table's one.
    for (const char *text : {"&Copy", "Add &Stage", "&Import Events CSV…", "&PDF Report…", "&Merge With…",
                             "&Appearance", "&Preferences…"}) {
        QAction *action = byText.value(QString::fromUtf8(text));
        QVERIFY2(action, text);
        QVERIFY2(!action->icon().isNull(), text);
    }
    QCOMPARE(byText.value(QStringLiteral("Add &Stage"))->icon().name(), QStringLiteral("omnimap-stage-add"));
}

void TestAppearance::palettesAreReadable()
{
    // WCAG AA (4.5:1) for text in light and dark, AAA (7:1) for high contrast, selected
    // text on the selection too, and greyed-out text still 3:1.
    const std::pair<QPalette, double> palettes[] = {{lightPalette(), 4.5}, {darkPalette(), 4.5},
                                                    {highContrastPalette(), 7.0}};
    for (const auto &[palette, wanted] : palettes) {
        QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= wanted);
        QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= wanted);
        QVERIFY(contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= wanted);
        QVERIFY(contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 4.5);
        QVERIFY(contrast(palette.color(QPalette::Disabled, QPalette::Text), palette.color(QPalette::Base)) >= 3.0);
        QVERIFY(contrast(palette.color(QPalette::Link), palette.color(QPalette::Base)) >= 4.5);
    }
    QVERIFY(!isDarkPalette(lightPalette()));
    QVERIFY(isDarkPalette(darkPalette()));
    QVERIFY(isDarkPalette(highContrastPalette()));
}

void TestAppearance::appearanceSwitchesMapAndIcons()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openSample(QStringLiteral("cafe-order-pickup")));
    QVERIFY(window.currentMapScene());
    for (const QString &appearance : {QStringLiteral("dark"), QStringLiteral("highcontrast")}) {
        applyAppearance(*qApp, appearance);
        QCoreApplication::processEvents();
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 (appearance == QLatin1String("dark") ? darkPalette() : highContrastPalette()).color(QPalette::Window));
        QCOMPARE(QIcon::themeName(), QStringLiteral("omnimap-dark"));
        QVERIFY(window.currentMapScene()->renderOptions().darkMode);
    }
    applyAppearance(*qApp, QStringLiteral("light"));
    QCoreApplication::processEvents();
    QCOMPARE(QIcon::themeName(), QStringLiteral("omnimap"));
    QVERIFY(!window.currentMapScene()->renderOptions().darkMode);
    // The View ▸ Appearance menu stores the choice.
    QMenu *menu = window.findChild<QMenu *>(QStringLiteral("appearanceMenu"));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 4);
    for (QAction *action : menu->actions())
        if (action->data().toString() == QLatin1String("dark"))
            action->trigger();
    QCOMPARE(appearanceSetting(), QStringLiteral("dark"));
    QVERIFY(isDarkPalette(QApplication::palette()));
    applyAppearance(*qApp, QStringLiteral("system"));
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
