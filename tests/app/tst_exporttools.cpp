// The export tools as a user reaches them: File ▸ Export / Import actions of the real
// main window, the options dialog accepted, file names answered by a scripted
// ExportDialogs. The app's PDF must be the CLI's PDF (same pages, same text).
#include "export/exportdialogs.h"
#include "mainwindow.h"
#include "pdftools.h"
#include "scripteddialogs.h"

#include "document/document.h"
#include "format/projectfile.h"
#include "report/reportoptions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace omnimap;

namespace {

class ScriptedExportDialogs final : public ExportDialogs
{
public:
    QString savePath;
    QString openPath;
    QStringList errors;

    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return savePath; }
    QString openFileName(QWidget *, const QString &, const QString &) override { return openPath; }
    QString directory(QWidget *, const QString &) override { return {}; }
    void showError(QWidget *, const QString &message) override { errors << message; }
};

/// Finds a menu action by its visible text (mnemonic and ellipsis ignored), in any menu.
QAction *findAction(QWidget *window, const QString &text, const QString &menuText = {})
{
    const auto clean = [](QString s) { return s.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed(); };
    const QList<QMenu *> menus = window->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        if (!menuText.isEmpty() && clean(menu->title()) != menuText)
            continue;
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (!action->menu() && clean(action->text()) == text)
                return action;
        }
    }
    return nullptr;
}

/// Accepts the next modal dialog (the export options) as soon as it is shown.
void acceptNextDialog()
{
    QTimer::singleShot(0, qApp, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->accept();
        else
            acceptNextDialog(); // not shown yet
    });
}

/// Sets up the next modal dialog with `prepare`, then accepts it.
void acceptNextDialogWith(const std::function<void(QDialog *)> &prepare)
{
    QTimer::singleShot(0, qApp, [prepare] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            prepare(dialog);
            dialog->accept();
        } else {
            acceptNextDialogWith(prepare);
        }
    });
}

/// Picks the combo box entry whose data is `value`; false when there is none.
bool choose(QDialog *dialog, const char *name, int value)
{
    auto *combo = dialog->findChild<QComboBox *>(QLatin1String(name));
    const int index = combo ? combo->findData(value) : -1;
    if (index < 0 || !combo->isVisibleTo(dialog))
        return false;
    combo->setCurrentIndex(index);
    return true;
}

} // namespace

class TestExportTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setExportDialogs(&m_exportDialogs);
    }
    void cleanupTestCase() { setExportDialogs(nullptr); }
    void init() { m_exportDialogs = ScriptedExportDialogs(); }

    void pdfFromTheAppIsTheCliPdf();
    void pdfPosterOnA3FromTheOptionsDialog();
    void webPageFromTheMenu();
    void importedOpenJourneyMapOpensInTheWindow();
    void brokenOpenJourneyFileIsReportedNotOpened();

private:
    ScriptedExportDialogs m_exportDialogs;
};

void TestExportTools::pdfFromTheAppIsTheCliPdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed; scripts/install-deps.sh installs it");
    QTemporaryDir dir;
    const QString project = QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/retail-click-collect.omnimap");
    MainWindow window;
    window.setDialogService(std::make_unique<testing::ScriptedDialogs>());
    window.setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
    window.show();
    QVERIFY(window.openFile(project));

    QAction *exportPdf = findAction(&window, QStringLiteral("PDF Report"));
    QVERIFY(exportPdf);
    m_exportDialogs.savePath = dir.filePath(QStringLiteral("app.pdf"));
    acceptNextDialog();
    exportPdf->trigger();
    // Written on a worker thread; the window says so when it is done.
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(QStringLiteral("Exported")), 60000);
    QVERIFY(QFileInfo(m_exportDialogs.savePath).size() > 0);
    QVERIFY2(m_exportDialogs.errors.isEmpty(), qPrintable(m_exportDialogs.errors.join(QLatin1Char('\n'))));

    const QString cliPdf = dir.filePath(QStringLiteral("cli.pdf"));
    int exitCode = -1;
    testing::runTool(QStringLiteral(OMNIMAP_CLI_PATH), {QStringLiteral("export"), project, QStringLiteral("--pdf"), cliPdf}, &exitCode);
    QCOMPARE(exitCode, 0);

    const int pages = testing::pdfPages(cliPdf);
    QVERIFY(pages > 3);
    QCOMPARE(testing::pdfPages(m_exportDialogs.savePath), pages);
    const QString appText = testing::pdfText(m_exportDialogs.savePath);
    QVERIFY(appText.contains(window.document()->project().name));
    QCOMPARE(appText, testing::pdfText(cliPdf));
}

