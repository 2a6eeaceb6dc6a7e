#pragma once

#include "document/document.h"
#include "app/shell/appcontext.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>

/// A bare main window standing in for the application's, so an area installs into it
/// as it would into the real one.
class FakeContext final : public omnimap::AppContext
{
public:
    explicit FakeContext(std::unique_ptr<omnimap::Document> document)
        : m_document(std::move(document))
    {
    }
    ~FakeContext() override { delete m_window; }

    QMainWindow *window() override { return m_window; }
    omnimap::Document *document() override { return m_document.get(); }
    omnimap::Id currentJourneyId() const override { return QStringLiteral("j1"); }
    QList<omnimap::Id> selectedItemIds() const override { return m_selection; }
    QMenu *menu(Menu which) override
    {
        QMenu *&menu = m_menus[int(which)];
        if (!menu)
            menu = m_window->menuBar()->addMenu(QString::number(int(which)));
        return menu;
    }
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area) override
    {
        m_window->addDockWidget(area, dock);
        docks.append(dock);
    }
    void addEditorTab(QWidget *tab, const QString &) override { tab->setParent(m_window); }
    void showEditorTab(QWidget *) override {}
    void revealItem(const omnimap::Id &itemId) override { revealed = itemId; }
    void showStatusMessage(const QString &message, int) override { statusMessages.append(message); }

    void replaceDocument(std::unique_ptr<omnimap::Document> document)
    {
        std::unique_ptr<omnimap::Document> old = std::move(m_document);
        m_document = std::move(document);
        emit documentReplaced(m_document.get());
    }
    void select(const QList<omnimap::Id> &ids)
    {
        m_selection = ids;
        emit selectionChanged(ids);
    }

    QList<QDockWidget *> docks;
    QStringList statusMessages;
    omnimap::Id revealed;

private:
    std::unique_ptr<omnimap::Document> m_document;
    QMainWindow *m_window = new QMainWindow;
    QMap<int, QMenu *> m_menus;
    QList<omnimap::Id> m_selection;
};
