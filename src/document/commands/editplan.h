#pragma once

#include "changevalue.h"
#include "journeyaccess.h"
#include "plan/listitemcommands.h"

#include <QCoreApplication>

namespace omnimap {

/// Undoable edits of the plan itself and of its brand: name, description, language,
/// currency; tone of voice, keywords, forbidden words, palette. Each is a
/// ChangeValueCommand, so consecutive edits of one field (typing) merge into one step.
namespace PlanEdit {

template<typename T>
QUndoCommand *project(Document *d, const char *property, T Project::*field, T value, const QString &text)
{
    return new ChangeValueCommand<T>(
        d, {ChangeEvent::Type::Changed, ItemKind::Project, d->project().id, {}, QLatin1String(property)},
        [field](Project &p) -> T * { return &(p.*field); }, std::move(value), text, CmdChangeText);
}

template<typename T>
QUndoCommand *brand(Document *d, const char *property, T Brand::*field, T value, const QString &text)
{
    return new ChangeValueCommand<T>(
        d, {ChangeEvent::Type::Changed, ItemKind::Brand, QStringLiteral("brand"), {}, QLatin1String(property)},
        [field](Project &p) -> T * { return &(p.brand.*field); }, std::move(value), text, CmdChangeText);
}

inline QUndoCommand *name(Document *d, const QString &v)
{
    return project(d, "name", &Project::name, v, QCoreApplication::translate("omnimap::Commands", "Rename plan"));
}
inline QUndoCommand *description(Document *d, const QString &v)
{
    return project(d, "description", &Project::description, v, QCoreApplication::translate("omnimap::Commands", "Edit plan description"));
}
inline QUndoCommand *language(Document *d, const QString &v)
{
    return project(d, "locale", &Project::locale, v, QCoreApplication::translate("omnimap::Commands", "Change plan language"));
}
inline QUndoCommand *currency(Document *d, const QString &v)
{
    return project(d, "currency", &Project::currency, v, QCoreApplication::translate("omnimap::Commands", "Change plan currency"));
}
inline QUndoCommand *toneOfVoice(Document *d, const QString &v)
{
    return brand(d, "toneOfVoice", &Brand::toneOfVoice, v, QCoreApplication::translate("omnimap::Commands", "Edit tone of voice"));
}
inline QUndoCommand *keywords(Document *d, const QStringList &v)
{
    return brand(d, "keywords", &Brand::keywords, v, QCoreApplication::translate("omnimap::Commands", "Edit brand keywords"));
}
inline QUndoCommand *forbiddenWords(Document *d, const QStringList &v)
{
    return brand(d, "forbiddenWords", &Brand::forbiddenWords, v, QCoreApplication::translate("omnimap::Commands", "Edit forbidden words"));
}
inline QUndoCommand *palette(Document *d, const QStringList &v)
{
    return brand(d, "palette", &Brand::palette, v, QCoreApplication::translate("omnimap::Commands", "Edit brand palette"));
}

} // namespace PlanEdit

/// Departments: add, remove, rename, recolour.
namespace DepartmentEdit {

inline QList<Department> *list(Project &p)
{
    return &p.departments;
}

inline QUndoCommand *add(Document *d, const Department &department)
{
    return ListItemCommand<Department>::insert(d, ItemKind::Department, list, department,
                                               QCoreApplication::translate("omnimap::Commands", "Add department"));
}
inline QUndoCommand *remove(Document *d, const Id &id)
{
    return ListItemCommand<Department>::remove(d, ItemKind::Department, list, id, QCoreApplication::translate("omnimap::Commands", "Remove department"));
}

template<typename T>
QUndoCommand *make(Document *d, const Id &id, const char *property, T Department::*field, T value, const QString &text)
{
    return new ChangeValueCommand<T>(
        d, {ChangeEvent::Type::Changed, ItemKind::Department, id, {}, QLatin1String(property)},
        [id, field](Project &p) -> T * {
            Department *x = findById(p.departments, id);
            return x ? &(x->*field) : nullptr;
        },
        std::move(value), text, CmdChangeText);
}
inline QUndoCommand *rename(Document *d, const Id &id, const QString &v)
{
    return make(d, id, "name", &Department::name, v, QCoreApplication::translate("omnimap::Commands", "Rename department"));
}
inline QUndoCommand *recolour(Document *d, const Id &id, const QString &v)
{
    return make(d, id, "color", &Department::color, v, QCoreApplication::translate("omnimap::Commands", "Recolour department"));
}

} // namespace DepartmentEdit

/// Journey properties: name (the map's title, its tab, PDF section and export file
/// name), description, owner, and the personas drawn on the map, in legend order.
namespace JourneyEdit {

template<typename T>
QUndoCommand *make(Document *d, const Id &id, const char *property, T Journey::*field, T value, const QString &text)
{
    return new ChangeValueCommand<T>(
        d, {ChangeEvent::Type::Changed, ItemKind::Journey, id, {}, QLatin1String(property)},
        [id, field](Project &p) -> T * {
            Journey *j = findById(p.journeys, id);
            return j ? &(j->*field) : nullptr;
        },
        std::move(value), text, CmdChangeText);
}
inline QUndoCommand *rename(Document *d, const Id &id, const QString &v)
{
    return make(d, id, "name", &Journey::name, v, QCoreApplication::translate("omnimap::Commands", "Rename journey"));
}
inline QUndoCommand *description(Document *d, const Id &id, const QString &v)
{
    return make(d, id, "description", &Journey::description, v, QCoreApplication::translate("omnimap::Commands", "Edit journey description"));
}
inline QUndoCommand *owner(Document *d, const Id &id, const Id &v)
{
    return make(d, id, "ownerDepartmentId", &Journey::ownerDepartmentId, v, QCoreApplication::translate("omnimap::Commands", "Change journey owner"));
}
inline QUndoCommand *personas(Document *d, const Id &id, const IdList &v)
{
    return make(d, id, "personaIds", &Journey::personaIds, v, QCoreApplication::translate("omnimap::Commands", "Change personas on the map"));
}

} // namespace JourneyEdit

/// Hand-off properties: label, kind, owner.
namespace HandoffEdit {

template<typename T>
QUndoCommand *make(Document *d, const Id &journeyId, const Id &id, const char *property, T Handoff::*field, T value,
                   const QString &text)
{
    return new ChangeValueCommand<T>(
        d, {ChangeEvent::Type::Changed, ItemKind::Handoff, id, journeyId, QLatin1String(property)},
        [journeyId, id, field](Project &p) -> T * {
            Journey *j = findById(p.journeys, journeyId);
            Handoff *h = j ? findById(j->handoffs, id) : nullptr;
            return h ? &(h->*field) : nullptr;
        },
        std::move(value), text, CmdChangeText);
}
inline QUndoCommand *label(Document *d, const Id &j, const Id &id, const QString &v)
{
    return make(d, j, id, "label", &Handoff::label, v, QCoreApplication::translate("omnimap::Commands", "Label hand-off"));
}
inline QUndoCommand *kind(Document *d, const Id &j, const Id &id, HandoffKind v)
{
    return make(d, j, id, "kind", &Handoff::kind, v, QCoreApplication::translate("omnimap::Commands", "Change hand-off kind"));
}
inline QUndoCommand *owner(Document *d, const Id &j, const Id &id, const Id &v)
{
    return make(d, j, id, "ownerDepartmentId", &Handoff::ownerDepartmentId, v, QCoreApplication::translate("omnimap::Commands", "Change hand-off owner"));
}

} // namespace HandoffEdit

} // namespace omnimap
