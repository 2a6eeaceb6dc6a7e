#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QLineEdit;

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

/// The first-run question: your name and your department.
class UserIdentityDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserIdentityDialog(const UserIdentity &current, const QStringList &departments,
                                QWidget *parent = nullptr);

    UserIdentity identity() const;

private:
    QLineEdit *m_name = nullptr;
    QComboBox *m_department = nullptr;
};

} // namespace omnimap
