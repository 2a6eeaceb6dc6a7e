#pragma once

#include "changevalue.h"
#include "journeyaccess.h"

#include <QCoreApplication>

namespace omnimap {

/// Undoable edits of one stage field: rename (chevron double-click), goal, note lanes.
namespace StageEdit {

template<typename T>
QUndoCommand *make(Document *document, const Id &journeyId, const Id &stageId, const char *property,
                   T Stage::*field, T value, const QString &text)
{
    return new ChangeValueCommand<T>(
        document, {ChangeEvent::Type::Changed, ItemKind::Stage, stageId, journeyId, QLatin1String(property)},
        [journeyId, stageId, field](Project &p) -> T * {
            Journey *j = findById(p.journeys, journeyId);
            Stage *s = j ? findById(j->stages, stageId) : nullptr;
            return s ? &(s->*field) : nullptr;
        },
        std::move(value), text, CmdChangeText);
}

inline QUndoCommand *rename(Document *d, const Id &j, const Id &s, const QString &v)
{
    return make(d, j, s, "name", &Stage::name, v, QCoreApplication::translate("omnimap::Commands", "Rename stage"));
}
inline QUndoCommand *goal(Document *d, const Id &j, const Id &s, const QString &v)
{
    return make(d, j, s, "goal", &Stage::goal, v, QCoreApplication::translate("omnimap::Commands", "Edit stage goal"));
}
/// One of the note lanes (actions, thoughts, pain points, opportunities).
inline QUndoCommand *notes(Document *d, const Id &j, const Id &s, NoteLane lane, const QStringList &v)
{
    static const char *const keys[] = {"actions", "thoughts", "pain_points", "opportunities"};
    QStringList Stage::*const fields[] = {&Stage::actions, &Stage::thoughts, &Stage::painPoints,
                                          &Stage::opportunities};
    return make(d, j, s, keys[int(lane)], fields[int(lane)], v,
                QCoreApplication::translate("omnimap::Commands", "Edit stage notes"));
}

} // namespace StageEdit

/// Undoable edits of a channel: rename and recolour its lane.
namespace ChannelEdit {

template<typename T>
QUndoCommand *make(Document *document, const Id &channelId, const char *property, T Channel::*field, T value,
                   const QString &text)
{
    return new ChangeValueCommand<T>(
        document, {ChangeEvent::Type::Changed, ItemKind::Channel, channelId, {}, QLatin1String(property)},
        [channelId, field](Project &p) -> T * {
            Channel *c = findById(p.channels, channelId);
            return c ? &(c->*field) : nullptr;
        },
        std::move(value), text, CmdChangeText);
}

inline QUndoCommand *rename(Document *d, const Id &c, const QString &v)
{
    return make(d, c, "name", &Channel::name, v, QCoreApplication::translate("omnimap::Commands", "Rename channel"));
}
inline QUndoCommand *recolour(Document *d, const Id &c, const QString &v)
{
    return make(d, c, "color", &Channel::color, v, QCoreApplication::translate("omnimap::Commands", "Recolour channel"));
}
inline QUndoCommand *kind(Document *d, const Id &c, ChannelKind v)
{
    return make(d, c, "kind", &Channel::kind, v, QCoreApplication::translate("omnimap::Commands", "Change channel kind"));
}
inline QUndoCommand *owner(Document *d, const Id &c, const Id &v)
{
    return make(d, c, "ownerDepartmentId", &Channel::ownerDepartmentId, v,
                QCoreApplication::translate("omnimap::Commands", "Change channel owner"));
}
inline QUndoCommand *description(Document *d, const Id &c, const QString &v)
{
    return make(d, c, "description", &Channel::description, v,
                QCoreApplication::translate("omnimap::Commands", "Edit channel description"));
}

} // namespace ChannelEdit

} // namespace omnimap
