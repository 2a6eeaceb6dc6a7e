#pragma once

#include "inspectorsection.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace omnimap {

/// A selected hand-off: where it goes, its label ("QR scan", "push deep link"), how
/// the customer is carried across (kind) and which department makes it work.
class HandoffPage final : public InspectorSection
{
    Q_OBJECT

public:
    explicit HandoffPage(QWidget *parent = nullptr);

    QLineEdit *labelEdit() const { return m_label; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *ownerCombo() const { return m_owner; }
    QPushButton *experimentButton() const { return m_experiment; }

signals:
    void experimentRequested();

protected:
    void fill() override;

private:
    QLabel *m_route;
    QLineEdit *m_label;
    QComboBox *m_kind;
    QComboBox *m_owner;
    QPushButton *m_experiment;
};

/// Translated name of a hand-off kind ("QR code", "Push notification"…).
QString handoffKindName(HandoffKind kind);

} // namespace omnimap
