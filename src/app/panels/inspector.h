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
class HandoffPage;
class JourneyPage;
class StageEmotions;
class TouchpointPlanFields;

/// The property inspector: edits the selected touchpoint, stage or channel. Every edit
/// is an undo command; the fields follow the document's change signal, so the canvas
/// and the inspector stay in step.
class Inspector final : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(QWidget *parent = nullptr);

    void setDocument(Document *document);
    /// Shows the first id of the selection (a touchpoint, stage, channel lane or hand-off
    /// of the journey); with nothing selected, the journey's own properties.
    void showSelection(const Id &journeyId, const QList<Id> &ids);
    Id shownItemId() const { return m_itemId; }
    ItemKind shownKind() const { return m_kind; }

    /// A channel kind in words ("Call center"), never the file's id ("call_center").
    static QString channelKindLabel(ChannelKind kind);
    QComboBox *channelKindCombo() const { return m_channelKind; }

    // The editors, for tests.
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *stageNameEdit() const { return m_stageName; }
    JourneyPage *journeyPage() const { return m_journeyPage; }
    HandoffPage *handoffPage() const { return m_handoffPage; }
    TouchpointPlanFields *touchpointPlanFields() const { return m_touchpointPlan; }
    StageEmotions *stageEmotions() const { return m_stageEmotions; }
    QPushButton *experimentButton() const { return m_experiment; }

signals:
    /// The touchpoint's or hand-off's "Experiment" button: edit (or add) its A/B test.
    void experimentRequested(const omnimap::Id &journeyId, const omnimap::Id &itemId);

public:
    QComboBox *channelOwnerCombo() const { return m_channelOwner; }
    QPlainTextEdit *channelDescriptionEdit() const { return m_channelDescription; }

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
    TouchpointPlanFields *m_touchpointPlan = nullptr;
    QPushButton *m_experiment = nullptr;
    // Stage
    QLineEdit *m_stageName = nullptr;
    QLineEdit *m_goal = nullptr;
    QPlainTextEdit *m_notes[4] = {};
    StageEmotions *m_stageEmotions = nullptr;
    // Channel
    QLineEdit *m_channelName = nullptr;
    QComboBox *m_channelKind = nullptr;
    QPushButton *m_channelColor = nullptr;
    QComboBox *m_channelOwner = nullptr;
    QPlainTextEdit *m_channelDescription = nullptr;
    // Journey (nothing selected) and hand-off
    JourneyPage *m_journeyPage = nullptr;
    HandoffPage *m_handoffPage = nullptr;
};

} // namespace omnimap
