#include "fakeappcontext.h"

#include <iterator>

#include <QDockWidget>
#include <QMenuBar>
#include <QTabWidget>

namespace omnimap::test {

FakeAppContext::FakeAppContext(Project project)
    : m_window(std::make_unique<QMainWindow>())
    , m_document(std::make_unique<Document>(std::move(project)))
    , m_tabs(new QTabWidget)
{
    m_window->setCentralWidget(m_tabs);
    if (!m_document->project().journeys.isEmpty())
        m_journeyId = m_document->project().journeys.first().id;
}

FakeAppContext::~FakeAppContext()
{
    // Areas parent their objects to the context; the window goes first so their widgets
    // are gone before the document they watch.
    m_window.reset();
}

QMenu *FakeAppContext::menu(Menu which)
{
    QMenu *&menu = m_menus[int(which)];
    if (!menu) {
        // The real window's titles, so screenshots taken from this harness read naturally.
        static const char *const titles[] = {"&File", "&Import", "&Export", "&Edit", "&View",
                                             "&Journey", "&Plan", "&Data", "&Tools", "&Help"};
        const int i = int(which);
        menu = m_window->menuBar()->addMenu(i >= 0 && i < int(std::size(titles)) ? QString::fromLatin1(titles[i])
                                                                                 : QStringLiteral("Menu %1").arg(i));
    }
    return menu;
}

void FakeAppContext::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    m_window->addDockWidget(area, dock);
}

void FakeAppContext::addEditorTab(QWidget *tab, const QString &title)
{
    m_tabs->addTab(tab, title);
}

void FakeAppContext::showEditorTab(QWidget *tab)
{
    m_tabs->setCurrentWidget(tab);
}

} // namespace omnimap::test
