#include "pastetouchpoints.h"

#include "addremovehandoff.h"
#include "addremovetouchpoint.h"
#include "journeyaccess.h"

#include <QCoreApplication>
#include <QHash>

namespace omnimap {

PasteTouchpointsCommand::PasteTouchpointsCommand(Document *document, const Id &journeyId,
                                                 const TouchpointClipboard &clip, const Id &stageId,
                                                 const Id &channelId, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Paste %n touchpoint(s)", nullptr,
                                               int(clip.touchpoints.size())),
                   parent)
{
    const Journey *journey = journeyOf(document, journeyId);
    if (!journey || clip.touchpoints.isEmpty()) {
        setObsolete(true);
        return;
    }
    QHash<Id, Id> newIds;
    int nextOrder = 1000; // after the cards already in the cell
    for (Touchpoint t : clip.touchpoints) {
        const Id oldId = t.id;
        t.id = newId();
        newIds.insert(oldId, t.id);
        const bool placeKnown = findById(journey->stages, t.stageId) && journey->channelIds.contains(t.channelId);
        if (!placeKnown || (!stageId.isEmpty() && !channelId.isEmpty())) {
            t.stageId = stageId.isEmpty() ? t.stageId : stageId;
            t.channelId = channelId.isEmpty() ? t.channelId : channelId;
        }
        t.order = nextOrder++;
        m_pastedIds.append(t.id);
        new AddTouchpointCommand(document, journeyId, std::move(t), this);
    }
    for (Handoff h : clip.handoffs) {
        if (!newIds.contains(h.fromTouchpointId) || !newIds.contains(h.toTouchpointId))
            continue;
        h.id = newId();
        h.fromTouchpointId = newIds.value(h.fromTouchpointId);
        h.toTouchpointId = newIds.value(h.toTouchpointId);
        // Built after the cards exist in redo order; validity is checked against the
        // current model in the constructor, so add the hand-offs without that check.
        auto *add = new AddHandoffCommand(document, journeyId, h, this);
        add->setObsolete(false);
    }
}

} // namespace omnimap
