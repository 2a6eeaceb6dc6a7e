#include "mainwindow.h"

#include "canvas/mapscene.h"
#include "canvas/carditem.h"
#include "canvas/mapview.h"
#include "extensions.h"
#include "panels/inspector.h"
#include "persona/personaeditor.h"
#include "plan/plansetup.h"
#include "shell/icontheme.h"
#include "shell/mainwindowcontext.h"

#include "document/commands/addjourney.h"
#include "document/commands/addremovechannellane.h"
#include "document/commands/addremovestage.h"
#include "document/commands/editpersona.h"
#include "document/safety/autosaver.h"
#include "model/lookup.h"
#include "validation/referencecheck.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoView>

namespace omnimap {

namespace {

constexpr int MaxRecentFiles = 8;
constexpr int IdRole = MainWindow::ItemIdRole;
constexpr int KindRole = MainWindow::ItemKindRole;

QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}

QString projectFilter()
{
    return QCoreApplication::translate("omnimap::MainWindow", "Omnimap projects (*.omnimap)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_dialogs(std::make_unique<MessageBoxDialogService>(this))
    , m_context(new MainWindowContext(this))
    , m_recoveryDirectory(RecoveryStore::defaultDirectory())
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *tab = m_tabs->widget(index);
        m_tabs->removeTab(index);
        if (isDocumentTab(tab))
            tab->deleteLater(); // ours; extension tabs belong to their area
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    createDocks();
    createActions();
    // The lock's heartbeat: another host sees a refreshed lock as live (LockFile::isStale).
    auto *lockHeartbeat = new QTimer(this);
    lockHeartbeat->setInterval(LockFile::refreshIntervalMs());
    connect(lockHeartbeat, &QTimer::timeout, this, [this] {
        if (m_lock && m_lock->isHeld())
            m_lock->refresh();
    });
    lockHeartbeat->start();
    setDocument(Document::createEmpty(tr("New project")));
    installExtensions(*m_context);
    keepQuitLast();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1440, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    applyPalette();
}

MainWindow::~MainWindow()
{
    // Views reference the document: close them first.
    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete tab;
    }
}

AppContext *MainWindow::context() const
{
    return m_context;
}

void MainWindow::createDocks()
{
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createTreeContextMenu(m_tree->itemAt(pos));
        if (!menu)
            return;
        menu->exec(m_tree->viewport()->mapToGlobal(pos));
        delete menu;
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) { renameTreeItem(item); });
    m_treeDock = new QDockWidget(tr("Project"), this);
    m_treeDock->setObjectName(QStringLiteral("projectDock"));
    m_treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, m_treeDock);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const Id id = item->data(0, IdRole).toString();
        const int kind = item->data(0, KindRole).toInt();
        if (kind == int(ItemKind::Project))
            openPlanProperties(m_document.get(), this);
        else if (kind == int(ItemKind::Brand))
            openBrandEditor(m_document.get(), this);
        else if (kind == int(ItemKind::Department))
            openDepartments(m_document.get(), this, id);
        else if (kind == int(ItemKind::Journey) && showJourney(id))
            m_inspector->showSelection(id, {}); // its properties, ready to edit
        else if (kind == int(ItemKind::Persona))
            showPersona(id);
        else if (!id.isEmpty())
            revealItem(id);
    });

    m_inspector = new Inspector(this);
    connect(m_inspector, &Inspector::experimentRequested, this,
            [this](const Id &journeyId, const Id &itemId) { m_context->requestExperiment(journeyId, itemId); });
    auto *inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    // Scrolls instead of holding the window taller than a 1440×900 screen.
    auto *inspectorScroll = new QScrollArea(inspectorDock);
    inspectorScroll->setWidget(m_inspector);
    inspectorScroll->setWidgetResizable(true);
    inspectorScroll->setFrameShape(QFrame::NoFrame);
    inspectorDock->setWidget(inspectorScroll);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);

    m_problems = new QListWidget(this);
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { revealItem(item->data(IdRole).toString()); });

    m_history = new QUndoView(this);
    m_history->setEmptyLabel(tr("<opened>"));
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    // The map gets the room: problems and history start small.
    resizeDocks({problemsDock}, {110}, Qt::Vertical);
    resizeDocks({inspectorDock, historyDock}, {520, 200}, Qt::Vertical);
    resizeDocks({m_treeDock, inspectorDock}, {250, 340}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    const char *const names[] = {QT_TR_NOOP("&File"),    QT_TR_NOOP("&Import"), QT_TR_NOOP("&Export"),
                                 QT_TR_NOOP("&Edit"),    QT_TR_NOOP("&View"),   QT_TR_NOOP("&Journey"),
                                 QT_TR_NOOP("&Plan"),    QT_TR_NOOP("&Data"),   QT_TR_NOOP("&Tools"),
                                 QT_TR_NOOP("&Help")};
    for (int i = 0; i < 10; ++i)
        m_menus[i] = new QMenu(tr(names[i]), this);
    QMenu *file = m_menus[int(AppContext::Menu::File)];
    QMenu *edit = m_menus[int(AppContext::Menu::Edit)];
    QMenu *view = m_menus[int(AppContext::Menu::View)];
    QMenu *journey = m_menus[int(AppContext::Menu::Journey)];
    for (AppContext::Menu m : {AppContext::Menu::File, AppContext::Menu::Edit, AppContext::Menu::View,
                               AppContext::Menu::Journey, AppContext::Menu::Plan, AppContext::Menu::Data,
                               AppContext::Menu::Tools, AppContext::Menu::Help})
        menuBar()->addMenu(m_menus[int(m)]);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setIconSize(QSize(20, 20));

    QAction *newAction = file->addAction(themed("document-new", QStyle::SP_FileIcon), tr("&New"), this,
                                         [this] { if (maybeSave()) newProject(); });
    newAction->setShortcut(QKeySequence::New);
    m_templateMenu = file->addMenu(tr("New from &Template"));
    for (const QString &name : sampleNames())
        m_templateMenu->addAction(name, this, [this, name] { if (maybeSave()) openSample(name); });
    QAction *openAction = file->addAction(themed("document-open", QStyle::SP_DialogOpenButton), tr("&Open…"), this, [this] {
        if (!maybeSave())
            return;
        const QString path = m_dialogs->openFileName(tr("Open project"), projectFilter());
        if (!path.isEmpty())
            openFile(path);
    });
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *saveAction = file->addAction(themed("document-save", QStyle::SP_DialogSaveButton), tr("&Save"), this,
                                          [this] { save(); });
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(themed("document-save-as", QStyle::SP_DialogSaveButton),
                                            tr("Save &As…"), this, [this] { saveAs(); });
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    file->addMenu(m_menus[int(AppContext::Menu::FileImport)]);
    file->addMenu(m_menus[int(AppContext::Menu::FileExport)]);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    updateRecentMenu();

    m_undoAction = edit->addAction(themed("edit-undo", QStyle::SP_ArrowBack), tr("&Undo"), this,
                                   [this] { m_document->undoStack()->undo(); });
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(themed("edit-redo", QStyle::SP_ArrowForward), tr("&Redo"), this,
                                   [this] { m_document->undoStack()->redo(); });
    // Ctrl+Y as on Windows and in office suites, Ctrl+Shift+Z as in most Linux apps:
    // both, whatever the platform's own Redo key is.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    m_redoAction->setShortcuts(redoKeys);
    edit->addSeparator();
    auto sceneAction = [this, edit](const QString &text, QKeySequence key, void (MapScene::*method)()) {
        QAction *action = edit->addAction(text, this, [this, method] {
            if (MapScene *scene = currentMapScene())
                (scene->*method)();
        });
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    sceneAction(tr("&Copy"), QKeySequence::Copy, &MapScene::copySelection);
    sceneAction(tr("&Paste"), QKeySequence::Paste, &MapScene::paste);
    QAction *deleteAction = sceneAction(tr("&Delete"), QKeySequence::Delete, &MapScene::deleteSelection);
    deleteAction->setIcon(themed("edit-delete", QStyle::SP_TrashIcon));
    sceneAction(tr("Select &All"), QKeySequence::SelectAll, &MapScene::selectAllCards);
    edit->addSeparator();
    QAction *findAction = edit->addAction(tr("&Find…"), this, [this] {
        m_findField->setFocus();
        m_findField->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);

    auto viewAction = [this](const QString &text, QKeySequence key, void (MapView::*method)()) {
        QAction *action = new QAction(text, this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, method] {
            if (MapView *v = currentMapView())
                (v->*method)();
        });
        return action;
    };
    QAction *zoomIn = viewAction(tr("Zoom &In"), QKeySequence::ZoomIn, &MapView::zoomIn);
    zoomIn->setIcon(themed("zoom-in", QStyle::SP_ArrowUp));
    QAction *zoomOut = viewAction(tr("Zoom &Out"), QKeySequence::ZoomOut, &MapView::zoomOut);
    zoomOut->setIcon(themed("zoom-out", QStyle::SP_ArrowDown));
    QAction *fit = viewAction(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0), &MapView::fitToWindow);
    fit->setIcon(themed("zoom-fit-best", QStyle::SP_TitleBarMaxButton));
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(fit);
    view->addAction(tr("Actual &Size"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] {
        if (MapView *v = currentMapView())
            v->setZoomPercent(100);
    });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QAction *newJourney = journey->addAction(tr("New &Journey"), this, [this] {
        Journey j;
        j.id = newId();
        j.name = tr("Journey %1").arg(m_document->project().journeys.size() + 1);
        m_document->undoStack()->push(new AddJourneyCommand(m_document.get(), j));
        showJourney(j.id);
    });
    QAction *addStage = journey->addAction(tr("Add &Stage"), this, [this] {
        if (MapScene *scene = currentMapScene())
            scene->addStage();
    });
    addStage->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    journey->addAction(tr("Add &Channel Lane"), this, [this] {
        if (MapScene *scene = currentMapScene())
            scene->addChannelLane();
    });
    QAction *addPersona = journey->addAction(tr("Add &Persona"), this, [this] {
        Persona p;
        p.id = newId();
        p.name = tr("Persona %1").arg(m_document->project().personas.size() + 1);
        const MapScene *scene = currentMapScene();
        m_document->undoStack()->push(new AddPersonaCommand(m_document.get(), p, scene ? scene->journeyId() : Id()));
        showPersona(p.id);
    });
    addPersona->setObjectName(QStringLiteral("addPersonaAction"));
    newJourney->setObjectName(QStringLiteral("newJourneyAction"));

    toolbar->addAction(newAction);
    toolbar->addAction(openAction);
    toolbar->addAction(saveAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    toolbar->addAction(addStage);
    toolbar->addAction(zoomOut);
    toolbar->addAction(zoomIn);
    toolbar->addAction(fit);
    m_findField = new QLineEdit(this);
    m_findField->setPlaceholderText(tr("Find a touchpoint…"));
    m_findField->setClearButtonEnabled(true);
    m_findField->setMaximumWidth(240);
    connect(m_findField, &QLineEdit::returnPressed, this, &MainWindow::find);
    toolbar->addWidget(m_findField);

    m_zoomSlider = new QSlider(Qt::Horizontal, this);
    m_zoomSlider->setRange(10, 400);
    m_zoomSlider->setValue(100);
    m_zoomSlider->setMaximumWidth(160);
    m_zoomLabel = new QLabel(QStringLiteral("100 %"), this);
    statusBar()->addPermanentWidget(m_zoomLabel);
    statusBar()->addPermanentWidget(m_zoomSlider);
    connect(m_zoomSlider, &QSlider::valueChanged, this, &MainWindow::setZoomFromSlider);
}

void MainWindow::keepQuitLast()
{
    // The feature areas append their File actions (print, properties…) after Quit:
    // move it back to the end, below a separator, where every desktop app has it.
    QMenu *file = m_menus[int(AppContext::Menu::File)];
    auto *quit = findChild<QAction *>(QStringLiteral("quitAction"));
    if (!quit || file->actions().constLast() == quit)
        return;
    file->removeAction(quit);
    while (!file->actions().isEmpty() && file->actions().constLast()->isSeparator())
        file->removeAction(file->actions().constLast());
    file->addSeparator();
    file->addAction(quit);
}

QStringList MainWindow::sampleNames()
{
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/samples")).entryList({QStringLiteral("*.omnimap")});
    for (const QString &file : files)
        names.append(QFileInfo(file).completeBaseName());
    return names;
}

void MainWindow::setDialogService(std::unique_ptr<DialogService> dialogs)
{
    m_dialogs = std::move(dialogs);
}

void MainWindow::setAutosaveInterval(int ms)
{
    m_autosaveInterval = ms;
    if (m_autosaver)
        m_autosaver->setInterval(ms);
}

void MainWindow::setRecoveryDirectory(const QString &directory)
{
    m_recoveryDirectory = directory;
    if (m_document)
        m_autosaver = std::make_unique<Autosaver>(m_document.get(), RecoveryStore(m_recoveryDirectory),
                                                  m_autosaveInterval);
}

void MainWindow::newProject()
{
    auto document = Document::createEmpty(tr("New project"));
    Journey j;
    j.id = newId();
    j.name = tr("Customer journey");
    document->mutableProject().journeys.append(j);
    setDocument(std::move(document));
}

void MainWindow::setDocument(std::unique_ptr<Document> document, std::unique_ptr<LockFile> lock)
{
    releaseDocumentViews();
    m_document = std::move(document);
    // The old lock goes first; if it was for the same file (reopened by this process) its
    // release removed the file, so the new holder writes it again.
    m_lock.reset();
    m_lock = std::move(lock);
    if (m_lock && m_lock->isHeld())
        m_lock->refresh();
    m_autosaver = std::make_unique<Autosaver>(m_document.get(), RecoveryStore(m_recoveryDirectory), m_autosaveInterval);
    connect(m_autosaver.get(), &Autosaver::failed, this,
            [this](const QString &error) { statusBar()->showMessage(tr("Autosave failed: %1").arg(error)); });
    connect(m_document.get(), &Document::changed, this, &MainWindow::onDocumentChanged);
    connect(m_document.get(), &Document::changed, this, &MainWindow::resumeAfterSessionEnd);
    connect(m_document.get(), &Document::modifiedChanged, this, [this] { updateTitle(); });
    connect(m_document.get(), &Document::fileNameChanged, this, [this] { updateTitle(); });
    connect(m_document.get(), &Document::readOnlyChanged, this, [this] { updateTitle(); });
    QUndoStack *stack = m_document->undoStack();
    m_history->setStack(stack);
    m_undoAction->setEnabled(stack->canUndo());
    m_redoAction->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    m_inspector->setDocument(m_document.get());
    refreshTree();
    refreshProblems();
    updateTitle();
    if (!m_document->project().journeys.isEmpty())
        showJourney(m_document->project().journeys.first().id);
    m_context->emitDocumentReplaced(m_document.get());
}

void MainWindow::releaseDocumentViews()
{
    // Map and persona tabs belong to the document; the areas' tabs (KPIs, dashboard…)
    // stay open and follow the next one through documentReplaced.
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        QWidget *tab = m_tabs->widget(i);
        if (isDocumentTab(tab)) {
            m_tabs->removeTab(i);
            delete tab;
        }
    }
    m_inspector->setDocument(nullptr);
    m_history->setStack(nullptr);
    m_autosaver.reset();
}

