// MainWindow: the central tabs — opening journey maps and persona editors, keeping them
// before the areas' tabs, revealing an item, find, zoom — apart from the window set-up.
#include "mainwindow.h"

#include "canvas/carditem.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "panels/inspector.h"
#include "persona/personaeditor.h"
#include "shell/mainwindowcontext.h"

#include "document/document.h"
#include "model/lookup.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>

namespace omnimap {

MapView *MainWindow::currentMapView() const
{
    return qobject_cast<MapView *>(m_tabs->currentWidget());
}

MapScene *MainWindow::currentMapScene() const
{
    MapView *view = currentMapView();
    return view ? view->mapScene() : nullptr;
}

MapView *MainWindow::showJourney(const Id &journeyId)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<MapView *>(m_tabs->widget(i));
        if (view && view->mapScene()->journeyId() == journeyId) {
            m_tabs->setCurrentIndex(i);
            return view;
        }
    }
    const Journey *journey = findById(m_document->project().journeys, journeyId);
    if (!journey)
        return nullptr;
    auto *scene = new MapScene(m_document.get(), journeyId);
    auto *view = new MapView(scene, m_tabs);
    scene->setParent(view);
    MapRenderOptions options;
    options.darkMode = palette().color(QPalette::Window).lightness() < 128;
    scene->setRenderOptions(options);
    connect(scene, &MapScene::selectedIdsChanged, this, [this, scene](const QList<Id> &ids) {
        m_inspector->showSelection(scene->journeyId(), ids);
        m_context->emitSelectionChanged(ids);
    });
    connect(scene, &MapScene::stageActivated, this,
            [this, scene](const Id &stageId) { m_inspector->showSelection(scene->journeyId(), {stageId}); });
    connect(scene, &MapScene::laneActivated, this,
            [this, scene](const Id &channelId) { m_inspector->showSelection(scene->journeyId(), {channelId}); });
    connect(scene, &MapScene::propertiesRequested, this, [this, scene](const Id &itemId) {
        m_inspector->showSelection(scene->journeyId(), {itemId});
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("inspectorDock"))) {
            dock->show();
            dock->raise();
        }
        m_inspector->setFocus();
    });
    connect(scene, &MapScene::experimentRequested, this,
            [this, scene](const Id &itemId) { m_context->requestExperiment(scene->journeyId(), itemId); });
    connect(scene, &MapScene::personaRequested, this, &MainWindow::showPersona);
    connect(scene, &MapScene::addPersonaRequested, this, [this] {
        if (auto *add = findChild<QAction *>(QStringLiteral("addPersonaAction")))
            add->trigger();
    });
    connect(view, &MapView::zoomChanged, this, [this](int percent) {
        const QSignalBlocker blocker(m_zoomSlider);
        m_zoomSlider->setValue(percent);
        m_zoomLabel->setText(QStringLiteral("%1 %").arg(percent));
    });
    m_tabs->insertTab(documentTabEnd(), view, journey->name);
    m_tabs->setCurrentWidget(view);
    return view;
}

int MainWindow::documentTabEnd() const
{
    // Maps and persona editors come first, the areas' tabs after them.
    int end = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (isDocumentTab(m_tabs->widget(i)))
            end = i + 1;
    }
    return end;
}

bool MainWindow::isDocumentTab(const QWidget *tab)
{
    return qobject_cast<const MapView *>(tab) || qobject_cast<const PersonaEditor *>(tab);
}

void MainWindow::showPersona(const Id &personaId)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<PersonaEditor *>(m_tabs->widget(i));
        if (editor && editor->personaId() == personaId) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    const Persona *persona = findById(m_document->project().personas, personaId);
    if (!persona)
        return;
    auto *editor = new PersonaEditor(m_document.get(), personaId, m_dialogs.get(), m_tabs);
    m_tabs->insertTab(documentTabEnd(), editor, persona->name);
    m_tabs->setCurrentWidget(editor);
}

void MainWindow::revealItem(const Id &itemId)
{
    if (itemId.isEmpty())
        return;
    const Project &p = m_document->project();
    if (findById(p.personas, itemId)) {
        showPersona(itemId);
        return;
    }
    for (const Journey &j : p.journeys) {
        if (j.id == itemId) {
            showJourney(j.id);
            return;
        }
        const bool inJourney = findById(j.touchpoints, itemId) || findById(j.handoffs, itemId)
            || findById(j.stages, itemId);
        if (inJourney) {
            MapView *view = showJourney(j.id);
            view->mapScene()->selectIds({itemId});
            if (const QGraphicsItem *item = view->mapScene()->cardItem(itemId))
                view->centerOn(item);
            m_inspector->showSelection(j.id, {itemId});
            return;
        }
    }
}

void MainWindow::find()
{
    MapScene *scene = currentMapScene();
    const QString text = m_findField->text().trimmed();
    if (!scene || text.isEmpty() || !scene->journey())
        return;
    // Cycle through matches: start after the card that is selected now.
    const QList<Id> selected = scene->selectedIds();
    const QList<Touchpoint> &cards = scene->journey()->touchpoints;
    qsizetype start = selected.isEmpty() ? 0 : indexOfId(cards, selected.first()) + 1;
    for (qsizetype n = 0; n < cards.size(); ++n) {
        const Touchpoint &t = cards.at((start + n) % cards.size());
        if (t.title.contains(text, Qt::CaseInsensitive) || t.description.contains(text, Qt::CaseInsensitive)) {
            revealItem(t.id);
            return;
        }
    }
    statusBar()->showMessage(tr("No touchpoint matches “%1”").arg(text), 3000);
}

void MainWindow::setZoomFromSlider(int value)
{
    m_zoomLabel->setText(QStringLiteral("%1 %").arg(value));
    if (MapView *view = currentMapView())
        view->setZoomPercent(value);
}

void MainWindow::onCurrentTabChanged()
{
    MapView *view = currentMapView();
    if (view) {
        const QSignalBlocker blocker(m_zoomSlider);
        m_zoomSlider->setValue(view->zoomPercent());
        m_zoomLabel->setText(QStringLiteral("%1 %").arg(view->zoomPercent()));
    }
    if (view) // the inspector follows the map now in front
        m_inspector->showSelection(view->mapScene()->journeyId(), view->mapScene()->selectedIds());
    m_context->emitCurrentJourneyChanged(view ? view->mapScene()->journeyId() : Id());
}

} // namespace omnimap
