#include "mainwindowcontext.h"

#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace omnimap {

MainWindowContext::MainWindowContext(MainWindow *window)
    : AppContext(window)
    , m_window(window)
{
    // Map decorations go to every open map at once, and to a new map tab when it turns
    // current (a tab switch emits currentJourneyChanged), so none is ever left behind.
    connect(this, &AppContext::mapDecorationsChanged, this, &MainWindowContext::applyMapDecorations);
    connect(this, &AppContext::currentJourneyChanged, this, &MainWindowContext::applyMapDecorations);
}

void MainWindowContext::applyMapDecorations()
{
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        auto *view = qobject_cast<MapView *>(tabs->widget(i));
        if (!view)
            continue;
        MapScene *scene = view->mapScene();
        if (static_cast<const MapDecorations &>(scene->renderOptions()) == mapDecorations())
            continue;
        MapRenderOptions options = scene->renderOptions();
        static_cast<MapDecorations &>(options) = mapDecorations();
        scene->setRenderOptions(options);
    }
}

QMainWindow *MainWindowContext::window()
{
    return m_window;
}

Document *MainWindowContext::document()
{
    return m_window->document();
}

Id MainWindowContext::currentJourneyId() const
{
    const MapScene *scene = m_window->currentMapScene();
    return scene ? scene->journeyId() : Id();
}

QList<Id> MainWindowContext::selectedItemIds() const
{
    const MapScene *scene = m_window->currentMapScene();
    return scene ? scene->selectedIds() : QList<Id>();
}

QMenu *MainWindowContext::menu(Menu which)
{
    return m_window->m_menus[int(which)];
}

void MainWindowContext::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    if (dock->objectName().isEmpty())
        dock->setObjectName(dock->windowTitle()); // saveState needs a name
    m_window->addDockWidget(area, dock);
    // The Inspector keeps the top of the right side; the other right-hand docks share
    // one tabbed area with the History, so the window still fits a 1440×900 screen.
    if (area == Qt::RightDockWidgetArea) {
        auto *history = m_window->findChild<QDockWidget *>(QStringLiteral("historyDock"));
        if (history && history != dock && m_window->dockWidgetArea(history) == area) {
            m_window->tabifyDockWidget(history, dock);
            history->raise();
        }
    }
    if (QMenu *view = menu(Menu::View))
        view->addAction(dock->toggleViewAction());
}

void MainWindowContext::addEditorTab(QWidget *tab, const QString &title)
{
    // A new document closes every tab; showEditorTab() brings this one back by its title.
    if (tab->windowTitle().isEmpty())
        tab->setWindowTitle(title);
    m_window->tabs()->addTab(tab, title);
}

void MainWindowContext::showEditorTab(QWidget *tab)
{
    if (m_window->tabs()->indexOf(tab) < 0)
        m_window->tabs()->addTab(tab, tab->windowTitle());
    m_window->tabs()->setCurrentWidget(tab);
}

void MainWindowContext::revealItem(const Id &itemId)
{
    m_window->revealItem(itemId);
}

void MainWindowContext::showStatusMessage(const QString &message, int timeoutMs)
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}

bool MainWindowContext::rebuildInCurrentLanguage()
{
    if (!m_window->testAttribute(Qt::WA_DeleteOnClose))
        return false;
    // Queued: the request comes from one of this window's own menu actions.
    QTimer::singleShot(0, qApp, [window = QPointer<MainWindow>(m_window)] {
        if (window)
            window->rebuildInCurrentLanguage();
    });
    return true;
}

bool MainWindowContext::openProject(const QString &path)
{
    return m_window->maybeSave() && m_window->openFile(path);
}

} // namespace omnimap
