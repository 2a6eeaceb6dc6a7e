#include "mapoverlaycontroller.h"

#include "insightsession.h"

#include "document/document.h"
#include "app/shell/appcontext.h"

#include <QAction>

namespace omnimap::insight {

MapOverlayController::MapOverlayController(InsightSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_badges(new QAction(tr("KPI status badges"), this))
    , m_flow(new QAction(tr("Simulated flow on hand-offs"), this))
    , m_heat(new QAction(tr("Drop-off heat on stages"), this))
{
    for (QAction *a : {m_badges, m_flow, m_heat}) {
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, &MapOverlayController::recompute);
    }
    m_badges->setChecked(true);
    m_badges->setToolTip(tr("Show each stage's and touchpoint's KPI status on the map"));
    m_flow->setToolTip(tr("Draw hand-off arrows as wide as the simulated customers moving along them"));
    m_heat->setToolTip(tr("Shade stages by the share of customers lost there"));
    auto follow = [this](Document *doc) {
        m_pinned.reset();
        recompute();
        if (doc) {
            connect(doc, &Document::changed, this, [this](const ChangeEvent &e) {
                if (e.kind == ItemKind::Scenario)
                    m_pinned.reset();
                recompute();
            });
        }
    };
    connect(&m_session.context(), &AppContext::documentReplaced, this, follow);
    connect(&m_session.context(), &AppContext::currentJourneyChanged, this, &MapOverlayController::recompute);
    follow(m_session.document());
}

void MapOverlayController::setSimulation(const SimulationSummary &simulation)
{
    m_pinned = simulation;
    recompute();
}

void MapOverlayController::recompute()
{
    Document *doc = m_session.document();
    MapOverlays overlays;
    if (doc) {
        const Project &project = doc->project();
        Id journeyId = m_session.context().currentJourneyId();
        if (journeyId.isEmpty() && !project.journeys.isEmpty())
            journeyId = project.journeys.first().id;
        SimulationSummary simulation;
        if (m_pinned) {
            simulation = *m_pinned;
        } else {
            // The latest stored run of this journey, newest computedAt first.
            QString newest;
            for (const Scenario &s : project.scenarios) {
                if (!s.journeyId.isEmpty() && s.journeyId != journeyId)
                    continue;
                const ScenarioRecord record = ScenarioRecord::fromJson(s.result);
                if (!record.isEmpty() && record.computedAt >= newest) {
                    newest = record.computedAt;
                    simulation = record.scenario;
                }
            }
        }
        overlays = computeOverlays(project, journeyId, simulation);
    }
    if (!m_badges->isChecked()) {
        overlays.stageBadges.clear();
        overlays.touchpointBadges.clear();
    }
    if (!m_flow->isChecked()) {
        overlays.handoffVolume.clear();
        overlays.handoffCustomers.clear();
    }
    if (!m_heat->isChecked()) {
        overlays.stageDropOff.clear();
        overlays.stageReach.clear();
    }
    m_overlays = overlays;
    // Every map of the window draws them (MainWindowContext applies the decorations).
    MapDecorations decorations = m_session.context().mapDecorations();
    applyOverlays(m_overlays, decorations);
    m_session.context().setMapDecorations(decorations);
    emit overlaysChanged(m_overlays);
}

} // namespace omnimap::insight
