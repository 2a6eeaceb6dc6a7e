#pragma once

#include "app/shell/appcontext.h"
#include "document/document.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

#include <map>

/// A bare window implementing AppContext, so installPlanTools can be tested without
/// the real main window: tabs go into a QTabWidget, docks into the window, and
/// revealItem() is recorded.
class FakeAppContext final : public omnimap::AppContext
{
    Q_OBJECT

public:
    explicit FakeAppContext(omnimap::Document *document)
        : m_document(document)
    {
        m_window.setCentralWidget(&m_tabs);
    }
    ~FakeAppContext() override { m_window.takeCentralWidget(); }

    QMainWindow *window() override { return &m_window; }
    omnimap::Document *document() override { return m_document; }
    omnimap::Id currentJourneyId() const override { return m_journeyId; }
    QList<omnimap::Id> selectedItemIds() const override { return {}; }
    QMenu *menu(Menu which) override
    {
        auto &slot = m_menus[which];
        if (!slot)
            slot = m_window.menuBar()->addMenu(QStringLiteral("menu%1").arg(int(which)));
        return slot;
    }
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area) override { m_window.addDockWidget(area, dock); }
    void addEditorTab(QWidget *tab, const QString &title) override { m_tabs.addTab(tab, title); }
    void showEditorTab(QWidget *tab) override { m_tabs.setCurrentWidget(tab); }
    void revealItem(const omnimap::Id &itemId) override { revealed << itemId; }
    void showStatusMessage(const QString &message, int) override { messages << message; }

    void replaceDocument(omnimap::Document *document)
    {
        m_document = document;
        emit documentReplaced(document);
    }
    void setCurrentJourney(const omnimap::Id &journeyId)
    {
        m_journeyId = journeyId;
        emit currentJourneyChanged(journeyId);
    }

    QTabWidget &tabs() { return m_tabs; }
    QStringList revealed;
    QStringList messages;

private:
    omnimap::Document *m_document;
    omnimap::Id m_journeyId;
    QMainWindow m_window;
    QTabWidget m_tabs;
    std::map<Menu, QMenu *> m_menus;
};