MainWindow *MainWindow::rebuildInCurrentLanguage()
{
    if (!testAttribute(Qt::WA_DeleteOnClose) || !m_document)
        return nullptr;
    // Widgets built with tr() keep their text, so the only complete language switch is a
    // new window; the document moves over untouched, so nothing is saved or lost.
    auto *fresh = new MainWindow;
    fresh->setAttribute(Qt::WA_DeleteOnClose);
    fresh->setRecoveryDirectory(m_recoveryDirectory);
    fresh->m_pendingRecoveryKey = m_pendingRecoveryKey;
    fresh->restoreGeometry(saveGeometry());
    fresh->restoreState(saveState());
    const Id journeyId = m_context->currentJourneyId();
    QVariantHash state; // what the feature areas carry over (e.g. the open data set)
    m_context->emitAboutToRebuild(state);
    releaseDocumentViews(); // before the document moves
    m_document->disconnect(this);
    fresh->setDocument(std::move(m_document), std::move(m_lock));
    if (!journeyId.isEmpty())
        fresh->showJourney(journeyId);
    fresh->m_context->emitRebuilt(state);
    fresh->show();
    close(); // nothing left to save here: the document is in the new window
    return fresh;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // At the end of a session the work is already in the recovery folder: no question.
    if (!m_savedForSessionEnd && !maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_lock.reset();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyPalette()
{
    // Follow the system's light/dark palette: the map draws with the matching theme, the
    // icons with light or dark strokes.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    followPaletteWithIconTheme(palette());
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<MapView *>(m_tabs->widget(i))) {
            MapRenderOptions options = view->mapScene()->renderOptions();
            if (options.darkMode != dark) {
                options.darkMode = dark;
                view->mapScene()->setRenderOptions(options);
            }
        }
    }
}

