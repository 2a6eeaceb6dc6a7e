#pragma once

#include "merge/mergeconflict.h"

#include <QDialog>

class QPushButton;

namespace omnimap {

class ConflictView;

/// The conflict view in a dialog: Apply when every conflict has a choice, or take
/// all of one side at once.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(const MergeConflicts &conflicts, QWidget *parent = nullptr);

    ConflictView *view() const { return m_view; }
    QPushButton *applyButton() const { return m_apply; }

private:
    ConflictView *m_view = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace omnimap
