#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>

namespace omnimap {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_outline(new QTreeWidget(this))
{
    m_outline->setHeaderLabels({tr("Item"), tr("Details")});
    m_outline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setCentralWidget(m_outline);
    createActions();
    setDocument(Document::createEmpty(tr("New project")));
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));

    QAction *newAction = file->addAction(tr("&New"), this, [this] {
        if (maybeSave())
            setDocument(Document::createEmpty(tr("New project")));
    });
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), {},
                                                          tr("Omnimap projects (*.omnimap)"));
        if (!path.isEmpty())
            openFile(path);
    });
    openAction->setShortcut(QKeySequence::Open);
    QAction *saveAction = file->addAction(tr("&Save"), this, [this] { save(); });
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, [this] { saveAs(); });
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    toolbar->addAction(newAction);
    toolbar->addAction(openAction);
    toolbar->addAction(saveAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), this, [this] { m_document->undoStack()->undo(); });
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = edit->addAction(tr("&Redo"), this, [this] { m_document->undoStack()->redo(); });
    redo->setShortcut(QKeySequence::Redo);
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    m_document = std::move(document);
    connect(m_document.get(), &Document::changed, this, [this] { refreshOutline(); });
    connect(m_document.get(), &Document::modifiedChanged, this, [this] { updateTitle(); });
    connect(m_document.get(), &Document::fileNameChanged, this, [this] { updateTitle(); });
    refreshOutline();
    updateTitle();
}

bool MainWindow::openFile(const QString &path)
{
    LoadResult result;
    std::unique_ptr<Document> doc = Document::open(path, &result);
    if (!doc) {
        QMessageBox::warning(this, tr("Cannot open project"), result.errorString());
        return false;
    }
    setDocument(std::move(doc));
    if (!result.diagnostics.isEmpty())
        statusBar()->showMessage(tr("Opened with %n problem(s)", nullptr, int(result.diagnostics.size())));
    else
        statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

void MainWindow::refreshOutline()
{
    m_outline->clear();
    const Project &p = m_document->project();
    auto *root = new QTreeWidgetItem(m_outline, {p.name, p.description});
    auto group = [root](const QString &title, qsizetype count) {
        return new QTreeWidgetItem(root, {title, QString::number(count)});
    };
    QTreeWidgetItem *personas = group(tr("Personas"), p.personas.size());
    for (const Persona &persona : p.personas)
        new QTreeWidgetItem(personas, {persona.name, persona.segment});
    QTreeWidgetItem *channels = group(tr("Channels"), p.channels.size());
    for (const Channel &c : p.channels)
        new QTreeWidgetItem(channels, {c.name, c.description});
    QTreeWidgetItem *journeys = group(tr("Journeys"), p.journeys.size());
    for (const Journey &j : p.journeys) {
        auto *item = new QTreeWidgetItem(journeys, {j.name, tr("%n touchpoint(s)", nullptr, int(j.touchpoints.size()))});
        for (const Stage &s : j.stages)
            new QTreeWidgetItem(item, {s.name, s.goal});
    }
    group(tr("KPIs"), p.kpis.size());
    group(tr("Checklists"), p.checklists.size());
    group(tr("Campaigns"), p.campaigns.size());
    group(tr("Scenarios"), p.scenarios.size());
    m_outline->expandToDepth(1);
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — Omnimap").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    const SaveResult result = m_document->save();
    if (!result.ok) {
        QMessageBox::warning(this, tr("Cannot save project"), result.error);
        return false;
    }
    statusBar()->showMessage(result.method == SaveMethod::AtomicRename
                                 ? tr("Saved %1").arg(m_document->fileName())
                                 : tr("Saved %1 by writing in place (the folder refused a rename); the previous version is in %2")
                                       .arg(m_document->fileName(), result.backupPath),
                             8000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), m_document->fileName(),
                                                      tr("Omnimap projects (*.omnimap)"));
    if (path.isEmpty())
        return false;
    const SaveResult result = m_document->save(path);
    if (!result.ok) {
        QMessageBox::warning(this, tr("Cannot save project"), result.error);
        return false;
    }
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("Save the changes to %1?").arg(m_document->displayName()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

} // namespace omnimap
