#include "conflictdialog.h"

#include "conflictview.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace omnimap {

ConflictDialog::ConflictDialog(const MergeConflicts &conflicts, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Resolve Merge Conflicts"));
    auto *layout = new QVBoxLayout(this);
    m_view = new ConflictView(conflicts, this);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *allOurs = buttons->addButton(tr("Take All O&urs"), QDialogButtonBox::ResetRole);
    auto *allTheirs = buttons->addButton(tr("Take All T&heirs"), QDialogButtonBox::ResetRole);
    allOurs->setObjectName(QStringLiteral("allOurs"));
    allTheirs->setObjectName(QStringLiteral("allTheirs"));
    m_apply = buttons->addButton(tr("&Apply Merge"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("apply"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(allOurs, &QPushButton::clicked, this, [this] { m_view->chooseAll(Resolution::Ours); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { m_view->chooseAll(Resolution::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        m_apply->setEnabled(m_view->allResolved());
        m_apply->setToolTip(m_view->allResolved() ? QString() : tr("Choose a value for every conflict first"));
    };
    connect(m_view, &ConflictView::choicesChanged, this, update);
    update();
    resize(1000, 640);
}

} // namespace omnimap
