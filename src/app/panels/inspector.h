#pragma once

#include "document/changeevent.h"
#include "model/organisation.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace omnimap {

class Document;

/// The property inspector: edits the selected touchpoint, stage or channel. Every edit
/// is an undo command; the fields follow the document's change signal, so the canvas
/// and the inspector stay in step.
class Inspector final : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(QWidget *parent = nullptr);

    void setDocument(Document *document);
    /// Shows the first id of the selection (a touchpoint, stage or channel of the journey).
    void showSelection(const Id &journeyId, const QList<Id> &ids);
    Id shownItemId() const { return m_itemId; }
    ItemKind shownKind() const { return m_kind; }

    /// A channel kind in words ("Call center"), never the file's id ("call_center").
    static QString channelKindLabel(ChannelKind kind);
    QComboBox *channelKindCombo() const { return m_channelKind; }

    // The editors, for tests.
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *stageNameEdit() const { return m_stageName; }

private:
    void refresh();
    void onChanged(const ChangeEvent &event);
    QWidget *buildTouchpointPage();
    QWidget *buildStagePage();
    QWidget *buildChannelPage();

    Document *m_document = nullptr;
    Id m_journeyId;
    Id m_itemId;
    ItemKind m_kind = ItemKind::Project;
    bool m_updating = false;

    QStackedWidget *m_pages = nullptr;
    // Touchpoint
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QCheckBox *m_momentOfTruth = nullptr;
    QCheckBox *m_promotion = nullptr;
    QComboBox *m_owner = nullptr;
    // Stage
    QLineEdit *m_stageName = nullptr;
    QLineEdit *m_goal = nullptr;
    QPlainTextEdit *m_notes[4] = {};
    // Channel
    QLineEdit *m_channelName = nullptr;
    QComboBox *m_channelKind = nullptr;
    QPushButton *m_channelColor = nullptr;
};

} // namespace omnimap
