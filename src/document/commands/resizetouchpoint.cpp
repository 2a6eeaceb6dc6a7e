#include "resizetouchpoint.h"

#include "journeyaccess.h"
#include "undocommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace omnimap {

ResizeTouchpointCommand::ResizeTouchpointCommand(Document *document, const Id &journeyId,
                                                 const Id &touchpointId, QSizeF size, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Resize touchpoint"), parent)
    , m_document(document)
    , m_journeyId(journeyId)
    , m_touchpointId(touchpointId)
    , m_to(std::clamp(size.width(), 0.6, 2.5), std::clamp(size.height(), 0.6, 3.0))
{
    Journey *journey = journeyOf(document, journeyId);
    const Touchpoint *t = journey ? findById(journey->touchpoints, touchpointId) : nullptr;
    if (!t) {
        setObsolete(true);
        return;
    }
    m_from = QSizeF(t->width, t->height);
}

void ResizeTouchpointCommand::apply(QSizeF size)
{
    Journey *journey = journeyOf(m_document, m_journeyId);
    Touchpoint *t = journey ? findById(journey->touchpoints, m_touchpointId) : nullptr;
    if (!t)
        return;
    t->width = size.width();
    t->height = size.height();
    m_document->notify({ChangeEvent::Type::Changed, ItemKind::Touchpoint, m_touchpointId, m_journeyId,
                        QStringLiteral("size")});
}

void ResizeTouchpointCommand::redo()
{
    apply(m_to);
}

void ResizeTouchpointCommand::undo()
{
    apply(m_from);
}

int ResizeTouchpointCommand::id() const
{
    return CmdResizeTouchpoint;
}

bool ResizeTouchpointCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ResizeTouchpointCommand *>(other);
    if (next->m_touchpointId != m_touchpointId || next->m_journeyId != m_journeyId)
        return false;
    m_to = next->m_to;
    setObsolete(m_to == m_from);
    return true;
}

} // namespace omnimap
