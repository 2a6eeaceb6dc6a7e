// The About dialog and the Help menu, offscreen: the version CMake gave the build, the
// licences of the bundled parts, the menu's actions and shortcuts, and that links reach
// the injected opener instead of starting a browser.

#include "app/about/aboutdialog.h"
#include "app/about/helptools.h"
#include "app/about/userguide.h"
#include "app/shell/appcontext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace omnimap;

namespace {

/// A bare window with the menus the Help tools ask for, recording status messages.
class TestContext final : public AppContext
{
public:
    TestContext()
    {
        m_help = m_window.menuBar()->addMenu(QStringLiteral("&Help"));
        m_window.resize(800, 600);
    }

    QMainWindow *window() override { return &m_window; }
    Document *document() override { return nullptr; }
    Id currentJourneyId() const override { return {}; }
    QList<Id> selectedItemIds() const override { return {}; }
    QMenu *menu(Menu which) override { return which == Menu::Help ? m_help : nullptr; }
    void addDock(QDockWidget *, Qt::DockWidgetArea) override { }
    void addEditorTab(QWidget *, const QString &) override { }
    void showEditorTab(QWidget *) override { }
    void revealItem(const Id &) override { }
    void showStatusMessage(const QString &message, int) override { m_messages << message; }

    QMainWindow m_window;
    QMenu *m_help = nullptr;
    QStringList m_messages;
};

QAction *actionNamed(QMenu *menu, const char *name)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == QLatin1String(name))
            return action;
    }
    return nullptr;
}

QString plainText(const QLabel *label)
{
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

} // namespace

class TestAbout final : public QObject
{
    Q_OBJECT

private slots:
    void showsTheBuildVersion();
    void listsTheLicences_data();
    void listsTheLicences();
    void copiesVersionInfo();
    void linksGoThroughTheSignal();
    void helpMenuHasItsActions();
    void aboutOpensOneDialogAndRoutesLinks();
    void f1OpensTheUserGuide();
    void failureToOpenIsReported();
    void userGuidePrefersTheInstalledCopy_data();
    void userGuidePrefersTheInstalledCopy();
};

void TestAbout::showsTheBuildVersion()
{
    const QString version = QStringLiteral(OMNIMAP_VERSION_STRING);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(version).hasMatch(),
             qPrintable(version));

    AboutDialog dialog;
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("versionLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Version ") + version);
    auto *runtime = dialog.findChild<QLabel *>(QStringLiteral("runtimeLabel"));
    QVERIFY(runtime);
    QVERIFY2(runtime->text().contains(QString::fromLatin1(qVersion())), qPrintable(runtime->text()));
    QVERIFY(AboutDialog::versionSummary().startsWith(QStringLiteral("Omnimap ") + version
                                                     + QStringLiteral(" (Qt ")));
    QVERIFY(!AboutDialog::applicationIcon().isNull());
    QVERIFY(!AboutDialog::applicationIcon().pixmap(96, 96).isNull());

    // A look at the dialog for people (docs, reviews): OMNIMAP_ABOUT_SCREENSHOT=file.png.
    const QString screenshot = qEnvironmentVariable("OMNIMAP_ABOUT_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(screenshot));
    }
}

void TestAbout::listsTheLicences_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("licence");
    QTest::newRow("Qt") << QStringLiteral("Qt") << QStringLiteral("LGPL-3.0");
    QTest::newRow("nlohmann/json") << QStringLiteral("nlohmann/json") << QStringLiteral("MIT");
    QTest::newRow("SQLite") << QStringLiteral("SQLite") << QStringLiteral("Public domain");
    QTest::newRow("Noto CJK") << QStringLiteral("Noto Sans CJK") << QStringLiteral("OFL-1.1");
    QTest::newRow("OpenJourney") << QStringLiteral("OpenJourney") << QStringLiteral("MIT");
}

void TestAbout::listsTheLicences()
{
    QFETCH(QString, component);
    QFETCH(QString, licence);
    AboutDialog dialog;
    auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("licencesBrowser"));
    QVERIFY(browser);
    // Each component's name and licence stand on the same line.
    const QStringList lines = browser->toPlainText().split(QLatin1Char('\n'));
    bool found = false;
    for (const QString &line : lines)
        found = found || (line.contains(component) && line.contains(licence));
    QVERIFY2(found, qPrintable(browser->toPlainText()));
}

void TestAbout::copiesVersionInfo()
{
    AboutDialog dialog;
    auto *copy = dialog.findChild<QAbstractButton *>(QStringLiteral("copyVersionButton"));
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), AboutDialog::versionSummary());
}

void TestAbout::linksGoThroughTheSignal()
{
    AboutDialog dialog;
    QSignalSpy spy(&dialog, &AboutDialog::linkRequested);
    auto *links = dialog.findChild<QLabel *>(QStringLiteral("linksLabel"));
    QVERIFY(links);
    QVERIFY(plainText(links).contains(QStringLiteral("User guide")));
    emit links->linkActivated(AboutDialog::userGuideLink().toString());
    auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("licencesBrowser"));
    QVERIFY(browser);
    QVERIFY(!browser->openLinks());
    emit browser->anchorClicked(QUrl(QStringLiteral("https://www.sqlite.org/copyright.html")));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).toUrl(), AboutDialog::userGuideLink());
    QCOMPARE(spy.at(1).at(0).toUrl(), QUrl(QStringLiteral("https://www.sqlite.org/copyright.html")));
}

