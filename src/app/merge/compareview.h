#pragma once

#include "merge/projectdiff.h"

#include <QTreeWidget>

namespace omnimap {

/// What changed between two versions of a plan, one branch per journey and one for
/// project-wide items; each line says added / removed / changed (with before → after)
/// or reordered.
class CompareView final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);

    void setChanges(const Changes &changes);
    const Changes &changes() const { return m_changes; }

signals:
    /// An item line was activated (double-click / Enter): show it in the editor.
    void itemActivatedById(const omnimap::Id &itemId);

private:
    Changes m_changes;
};

} // namespace omnimap
