#pragma once

#include "merge/mergeconflict.h"
#include "merge/projectdiff.h"

#include <QMap>

#include <memory>

class QWidget;

namespace omnimap {

/// Every question the merge tools ask the user, behind one interface so tests can
/// answer them without opening a window.
class MergeDialogs
{
public:
    virtual ~MergeDialogs() = default;

    /// A project file to open, or empty when cancelled.
    virtual QString chooseProjectFile(QWidget *parent, const QString &title) = 0;
    /// The user's choice per conflict (index into `conflicts`), or nullopt when cancelled.
    virtual std::optional<QMap<int, ConflictChoice>> resolveConflicts(QWidget *parent,
                                                                      const MergeConflicts &conflicts) = 0;
    virtual void showChanges(QWidget *parent, const QString &title, const Changes &changes) = 0;
    virtual void showMessage(QWidget *parent, const QString &title, const QString &text) = 0;
};

/// The dialogs the merge tools use; the real widgets unless a test installed others.
MergeDialogs &mergeDialogs();

/// Installs `dialogs` (tests); null restores the real widgets.
void setMergeDialogs(std::unique_ptr<MergeDialogs> dialogs);

} // namespace omnimap
