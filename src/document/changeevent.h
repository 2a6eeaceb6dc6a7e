#pragma once

#include "model/common.h"

#include <QMetaType>

namespace omnimap {

/// Kinds of model item a change can concern; views filter on it.
enum class ItemKind {
    Project, Brand, Department, Channel, Persona, Journey, Stage, Touchpoint, Handoff,
    ChannelRole, Kpi, ChecklistTemplate, Checklist, CheckResult, Campaign, PlannedAction,
    Scenario, DataSet, Comment
};

/// The one signal payload of Document::changed(). Commands emit it after each do/undo,
/// so views never have to diff the model: they rebuild only the item named here.
struct ChangeEvent
{
    enum class Type {
        Reset,     ///< the whole project was replaced (load, merge, revert)
        Added,     ///< itemId was inserted into its list
        Removed,   ///< itemId was removed
        Changed,   ///< a property of itemId changed (property names it, may be empty)
        Reordered  ///< the order of a list under parentId changed
    };
    Type type = Type::Changed;
    ItemKind kind = ItemKind::Project;
    Id itemId;
    Id parentId;      ///< the journey (or checklist, campaign) holding the item, if any
    QString property; ///< file-format key of the changed field, e.g. "name"
};

} // namespace omnimap

Q_DECLARE_METATYPE(omnimap::ChangeEvent)
