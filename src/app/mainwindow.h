#pragma once

#include "document/document.h"
#include "document/safety/lockfile.h"
#include "shell/dialogservice.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSlider;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoView;

namespace omnimap {

class AppContext;
class Autosaver;
class Inspector;
class MapView;
class MapScene;
class MainWindowContext;

/// The main window: one open project, its journey maps in tabs, the project tree,
/// inspector, problems and history docks. It implements AppContext (through a small
/// adapter) so feature areas install their menus, docks and tabs into it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project (asking about a lock held by someone else); false if not opened.
    bool openFile(const QString &path);
    /// Opens a bundled sample (":/samples/NAME.omnimap") as a new, unsaved project.
    bool openSample(const QString &name);
    /// Starts an empty project with one empty journey.
    void newProject();
    bool save();
    bool saveAs();
    /// Offers to restore autosaved work found in the recovery folder (called at start).
    void offerRecovery();

    Document *document() const { return m_document.get(); }
    AppContext *context() const;
    MapView *currentMapView() const;
    MapScene *currentMapScene() const;
    /// Opens (or shows) the map tab of a journey.
    MapView *showJourney(const Id &journeyId);
    void showPersona(const Id &personaId);
    void revealItem(const Id &itemId);
    QTabWidget *tabs() const { return m_tabs; }
    Inspector *inspector() const { return m_inspector; }
    QListWidget *problemsList() const { return m_problems; }

    // For tests: scripted dialogs, a quick autosave and a private recovery folder.
    void setDialogService(std::unique_ptr<DialogService> dialogs);
    void setAutosaveInterval(int ms);
    void setRecoveryDirectory(const QString &directory);
    /// Replaces this window by a new one built in the current UI language: every menu,
    /// dock and tab is created translated. The document (with its undo history, modified
    /// state and lock), the window geometry and the dock layout carry over. Only for a
    /// window that deletes itself on close (the app's); returns the new window, or null.
    MainWindow *rebuildInCurrentLanguage();
    Autosaver *autosaver() const { return m_autosaver.get(); }

    /// The session is ending (SIGTERM/SIGHUP/SIGINT, or the desktop's commit-data request
    /// at logout): writes the recovery copy of unsaved changes now and removes the lock,
    /// so the window may then close without a question and the next start offers the work
    /// back. If the user keeps editing (a cancelled logout), the lock is taken again and
    /// closing asks as usual. Returns an error text, or empty.
    QString saveForSessionEnd();
    /// All open main windows of this process (the ones the shutdown handling saves).
    static QList<MainWindow *> all();

    static QStringList sampleNames();

    /// Data roles of the project tree's items: the item's id and its ItemKind.
    static constexpr int ItemIdRole = Qt::UserRole;
    static constexpr int ItemKindRole = Qt::UserRole + 1;
    QTreeWidget *projectTree() const { return m_tree; }
    /// The context menu of a project-tree item (null when it offers nothing); the caller
    /// owns and shows it. Tests trigger its actions by object name.
    QMenu *createTreeContextMenu(QTreeWidgetItem *item);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class MainWindowContext;

    void createActions();
    void createDocks();
    void keepQuitLast();
    /// Pushes the rename typed into a tree item (or puts its name back).
    void renameTreeItem(QTreeWidgetItem *item);
    static bool isRenameable(int kind);
    void setDocument(std::unique_ptr<Document> document, std::unique_ptr<LockFile> lock = {});
    void onDocumentChanged(const ChangeEvent &event);
    /// After saveForSessionEnd(), a new edit means the session went on: lock again.
    void resumeAfterSessionEnd();
    void refreshTree();
    void refreshProblems();
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    bool maybeSave();
    bool saveTo(const QString &path);
    /// Index after the last map or persona tab: where the next one goes.
    int documentTabEnd() const;
    /// Map and persona tabs: views of the open document, closed when it is replaced.
    static bool isDocumentTab(const QWidget *tab);
    /// Closes the document's own views and lets the inspector, history and autosaver go.
    void releaseDocumentViews();
    /// Merges the changed file on disk into the plan (three-way, with `base`) before a save.
    bool mergeChangesOnDisk(const Project &base);
    void find();
    void setZoomFromSlider(int value);
    void onCurrentTabChanged();
    void applyPalette();

    std::unique_ptr<Document> m_document;
    std::unique_ptr<LockFile> m_lock;
    std::unique_ptr<Autosaver> m_autosaver;
    std::unique_ptr<DialogService> m_dialogs;
    MainWindowContext *m_context = nullptr;
    QString m_recoveryDirectory;
    int m_autosaveInterval = 2 * 60 * 1000;
    QString m_pendingRecoveryKey; ///< the recovery copy this session restored from
    bool m_savedForSessionEnd = false; ///< recovery written, lock dropped: close without asking

    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_tree = nullptr;
    Inspector *m_inspector = nullptr;
    QListWidget *m_problems = nullptr;
    QUndoView *m_history = nullptr;
    QDockWidget *m_treeDock = nullptr;
    QMenu *m_menus[10] = {};
    QMenu *m_recentMenu = nullptr;
    QMenu *m_templateMenu = nullptr;
    QSlider *m_zoomSlider = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLineEdit *m_findField = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace omnimap
