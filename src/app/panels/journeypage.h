#pragma once

#include "inspectorsection.h"

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace omnimap {

/// The journey's own properties, shown when nothing on its map is selected: name (the
/// map's title, tab, PDF section and export file name), description, owner, and the
/// personas drawn on the map — checked ones are drawn, in the list's order (the
/// emotion legend's order), at most five.
class JourneyPage final : public InspectorSection
{
    Q_OBJECT

public:
    explicit JourneyPage(QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *ownerCombo() const { return m_owner; }
    QListWidget *personaList() const { return m_personas; }
    /// Moves the current persona up (-1) or down (+1) in the drawing order.
    void moveCurrentPersona(int delta);

protected:
    void fill() override;

private:
    void commitPersonas();

    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_owner;
    QListWidget *m_personas;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace omnimap
