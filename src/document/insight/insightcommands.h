#pragma once

#include "document/document.h"
#include "model/project.h"

#include <QUndoCommand>

namespace omnimap {

/// Remembers a data set in Project::dataSets (or, when a reference with the same path
/// exists, refreshes its fingerprint). One undo step.
class AddDataSetRefCommand final : public QUndoCommand
{
public:
    AddDataSetRefCommand(Document *document, DataSetRef ref, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /// Remembering the same file again right after (a new data set, then its import)
    /// updates this one step instead of adding a second.
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    DataSetRef m_ref;
    std::optional<DataSetRef> m_previous; ///< set when an existing reference was updated
};

/// Appends channels to the project and their swimlanes to one journey: the "add the
/// channels found in the data to the plan" action of the data-set summary.
class AddChannelsCommand final : public QUndoCommand
{
public:
    AddChannelsCommand(Document *document, QList<Channel> channels, Id journeyId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QList<Channel> m_channels;
    Id m_journeyId;
};

/// Adds (or, constructed with remove = true, removes) a what-if scenario.
class AddRemoveScenarioCommand final : public QUndoCommand
{
public:
    AddRemoveScenarioCommand(Document *document, Scenario scenario, bool remove, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void add();
    void removeIt();

    Document *m_document;
    Scenario m_scenario;
    int m_index = -1;
    bool m_remove;
};

/// Undoable edits of a scenario's fields, its modifier list and its stored result.
QUndoCommand *setScenarioModifiersCommand(Document *document, const Id &scenarioId,
                                          QList<ScenarioModifier> modifiers, const QString &text);
QUndoCommand *setScenarioNameCommand(Document *document, const Id &scenarioId, const QString &name);
QUndoCommand *setScenarioPersonaCommand(Document *document, const Id &scenarioId, const Id &personaId);
QUndoCommand *setScenarioDescriptionCommand(Document *document, const Id &scenarioId, const QString &description);
QUndoCommand *setScenarioResultCommand(Document *document, const Id &scenarioId, nlohmann::json result);

} // namespace omnimap