void MainWindow::onDocumentChanged(const ChangeEvent &event)
{
    // Every kind the project tree lists (a rebuild is cheap: one item per plan object).
    static const QList<ItemKind> listed = {ItemKind::Journey,   ItemKind::Persona,  ItemKind::Channel,
                                           ItemKind::Project,   ItemKind::Checklist, ItemKind::Campaign,
                                           ItemKind::DataSet,   ItemKind::Scenario,  ItemKind::Department};
    if (listed.contains(event.kind) || event.type == ChangeEvent::Type::Reset)
        refreshTree();
    refreshProblems();
    if (event.kind == ItemKind::Journey && event.type == ChangeEvent::Type::Changed) {
        // A renamed journey: its map tab says the new name.
        const Journey *journey = findById(m_document->project().journeys, event.itemId);
        for (int i = 0; journey && i < m_tabs->count(); ++i) {
            auto *view = qobject_cast<MapView *>(m_tabs->widget(i));
            if (view && view->mapScene()->journeyId() == event.itemId)
                m_tabs->setTabText(i, journey->name);
        }
    }
    if (event.kind == ItemKind::Journey && event.type == ChangeEvent::Type::Removed) {
        for (int i = m_tabs->count() - 1; i >= 0; --i) {
            auto *view = qobject_cast<MapView *>(m_tabs->widget(i));
            if (view && view->mapScene()->journeyId() == event.itemId) {
                m_tabs->removeTab(i);
                view->deleteLater();
            }
        }
    }
}