void TestAbout::helpMenuHasItsActions()
{
    TestContext context;
    installHelpTools(context, [](const QUrl &) { return true; });
    QAction *guide = actionNamed(context.m_help, "actionUserGuide");
    QAction *about = actionNamed(context.m_help, "actionAbout");
    QAction *aboutQt = actionNamed(context.m_help, "actionAboutQt");
    QVERIFY(guide && about && aboutQt);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QCOMPARE(about->menuRole(), QAction::AboutRole);
    QCOMPARE(aboutQt->menuRole(), QAction::AboutQtRole);
    // Menu order: the guide first, the two About entries last.
    const QList<QAction *> actions = context.m_help->actions();
    QVERIFY(actions.indexOf(guide) < actions.indexOf(about));
    QVERIFY(actions.indexOf(about) < actions.indexOf(aboutQt));
    QVERIFY(!QApplication::windowIcon().isNull());
}

void TestAbout::aboutOpensOneDialogAndRoutesLinks()
{
    TestContext context;
    QList<QUrl> opened;
    installHelpTools(context, [&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QAction *about = actionNamed(context.m_help, "actionAbout");
    QVERIFY(about);
    about->trigger();
    about->trigger();
    const QList<AboutDialog *> dialogs = context.m_window.findChildren<AboutDialog *>();
    QCOMPARE(dialogs.size(), 1);
    AboutDialog *dialog = dialogs.first();
    QVERIFY(dialog->isVisible());

    emit dialog->linkRequested(AboutDialog::userGuideLink());
    emit dialog->linkRequested(QUrl(QStringLiteral("https://openfontlicense.org")));
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(0), userGuideUrl(QCoreApplication::applicationDirPath()));
    QCOMPARE(opened.at(1), QUrl(QStringLiteral("https://openfontlicense.org")));

    // Closing deletes it, and the next About makes a fresh one.
    QPointer<AboutDialog> closed = dialog;
    dialog->reject();
    QTRY_VERIFY(closed.isNull());
    about->trigger();
    QCOMPARE(context.m_window.findChildren<AboutDialog *>().size(), 1);
}

void TestAbout::f1OpensTheUserGuide()
{
    TestContext context;
    QList<QUrl> opened;
    installHelpTools(context, [&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    context.m_window.show();
    QVERIFY(QTest::qWaitForWindowActive(&context.m_window));
    QTest::keyClick(&context.m_window, Qt::Key_F1);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first(), userGuideUrl(QCoreApplication::applicationDirPath()));
}

void TestAbout::failureToOpenIsReported()
{
    TestContext context;
    installHelpTools(context, [](const QUrl &) { return false; });
    QAction *guide = actionNamed(context.m_help, "actionUserGuide");
    QVERIFY(guide);
    guide->trigger();
    QCOMPARE(context.m_messages.size(), 1);
    QVERIFY2(context.m_messages.first().contains(QStringLiteral("user guide")),
             qPrintable(context.m_messages.first()));
}

void TestAbout::userGuidePrefersTheInstalledCopy_data()
{
    QTest::addColumn<QString>("programDir");
    QTest::addColumn<QString>("guide");
    QTest::newRow("Debian package") << QStringLiteral("usr/bin")
                                    << QStringLiteral("usr/share/doc/omnimap/user-guide.md");
    QTest::newRow("Windows installer")
        << QStringLiteral("Omnimap/bin") << QStringLiteral("Omnimap/docs/user-guide.md");
    QTest::newRow("macOS bundle") << QStringLiteral("omnimap.app/Contents/MacOS")
                                  << QStringLiteral("omnimap.app/Contents/Resources/docs/user-guide.md");
    QTest::newRow("build tree") << QStringLiteral("src/build/src/app")
                                << QStringLiteral("src/docs/user-guide.md");
}

void TestAbout::userGuidePrefersTheInstalledCopy()
{
    QFETCH(QString, programDir);
    QFETCH(QString, guide);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QDir dir(root.path());
    QVERIFY(dir.mkpath(programDir));
    const QString programPath = dir.filePath(programDir);
    QCOMPARE(userGuideUrl(programPath), onlineUserGuideUrl());

    QVERIFY(dir.mkpath(QFileInfo(dir.filePath(guide)).path()));
    QFile file(dir.filePath(guide));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# User guide\n");
    file.close();
    QCOMPARE(userGuideUrl(programPath), QUrl::fromLocalFile(QDir::cleanPath(dir.filePath(guide))));

    // In Korean the Korean twin is opened when it is installed, the English guide when not.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QCOMPARE(userGuideUrl(programPath), QUrl::fromLocalFile(QDir::cleanPath(dir.filePath(guide))));
    const QString korean = QDir::cleanPath(dir.filePath(guide)).replace(QStringLiteral("user-guide.md"),
                                                                        QStringLiteral("user-guide.ko.md"));
    QFile twin(korean);
    QVERIFY(twin.open(QIODevice::WriteOnly));
    twin.write("# 사용자 가이드\n");
    twin.close();
    QCOMPARE(userGuideUrl(programPath), QUrl::fromLocalFile(korean));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(userGuideUrl(programPath), QUrl::fromLocalFile(QDir::cleanPath(dir.filePath(guide))));
    QLocale::setDefault(before);
}

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
