#include "insightcommands.h"

#include "document/commands/changevalue.h"
#include "document/commands/undocommands.h"
#include "model/lookup.h"

#include <QCoreApplication>

namespace omnimap {
namespace {

struct InsightcommandsTr { Q_DECLARE_TR_FUNCTIONS(omnimap::InsightCommands) };

int indexOfPath(const QList<DataSetRef> &refs, const QString &path)
{
    for (int i = 0; i < refs.size(); ++i) {
        if (refs.at(i).path == path)
            return i;
    }
    return -1;
}

} // namespace

AddDataSetRefCommand::AddDataSetRefCommand(Document *document, DataSetRef ref, QUndoCommand *parent)
    : QUndoCommand(InsightcommandsTr::tr("Remember data set \"%1\"").arg(ref.name), parent)
    , m_document(document)
    , m_ref(std::move(ref))
{
    const int existing = indexOfPath(m_document->project().dataSets, m_ref.path);
    if (existing >= 0) {
        m_previous = m_document->project().dataSets.at(existing);
        m_ref.id = m_previous->id; // keep the stable id of the reference
        m_ref.extra = m_previous->extra;
    }
    if (m_ref.id.isEmpty())
        m_ref.id = newId();
}

void AddDataSetRefCommand::redo()
{
    QList<DataSetRef> &refs = m_document->mutableProject().dataSets;
    const int existing = indexOfPath(refs, m_ref.path);
    if (existing >= 0) {
        refs[existing] = m_ref;
        m_document->notify({ChangeEvent::Type::Changed, ItemKind::DataSet, m_ref.id, {}, QStringLiteral("fingerprint")});
    } else {
        refs.append(m_ref);
        m_document->notify({ChangeEvent::Type::Added, ItemKind::DataSet, m_ref.id, {}, {}});
    }
}

void AddDataSetRefCommand::undo()
{
    QList<DataSetRef> &refs = m_document->mutableProject().dataSets;
    const int existing = indexOfPath(refs, m_ref.path);
    if (existing < 0)
        return;
    if (m_previous) {
        refs[existing] = *m_previous;
        m_document->notify({ChangeEvent::Type::Changed, ItemKind::DataSet, m_ref.id, {}, QStringLiteral("fingerprint")});
    } else {
        refs.removeAt(existing);
        m_document->notify({ChangeEvent::Type::Removed, ItemKind::DataSet, m_ref.id, {}, {}});
    }
}

int AddDataSetRefCommand::id() const
{
    return CmdRememberDataSet;
}

bool AddDataSetRefCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const AddDataSetRefCommand *>(other);
    if (!next || next->m_ref.path != m_ref.path)
        return false;
    // The model already holds next's reference (push ran its redo); undo goes back to
    // what was there before this step.
    m_ref = next->m_ref;
    setText(next->text());
    return true;
}

AddChannelsCommand::AddChannelsCommand(Document *document, QList<Channel> channels, Id journeyId, QUndoCommand *parent)
    : QUndoCommand(InsightcommandsTr::tr("Add %n channel(s) from the data set", nullptr, int(channels.size())), parent)
    , m_document(document)
    , m_channels(std::move(channels))
    , m_journeyId(std::move(journeyId))
{
    for (Channel &channel : m_channels) {
        if (channel.id.isEmpty())
            channel.id = newId();
    }
}

void AddChannelsCommand::redo()
{
    Project &project = m_document->mutableProject();
    Journey *journey = findById(project.journeys, m_journeyId);
    for (const Channel &channel : m_channels) {
        project.channels.append(channel);
        m_document->notify({ChangeEvent::Type::Added, ItemKind::Channel, channel.id, {}, {}});
        if (journey && !journey->channelIds.contains(channel.id))
            journey->channelIds.append(channel.id);
    }
    if (journey)
        m_document->notify({ChangeEvent::Type::Changed, ItemKind::Journey, journey->id, {}, QStringLiteral("channels")});
}

void AddChannelsCommand::undo()
{
    Project &project = m_document->mutableProject();
    Journey *journey = findById(project.journeys, m_journeyId);
    for (auto it = m_channels.crbegin(); it != m_channels.crend(); ++it) {
        if (journey)
            journey->channelIds.removeAll(it->id);
        const int index = indexOfId(project.channels, it->id);
        if (index >= 0)
            project.channels.removeAt(index);
        m_document->notify({ChangeEvent::Type::Removed, ItemKind::Channel, it->id, {}, {}});
    }
    if (journey)
        m_document->notify({ChangeEvent::Type::Changed, ItemKind::Journey, journey->id, {}, QStringLiteral("channels")});
}