void MainWindow::refreshTree()
{
    // Building items emits itemChanged: not a rename.
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const Project &p = m_document->project();
    auto group = [this](const QString &title, const char *icon) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        item->setIcon(0, QIcon::fromTheme(QLatin1String(icon)));
        item->setExpanded(true);
        return item;
    };
    auto child = [](QTreeWidgetItem *parent, const QString &name, const Id &id, ItemKind kind) {
        auto *item = new QTreeWidgetItem(parent, {name});
        item->setData(0, IdRole, id);
        item->setData(0, KindRole, int(kind));
        if (isRenameable(int(kind)))
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        return item;
    };
    // The plan itself, its brand and departments first: what a blank plan starts with.
    QTreeWidgetItem *plan = group(tr("Plan: %1").arg(p.name), "omnimap-template");
    plan->setData(0, KindRole, int(ItemKind::Project));
    plan->setToolTip(0, tr("Double-click to edit the plan's name, description, language and currency"));
    auto *brand = new QTreeWidgetItem(plan, {tr("Brand")});
    brand->setData(0, KindRole, int(ItemKind::Brand));
    brand->setToolTip(0, tr("Double-click to edit the tone of voice, keywords, forbidden words and palette"));
    QTreeWidgetItem *departments = group(tr("Departments"), "omnimap-department");
    departments->setData(0, KindRole, int(ItemKind::Department));
    for (const Department &x : p.departments)
        child(departments, x.name, x.id, ItemKind::Department);
    QTreeWidgetItem *personas = group(tr("Personas"), "omnimap-persona");
    for (const Persona &x : p.personas)
        child(personas, x.name, x.id, ItemKind::Persona);
    QTreeWidgetItem *journeys = group(tr("Journeys"), "omnimap-journey");
    for (const Journey &x : p.journeys)
        child(journeys, x.name, x.id, ItemKind::Journey);
    QTreeWidgetItem *channels = group(tr("Channels"), "omnimap-channel");
    for (const Channel &x : p.channels)
        child(channels, x.name, x.id, ItemKind::Channel);
    QTreeWidgetItem *checklists = group(tr("Checklists"), "omnimap-checklist");
    for (const Checklist &x : p.checklists)
        child(checklists, x.name, x.id, ItemKind::Checklist);
    QTreeWidgetItem *campaigns = group(tr("Campaigns"), "omnimap-campaign");
    for (const Campaign &x : p.campaigns)
        child(campaigns, x.name, x.id, ItemKind::Campaign);
    QTreeWidgetItem *dataSets = group(tr("Data sets"), "omnimap-dataset");
    for (const DataSetRef &x : p.dataSets)
        child(dataSets, x.name, x.id, ItemKind::DataSet);
    QTreeWidgetItem *scenarios = group(tr("Scenarios"), "omnimap-scenario");
    for (const Scenario &x : p.scenarios)
        child(scenarios, x.name, x.id, ItemKind::Scenario);
    m_tree->expandAll();
}

