#pragma once

#include <QDialog>
#include <QString>

#include <memory>

namespace omnimap {

/// Who is working: written into comments and review stamps.
struct UserIdentity
{
    QString name;
    QString department;

    bool isComplete() const { return !name.trimmed().isEmpty(); }
};

/// From the settings ("user/name", "user/department").
UserIdentity currentUserIdentity();
void setUserIdentity(const UserIdentity &identity);

/// Asks for the name and department when the settings have no name yet (first use);
/// does nothing otherwise.
void ensureUserIdentity(QWidget *parent);

namespace Ui {
class UserIdentityDialog;
}

/// The first-run question: your name and your department (ui/useridentitydialog.ui).
class UserIdentityDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserIdentityDialog(const UserIdentity &current, const QStringList &departments,
                                QWidget *parent = nullptr);
    ~UserIdentityDialog() override;

    UserIdentity identity() const;

private:
    std::unique_ptr<Ui::UserIdentityDialog> m_ui;
};

} // namespace omnimap
