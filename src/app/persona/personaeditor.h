#pragma once

#include "document/changeevent.h"
#include "model/persona.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace omnimap {

class DialogService;
class Document;

/// Edits one persona: profile, demographics, goals and pains, avatar, preferred channels
/// with weights, and the segment rule (field / operator / values rows over the closed
/// SegmentField list — never free SQL). Every edit is an EditPersonaCommand.
class PersonaEditor final : public QWidget
{
    Q_OBJECT

public:
    PersonaEditor(Document *document, const Id &personaId, DialogService *dialogs, QWidget *parent = nullptr);
    const Id &personaId() const { return m_personaId; }

    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *ruleTable() const { return m_rules; }
    QTableWidget *channelTable() const { return m_channels; }
    QComboBox *ownerCombo() const { return m_owner; }
    /// Adds a segment condition row (the "Add condition" button).
    void addCondition();
    /// Sets the avatar from an image file (scaled, stored as a PNG data URI).
    bool setAvatarFromFile(const QString &path);

private:
    void edit(const QString &field, const std::function<void(Persona &)> &change);
    void refresh();
    void onChanged(const ChangeEvent &event);
    void commitRules();
    void commitChannels();

    Document *m_document;
    Id m_personaId;
    DialogService *m_dialogs;
    bool m_updating = false;

    QLabel *m_avatar = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_segment = nullptr;
    QLineEdit *m_scenario = nullptr;
    QLineEdit *m_quote = nullptr;
    QLineEdit *m_ageBand = nullptr;
    QLineEdit *m_gender = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_occupation = nullptr;
    QLineEdit *m_income = nullptr;
    QLineEdit *m_color = nullptr;
    QComboBox *m_owner = nullptr;
    QPlainTextEdit *m_lists[4] = {};
    QTableWidget *m_channels = nullptr;
    QTableWidget *m_rules = nullptr;
    QCheckBox *m_matchAll = nullptr;
};

} // namespace omnimap