void MainWindow::refreshProblems()
{
    m_problems->clear();
    const Diagnostics diagnostics = findDanglingReferences(m_document->project(), m_document->displayName());
    for (const Diagnostic &d : diagnostics) {
        auto *item = new QListWidgetItem(style()->standardIcon(d.severity == Diagnostic::Severity::Error
                                                                   ? QStyle::SP_MessageBoxCritical
                                                                   : QStyle::SP_MessageBoxWarning),
                                         d.where + QStringLiteral(": ") + d.message, m_problems);
        item->setData(IdRole, d.itemId);
    }
}

void MainWindow::updateTitle()
{
    QString title = m_document->displayName();
    if (m_document->isReadOnly())
        title += tr(" (read-only)");
    setWindowTitle(title + QStringLiteral("[*] — Omnimap"));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : files)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

QString MainWindow::saveForSessionEnd()
{
    QString error;
    if (m_document && m_document->isModified() && m_autosaver) {
        error = m_autosaver->saveNow();
        // The fresh copy supersedes the one this session was restored from.
        if (error.isEmpty() && !m_pendingRecoveryKey.isEmpty() && m_pendingRecoveryKey != m_autosaver->key()) {
            RecoveryStore(m_recoveryDirectory).remove(m_pendingRecoveryKey);
            m_pendingRecoveryKey.clear();
        }
    }
    if (m_lock)
        m_lock->release();
    // Only skip the close question when the work is safe in the recovery folder.
    m_savedForSessionEnd = error.isEmpty();
    return error;
}

void MainWindow::resumeAfterSessionEnd()
{
    if (!m_savedForSessionEnd)
        return;
    m_savedForSessionEnd = false;
    if (m_lock && !m_lock->isHeld() && m_document && !m_document->fileName().isEmpty()) {
        const std::optional<LockInfo> other = LockFile::read(m_document->fileName());
        if (!other || LockFile::isStale(*other))
            m_lock->acquire();
    }
}

QList<MainWindow *> MainWindow::all()
{
    QList<MainWindow *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<MainWindow *>(widget))
            windows.append(window);
    return windows;
}

} // namespace omnimap
