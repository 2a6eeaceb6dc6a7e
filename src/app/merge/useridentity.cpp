#include "useridentity.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace omnimap {

namespace {
const QString kNameKey = QStringLiteral("user/name");
const QString kDepartmentKey = QStringLiteral("user/department");
} // namespace

UserIdentity currentUserIdentity()
{
    const QSettings settings;
    return {settings.value(kNameKey).toString(), settings.value(kDepartmentKey).toString()};
}

void setUserIdentity(const UserIdentity &identity)
{
    QSettings settings;
    settings.setValue(kNameKey, identity.name.trimmed());
    settings.setValue(kDepartmentKey, identity.department.trimmed());
}

void ensureUserIdentity(QWidget *parent)
{
    const UserIdentity current = currentUserIdentity();
    if (current.isComplete())
        return;
    UserIdentityDialog dialog(current, {}, parent);
    if (dialog.exec() == QDialog::Accepted)
        setUserIdentity(dialog.identity());
}

UserIdentityDialog::UserIdentityDialog(const UserIdentity &current, const QStringList &departments, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Who Is Working on This Plan?"));
    auto *layout = new QFormLayout(this);
    auto *intro = new QLabel(tr("Your name and department are shown on your comments and reviews, so other "
                                "departments know who to ask."),
                             this);
    intro->setWordWrap(true);
    layout->addRow(intro);
    m_name = new QLineEdit(current.name, this);
    m_name->setObjectName(QStringLiteral("userName"));
    layout->addRow(tr("&Name:"), m_name);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("userDepartment"));
    m_department->setEditable(true);
    m_department->addItems(departments);
    m_department->setCurrentText(current.department);
    layout->addRow(tr("&Department:"), m_department);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto update = [this, ok] { ok->setEnabled(!m_name->text().trimmed().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
}

UserIdentity UserIdentityDialog::identity() const
{
    return {m_name->text().trimmed(), m_department->currentText().trimmed()};
}

} // namespace omnimap
