#pragma once

#include "model/common.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace omnimap {

class AppContext;
class ExperimentEditor;
class ExperimentPlanner;
class ExperimentResultsView;

/// The experiments area of a window (docs/experiments.md): opens the experiment editor
/// for a touchpoint or hand-off (adding the experiment first, one undo step, when it has
/// none) on MainWindowContext::experimentRequested — from the map's context menus and the
/// inspector — keeps the editors' "needs N days" text in step with the planner, and
/// installs the Experiments tab with Data ▸ Experiment Results.
class ExperimentTools final : public QObject
{
    Q_OBJECT

public:
    explicit ExperimentTools(AppContext &context);

    /// Opens (or raises) the editor of the item's experiment, adding one when it has none.
    /// Null when the item is not a touchpoint or hand-off of the journey, or the plan is
    /// read-only and the item has no experiment.
    // By value: opening may first add the experiment to the document, which frees the
    // project data a caller's reference (a journey's id, say) would point into.
    ExperimentEditor *openEditor(Id journeyId, Id itemId);
    ExperimentPlanner *planner() const { return m_planner; }
    ExperimentResultsView *results() const { return m_results; }
    void showResults(const Id &experimentId);

private:
    void updateEditors();

    AppContext &m_context;
    ExperimentPlanner *m_planner = nullptr;
    ExperimentResultsView *m_results = nullptr;
    QHash<Id, QPointer<ExperimentEditor>> m_editors; ///< by item id
};

/// Entry point for extensions.cpp (after the insight tools, whose data set it reads).
void installExperimentTools(AppContext &context);

} // namespace omnimap
