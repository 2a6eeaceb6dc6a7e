#pragma once

#include "merge/mergeconflict.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace omnimap {

namespace Ui {
class ConflictDialog;
}

class ConflictView;

/// The conflict view in a dialog: Apply when every conflict has a choice, or take
/// all of one side at once. Layout: ui/conflictdialog.ui.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(const MergeConflicts &conflicts, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    ConflictView *view() const { return m_view; }
    QPushButton *applyButton() const { return m_apply; }

private:
    std::unique_ptr<Ui::ConflictDialog> m_ui;
    ConflictView *m_view = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace omnimap
