#include "conflictdialog.h"

#include "conflictview.h"
#include "ui_conflictdialog.h"

#include <QDialogButtonBox>
#include <QPushButton>

namespace omnimap {

ConflictDialog::ConflictDialog(const MergeConflicts &conflicts, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
{
    m_ui->setupUi(this); // the layout: ui/conflictdialog.ui
    // The conflict view is built from the conflicts, so it is placed here, not in the form.
    m_view = new ConflictView(conflicts, this);
    m_ui->viewArea->addWidget(m_view);
    m_apply = m_ui->buttons->addButton(tr("&Apply Merge"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("apply"));

    connect(m_ui->allOurs, &QPushButton::clicked, this, [this] { m_view->chooseAll(Resolution::Ours); });
    connect(m_ui->allTheirs, &QPushButton::clicked, this, [this] { m_view->chooseAll(Resolution::Theirs); });
    const auto update = [this] {
        m_apply->setEnabled(m_view->allResolved());
        m_apply->setToolTip(m_view->allResolved() ? QString() : tr("Choose a value for every conflict first"));
    };
    connect(m_view, &ConflictView::choicesChanged, this, update);
    update();
}

ConflictDialog::~ConflictDialog() = default;

} // namespace omnimap
