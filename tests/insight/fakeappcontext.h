#pragma once

#include "document/document.h"
#include "app/shell/appcontext.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QTabWidget;

namespace omnimap::test {

/// The smallest window an area can install into: a QMainWindow with a tab widget as the
/// editor area, menus made on demand and one document.
class FakeAppContext final : public AppContext
{
    Q_OBJECT

public:
    explicit FakeAppContext(Project project);
    ~FakeAppContext() override;

    QMainWindow *window() override { return m_window.get(); }
    Document *document() override { return m_document.get(); }
    Id currentJourneyId() const override { return m_journeyId; }
    QList<Id> selectedItemIds() const override { return {}; }
    QMenu *menu(Menu which) override;
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area) override;
    void addEditorTab(QWidget *tab, const QString &title) override;
    void showEditorTab(QWidget *tab) override;
    void revealItem(const Id &) override {}
    void showStatusMessage(const QString &message, int) override { m_lastStatus = message; }

    QString lastStatus() const { return m_lastStatus; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    std::unique_ptr<QMainWindow> m_window;
    std::unique_ptr<Document> m_document;
    QTabWidget *m_tabs;
    QHash<int, QMenu *> m_menus;
    Id m_journeyId;
    QString m_lastStatus;
};

} // namespace omnimap::test
