#pragma once

#include "shell/appcontext.h"

namespace omnimap {

class MainWindow;

/// AppContext for a MainWindow. A separate object because QMainWindow and AppContext
/// are both QObjects; it forwards to the window and re-emits its signals.
class MainWindowContext final : public AppContext
{
    Q_OBJECT

public:
    explicit MainWindowContext(MainWindow *window);

    QMainWindow *window() override;
    Document *document() override;
    Id currentJourneyId() const override;
    QList<Id> selectedItemIds() const override;
    QMenu *menu(Menu which) override;
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area) override;
    void addEditorTab(QWidget *tab, const QString &title) override;
    void showEditorTab(QWidget *tab) override;
    void revealItem(const Id &itemId) override;
    void showStatusMessage(const QString &message, int timeoutMs = 5000) override;
    bool openProject(const QString &path) override;
    bool rebuildInCurrentLanguage() override;

    // Re-emitted by the window.
    void emitDocumentReplaced(Document *document) { emit documentReplaced(document); }
    void emitCurrentJourneyChanged(const Id &journeyId) { emit currentJourneyChanged(journeyId); }
    void emitSelectionChanged(const QList<Id> &ids) { emit selectionChanged(ids); }
    void emitAboutToRebuild(QVariantHash &state) { emit aboutToRebuild(state); }
    void emitRebuilt(const QVariantHash &state) { emit rebuilt(state); }
    /// The map's context menus and the inspector ask the experiments area to edit (or
    /// add) the A/B test of a touchpoint or hand-off (app/experiment/experimenttools.h).
    void requestExperiment(const Id &journeyId, const Id &itemId) { emit experimentRequested(journeyId, itemId); }

signals:
    void experimentRequested(const omnimap::Id &journeyId, const omnimap::Id &itemId);

private:
    /// Gives every map tab the current mapDecorations() (skipping those that have them).
    void applyMapDecorations();

    MainWindow *m_window;
};

} // namespace omnimap
