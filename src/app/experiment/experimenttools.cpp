#include "experimenttools.h"

#include "experimenteditor.h"
#include "experimentplanner.h"
#include "experimentresultsview.h"

#include "app/insight/insightsession.h"
#include "app/insight/insighttools.h"
#include "app/shell/appcontext.h"
#include "app/shell/mainwindowcontext.h"

#include "document/commands/editexperiment.h"
#include "document/document.h"
#include "model/lookup.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace omnimap {

ExperimentTools::ExperimentTools(AppContext &context)
    : QObject(&context)
    , m_context(context)
{
    setObjectName(QStringLiteral("experimentTools"));
    auto *insight = context.findChild<insight::InsightTools *>(QStringLiteral("insightTools"));
    if (insight) {
        m_planner = new ExperimentPlanner(insight->session(), this);
        m_results = new ExperimentResultsView(insight->session());
        context.addEditorTab(m_results, tr("Experiments"));
        connect(m_planner, &ExperimentPlanner::updated, this, &ExperimentTools::updateEditors);
    }
    // The window's context carries the requests of the map's menus and the inspector.
    if (auto *window = qobject_cast<MainWindowContext *>(&context))
        connect(window, &MainWindowContext::experimentRequested, this,
                [this](const Id &journeyId, const Id &itemId) { openEditor(journeyId, itemId); });
    connect(&context, &AppContext::documentReplaced, this, [this] {
        for (const QPointer<ExperimentEditor> &editor : std::as_const(m_editors))
            if (editor)
                editor->close(); // it edits the document that is gone
        m_editors.clear();
    });
    if (QMenu *data = context.menu(AppContext::Menu::Data)) {
        QAction *a = data->addAction(tr("E&xperiment Results"), this, [this] { showResults(Id()); });
        a->setObjectName(QStringLiteral("showExperimentsAction"));
    }
}

ExperimentEditor *ExperimentTools::openEditor(Id journeyId, Id itemId)
{
    Document *doc = m_context.document();
    if (!doc)
        return nullptr;
    // A closed editor is on its way out (deleted on close): a new one is made instead.
    if (ExperimentEditor *open = m_editors.value(itemId); open && open->isVisible() && open->journeyId() == journeyId) {
        open->raise();
        open->activateWindow();
        return open;
    }
    const Journey *j = findById(doc->project().journeys, journeyId);
    const Touchpoint *t = j ? findById(j->touchpoints, itemId) : nullptr;
    const Handoff *h = j && !t ? findById(j->handoffs, itemId) : nullptr;
    if (!t && !h)
        return nullptr;
    const bool has = t ? t->experiment.has_value() : h->experiment.has_value();
    if (!has) {
        if (doc->isReadOnly())
            return nullptr;
        QString name;
        if (t) {
            name = tr("Test at %1").arg(t->title);
        } else {
            const Touchpoint *from = findById(j->touchpoints, h->fromTouchpointId);
            const Touchpoint *to = findById(j->touchpoints, h->toTouchpointId);
            name = tr("Hand-off test %1 → %2").arg(from ? from->title : QString(), to ? to->title : QString());
        }
        doc->undoStack()->push(ExperimentEdit::add(doc, journeyId, itemId, newExperiment(name)));
    }
    auto *editor = new ExperimentEditor(doc, journeyId, itemId, m_context.window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ExperimentEditor::resultsRequested, this, &ExperimentTools::showResults);
    m_editors.insert(itemId, editor);
    if (const Experiment *x = editor->experiment(); x && m_planner)
        editor->setPlanText(m_planner->planText(*x));
    editor->show();
    return editor;
}

void ExperimentTools::showResults(const Id &experimentId)
{
    if (!m_results)
        return;
    m_context.showEditorTab(m_results);
    if (!experimentId.isEmpty())
        m_results->showExperiment(experimentId);
}

void ExperimentTools::updateEditors()
{
    for (const QPointer<ExperimentEditor> &editor : std::as_const(m_editors)) {
        if (!editor)
            continue;
        if (const Experiment *x = editor->experiment())
            editor->setPlanText(m_planner->planText(*x));
    }
}

void installExperimentTools(AppContext &context)
{
    new ExperimentTools(context);
}

} // namespace omnimap
