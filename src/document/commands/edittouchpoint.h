#pragma once

#include "changevalue.h"
#include "journeyaccess.h"

#include <QCoreApplication>

namespace omnimap {

/// Undoable edits of one touchpoint field (inspector and in-place editing). Typing in one
/// field merges into one undo step.
namespace TouchpointEdit {

template<typename T>
QUndoCommand *make(Document *document, const Id &journeyId, const Id &touchpointId, const char *property,
                   T Touchpoint::*field, T value)
{
    return new ChangeValueCommand<T>(
        document, {ChangeEvent::Type::Changed, ItemKind::Touchpoint, touchpointId, journeyId, QLatin1String(property)},
        [journeyId, touchpointId, field](Project &p) -> T * {
            Journey *j = findById(p.journeys, journeyId);
            Touchpoint *t = j ? findById(j->touchpoints, touchpointId) : nullptr;
            return t ? &(t->*field) : nullptr;
        },
        std::move(value), QCoreApplication::translate("omnimap::Commands", "Edit touchpoint"), CmdChangeText);
}

inline QUndoCommand *title(Document *d, const Id &j, const Id &t, const QString &v)
{
    return make(d, j, t, "title", &Touchpoint::title, v);
}
inline QUndoCommand *description(Document *d, const Id &j, const Id &t, const QString &v)
{
    return make(d, j, t, "description", &Touchpoint::description, v);
}
inline QUndoCommand *message(Document *d, const Id &j, const Id &t, const QString &v)
{
    return make(d, j, t, "message", &Touchpoint::message, v);
}
inline QUndoCommand *momentOfTruth(Document *d, const Id &j, const Id &t, bool v)
{
    return make(d, j, t, "moment_of_truth", &Touchpoint::momentOfTruth, v);
}
inline QUndoCommand *promotion(Document *d, const Id &j, const Id &t, bool v)
{
    return make(d, j, t, "promotion", &Touchpoint::promotion, v);
}
inline QUndoCommand *owner(Document *d, const Id &j, const Id &t, const Id &v)
{
    return make(d, j, t, "owner_department", &Touchpoint::ownerDepartmentId, v);
}
inline QUndoCommand *tags(Document *d, const Id &j, const Id &t, const QStringList &v)
{
    return make(d, j, t, "tags", &Touchpoint::tags, v);
}
inline QUndoCommand *cost(Document *d, const Id &j, const Id &t, std::optional<double> v)
{
    return make(d, j, t, "cost", &Touchpoint::cost, v);
}
inline QUndoCommand *assets(Document *d, const Id &j, const Id &t, const QStringList &v)
{
    return make(d, j, t, "assets", &Touchpoint::assets, v);
}

} // namespace TouchpointEdit

} // namespace omnimap
