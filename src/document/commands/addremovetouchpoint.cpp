#include "addremovetouchpoint.h"

#include "document/commands/changevalue.h"
#include "model/lookup.h"

#include <QCoreApplication>

namespace omnimap {

namespace {
ChangeEvent touchpointEvent(ChangeEvent::Type type, const Id &id, const Id &journeyId)
{
    ChangeEvent e;
    e.type = type;
    e.kind = ItemKind::Touchpoint;
    e.itemId = id;
    e.parentId = journeyId;
    return e;
}
} // namespace

AddTouchpointCommand::AddTouchpointCommand(Document *document, const Id &journeyId,
                                           Touchpoint touchpoint, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Add touchpoint"), parent)
    , m_document(document)
    , m_journeyId(journeyId)
    , m_touchpoint(std::move(touchpoint))
{
    if (m_touchpoint.id.isEmpty())
        m_touchpoint.id = newId();
}

void AddTouchpointCommand::redo()
{
    Journey *journey = findById(m_document->mutableProject().journeys, m_journeyId);
    if (!journey)
        return;
    journey->touchpoints.append(m_touchpoint);
    m_document->notify(touchpointEvent(ChangeEvent::Type::Added, m_touchpoint.id, m_journeyId));
}

int AddTouchpointCommand::id() const
{
    return m_titled ? -1 : int(CmdChangeText);
}

bool AddTouchpointCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const ChangeValueCommand<QString> *>(other);
    if (m_titled || !edit || edit->event().kind != ItemKind::Touchpoint || edit->event().itemId != m_touchpoint.id
        || edit->event().property != QLatin1String("title"))
        return false;
    m_touchpoint.title = edit->newValue(); // the model has it already (push ran the edit)
    m_titled = true;
    return true;
}

void AddTouchpointCommand::undo()
{
    Journey *journey = findById(m_document->mutableProject().journeys, m_journeyId);
    if (!journey)
        return;
    const qsizetype index = indexOfId(journey->touchpoints, m_touchpoint.id);
    if (index < 0)
        return;
    m_touchpoint = journey->touchpoints.takeAt(index); // keep later edits for redo
    m_document->notify(touchpointEvent(ChangeEvent::Type::Removed, m_touchpoint.id, m_journeyId));
}

RemoveTouchpointCommand::RemoveTouchpointCommand(Document *document, const Id &journeyId,
                                                 const Id &touchpointId, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Delete touchpoint"), parent)
    , m_document(document)
    , m_journeyId(journeyId)
{
    m_touchpoint.id = touchpointId;
}

void RemoveTouchpointCommand::redo()
{
    Project &project = m_document->mutableProject();
    Journey *journey = findById(project.journeys, m_journeyId);
    if (!journey)
        return;
    m_index = indexOfId(journey->touchpoints, m_touchpoint.id);
    if (m_index < 0)
        return;
    m_touchpoint = journey->touchpoints.takeAt(m_index);
    m_handoffs.clear();
    for (qsizetype i = 0; i < journey->handoffs.size();) {
        const Handoff &h = journey->handoffs.at(i);
        if (h.fromTouchpointId == m_touchpoint.id || h.toTouchpointId == m_touchpoint.id) {
            m_handoffs.append({i + m_handoffs.size(), journey->handoffs.takeAt(i)});
            m_document->notify({ChangeEvent::Type::Removed, ItemKind::Handoff, m_handoffs.last().second.id, m_journeyId, {}});
        } else {
            ++i;
        }
    }
    m_kpiLinks.clear();
    for (Kpi &kpi : project.kpis) {
        if (kpi.touchpointIds.removeAll(m_touchpoint.id) > 0) {
            m_kpiLinks.append(kpi.id);
            m_document->notify({ChangeEvent::Type::Changed, ItemKind::Kpi, kpi.id, {}, QStringLiteral("touchpointIds")});
        }
    }
    m_document->notify(touchpointEvent(ChangeEvent::Type::Removed, m_touchpoint.id, m_journeyId));
}

void RemoveTouchpointCommand::undo()
{
    Project &project = m_document->mutableProject();
    Journey *journey = findById(project.journeys, m_journeyId);
    if (!journey || m_index < 0)
        return;
    journey->touchpoints.insert(qMin(m_index, journey->touchpoints.size()), m_touchpoint);
    m_document->notify(touchpointEvent(ChangeEvent::Type::Added, m_touchpoint.id, m_journeyId));
    for (const auto &[index, handoff] : std::as_const(m_handoffs)) {
        journey->handoffs.insert(qMin(index, journey->handoffs.size()), handoff);
        m_document->notify({ChangeEvent::Type::Added, ItemKind::Handoff, handoff.id, m_journeyId, {}});
    }
    for (const Id &kpiId : std::as_const(m_kpiLinks)) {
        if (Kpi *kpi = findById(project.kpis, kpiId)) {
            kpi->touchpointIds.append(m_touchpoint.id);
            m_document->notify({ChangeEvent::Type::Changed, ItemKind::Kpi, kpi->id, {}, QStringLiteral("touchpointIds")});
        }
    }
}

} // namespace omnimap
