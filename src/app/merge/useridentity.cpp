#include "useridentity.h"

#include "ui_useridentitydialog.h"

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
    , m_ui(std::make_unique<Ui::UserIdentityDialog>())
{
    m_ui->setupUi(this); // the layout: ui/useridentitydialog.ui
    m_ui->userName->setText(current.name);
    m_ui->userDepartment->addItems(departments);
    m_ui->userDepartment->setCurrentText(current.department);
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    const auto update = [this, ok] { ok->setEnabled(!m_ui->userName->text().trimmed().isEmpty()); };
    connect(m_ui->userName, &QLineEdit::textChanged, this, update);
    update();
}

UserIdentityDialog::~UserIdentityDialog() = default;

UserIdentity UserIdentityDialog::identity() const
{
    return {m_ui->userName->text().trimmed(), m_ui->userDepartment->currentText().trimmed()};
}

} // namespace omnimap