void TestExportTools::pdfPosterOnA3FromTheOptionsDialog()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("poppler-utils is not installed; scripts/install-deps.sh installs it");
    QTemporaryDir dir;
    MainWindow window;
    window.setDialogService(std::make_unique<testing::ScriptedDialogs>());
    window.setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
    window.show();
    QVERIFY(window.openFile(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/travel-booking-kiosk.omnimap")));
    QAction *exportPdf = findAction(&window, QStringLiteral("PDF Report"));
    QVERIFY(exportPdf);
    m_exportDialogs.savePath = dir.filePath(QStringLiteral("poster.pdf"));
    bool chosen = false;
    acceptNextDialogWith([&chosen](QDialog *dialog) {
        chosen = choose(dialog, "paperCombo", int(ReportPaper::A3)) && choose(dialog, "mapPagingCombo", int(MapPaging::Poster))
            && choose(dialog, "orientationCombo", int(MapOrientation::Landscape));
    });
    exportPdf->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(QStringLiteral("Exported")), 60000);
    QVERIFY(chosen);
    // A3 pages (842 × 1191 pt), and the map on one landscape page of A3 or larger, in one piece.
    const QString info = testing::runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                                      QStringLiteral("999"), m_exportDialogs.savePath});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page\\s+1 size:\\s+842 x 1191 pts"))), qPrintable(info.left(400)));
    const QRegularExpression sizeLine(QStringLiteral("size:\\s+([\\d.]+) x ([\\d.]+)"));
    int larger = 0;
    for (auto it = sizeLine.globalMatch(info); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const double w = m.captured(1).toDouble();
        const double h = m.captured(2).toDouble();
        if (w > h && w > 1200) // larger than A3 landscape (1191 pt)
            ++larger;
    }
    QCOMPARE(larger, window.document()->project().journeys.size());
    const QString text = testing::pdfText(m_exportDialogs.savePath);
    QVERIFY(!text.contains(QStringLiteral("part 1 of")));
}

void TestExportTools::webPageFromTheMenu()
{
    QTemporaryDir dir;
    MainWindow window;
    window.setDialogService(std::make_unique<testing::ScriptedDialogs>());
    window.setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
    window.show();
    QVERIFY(window.openFile(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/retail-click-collect.omnimap")));
    QAction *web = findAction(&window, QStringLiteral("Web Page"), QStringLiteral("Export"));
    QVERIFY(web);
    m_exportDialogs.savePath = dir.filePath(QStringLiteral("plan.html"));
    bool paperHidden = false;
    acceptNextDialogWith([&paperHidden](QDialog *dialog) {
        // The web page has no paper: the dialog shows only the journey choice.
        paperHidden = !choose(dialog, "paperCombo", int(ReportPaper::A3));
    });
    web->trigger();
    QVERIFY(paperHidden);
    QVERIFY2(m_exportDialogs.errors.isEmpty(), qPrintable(m_exportDialogs.errors.join(QLatin1Char('\n'))));
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Exported")));
    QFile file(m_exportDialogs.savePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    const Project &project = window.document()->project();
    int cards = 0;
    for (const Journey &j : project.journeys)
        cards += int(j.touchpoints.size());
    QCOMPARE(int(html.count(QStringLiteral("<g class=\"card\""))), cards);
    // The plan is Korean: so is the page, whatever the window speaks.
    QCOMPARE(project.locale, QStringLiteral("ko"));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"ko\">")));
}

void TestExportTools::importedOpenJourneyMapOpensInTheWindow()
{
    const QString source = QStringLiteral(OMNIMAP_SHARED_DIR "/interop/openjourney/ecommerce-purchase.ojf");
    if (!QFileInfo::exists(source))
        QSKIP("the OpenJourney samples are missing (OMNIMAP_SHARED_DIR/interop/openjourney)");
    QTemporaryDir dir;
    MainWindow window;
    window.setDialogService(std::make_unique<testing::ScriptedDialogs>());
    window.setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
    window.show();

    QAction *import = findAction(&window, QStringLiteral("OpenJourney (.ojf)"), QStringLiteral("Import"));
    QVERIFY(import);
    m_exportDialogs.openPath = source;
    m_exportDialogs.savePath = dir.filePath(QStringLiteral("imported.omnimap"));
    import->trigger();
    QVERIFY2(m_exportDialogs.errors.isEmpty(), qPrintable(m_exportDialogs.errors.join(QLatin1Char('\n'))));

    // The new plan is saved AND open in the window, with the map's stages and nodes.
    QCOMPARE(window.document()->fileName(), QFileInfo(m_exportDialogs.savePath).absoluteFilePath());
    const LoadResult saved = loadProjectFile(m_exportDialogs.savePath);
    QVERIFY(saved.ok());
    const Project &open = window.document()->project();
    QCOMPARE(open.journeys.size(), 1);
    QVERIFY(open.journeys.first().stages.size() >= 3);
    QVERIFY(!open.journeys.first().touchpoints.isEmpty());
    QCOMPARE(open.journeys.first().touchpoints.size(), saved.project->journeys.first().touchpoints.size());
    QVERIFY(window.currentMapView());
}

void TestExportTools::brokenOpenJourneyFileIsReportedNotOpened()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.ojf"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"metadata\": {\"version\": \"1.0\"}, \"stages\": [");
    file.close();
    MainWindow window;
    window.setDialogService(std::make_unique<testing::ScriptedDialogs>());
    window.setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
    const QString before = window.document()->project().name;

    QAction *import = findAction(&window, QStringLiteral("OpenJourney (.ojf)"), QStringLiteral("Import"));
    QVERIFY(import);
    m_exportDialogs.openPath = broken;
    m_exportDialogs.savePath = dir.filePath(QStringLiteral("never.omnimap"));
    import->trigger();
    QCOMPARE(m_exportDialogs.errors.size(), 1);
    QVERIFY2(m_exportDialogs.errors.first().contains(QStringLiteral("broken.ojf")), qPrintable(m_exportDialogs.errors.first()));
    QVERIFY(!QFileInfo::exists(m_exportDialogs.savePath));
    QCOMPARE(window.document()->project().name, before);
}

QTEST_MAIN(TestExportTools)
#include "tst_exporttools.moc"