AddRemoveScenarioCommand::AddRemoveScenarioCommand(Document *document, Scenario scenario, bool remove, QUndoCommand *parent)
    : QUndoCommand(remove ? InsightcommandsTr::tr("Delete scenario \"%1\"").arg(scenario.name) : InsightcommandsTr::tr("Add scenario \"%1\"").arg(scenario.name), parent)
    , m_document(document)
    , m_scenario(std::move(scenario))
    , m_remove(remove)
{
    if (m_scenario.id.isEmpty())
        m_scenario.id = newId();
    m_index = indexOfId(m_document->project().scenarios, m_scenario.id);
}

void AddRemoveScenarioCommand::redo()
{
    m_remove ? removeIt() : add();
}

void AddRemoveScenarioCommand::undo()
{
    m_remove ? add() : removeIt();
}

void AddRemoveScenarioCommand::add()
{
    QList<Scenario> &list = m_document->mutableProject().scenarios;
    const int at = (m_index >= 0 && m_index <= list.size()) ? m_index : int(list.size());
    list.insert(at, m_scenario);
    m_document->notify({ChangeEvent::Type::Added, ItemKind::Scenario, m_scenario.id, {}, {}});
}

void AddRemoveScenarioCommand::removeIt()
{
    QList<Scenario> &list = m_document->mutableProject().scenarios;
    const int index = indexOfId(list, m_scenario.id);
    if (index < 0)
        return;
    m_scenario = list.at(index); // undo restores what was there, result included
    m_index = index;
    list.removeAt(index);
    m_document->notify({ChangeEvent::Type::Removed, ItemKind::Scenario, m_scenario.id, {}, {}});
}

QUndoCommand *setScenarioModifiersCommand(Document *document, const Id &scenarioId, QList<ScenarioModifier> modifiers,
                                          const QString &text)
{
    return new ChangeValueCommand<QList<ScenarioModifier>>(
        document, {ChangeEvent::Type::Changed, ItemKind::Scenario, scenarioId, {}, QStringLiteral("modifiers")},
        [scenarioId](Project &p) -> QList<ScenarioModifier> * {
            Scenario *s = findById(p.scenarios, scenarioId);
            return s ? &s->modifiers : nullptr;
        },
        std::move(modifiers), text);
}

QUndoCommand *setScenarioNameCommand(Document *document, const Id &scenarioId, const QString &name)
{
    return new ChangeValueCommand<QString>(
        document, {ChangeEvent::Type::Changed, ItemKind::Scenario, scenarioId, {}, QStringLiteral("name")},
        [scenarioId](Project &p) -> QString * {
            Scenario *s = findById(p.scenarios, scenarioId);
            return s ? &s->name : nullptr;
        },
        name, InsightcommandsTr::tr("Rename scenario"));
}

QUndoCommand *setScenarioPersonaCommand(Document *document, const Id &scenarioId, const Id &personaId)
{
    return new ChangeValueCommand<Id>(
        document, {ChangeEvent::Type::Changed, ItemKind::Scenario, scenarioId, {}, QStringLiteral("personaId")},
        [scenarioId](Project &p) -> Id * {
            Scenario *s = findById(p.scenarios, scenarioId);
            return s ? &s->personaId : nullptr;
        },
        personaId, InsightcommandsTr::tr("Change scenario persona"));
}

QUndoCommand *setScenarioDescriptionCommand(Document *document, const Id &scenarioId, const QString &description)
{
    return new ChangeValueCommand<QString>(
        document, {ChangeEvent::Type::Changed, ItemKind::Scenario, scenarioId, {}, QStringLiteral("description")},
        [scenarioId](Project &p) -> QString * {
            Scenario *s = findById(p.scenarios, scenarioId);
            return s ? &s->description : nullptr;
        },
        description, InsightcommandsTr::tr("Change scenario description"));
}

QUndoCommand *setScenarioResultCommand(Document *document, const Id &scenarioId, nlohmann::json result)
{
    return new ChangeValueCommand<nlohmann::json>(
        document, {ChangeEvent::Type::Changed, ItemKind::Scenario, scenarioId, {}, QStringLiteral("result")},
        [scenarioId](Project &p) -> nlohmann::json * {
            Scenario *s = findById(p.scenarios, scenarioId);
            return s ? &s->result : nullptr;
        },
        std::move(result), InsightcommandsTr::tr("Store scenario result"));
}

} // namespace omnimap
