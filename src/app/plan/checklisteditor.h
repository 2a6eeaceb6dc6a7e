#pragma once

#include "documentview.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace omnimap {

class ChecklistHeatMap;
class ChecklistResultModel;

/// The brand-consistency tab: apply a built-in or user template to the journey's
/// channels, mark each item per channel pass / fail / n.a. with note, evidence link,
/// reviewer and date, and see the scores as a heat map (category × channel).
/// Keys on the grid: P pass, F fail, N not applicable, U unchecked.
class ChecklistEditor final : public DocumentView
{
    Q_OBJECT

public:
    explicit ChecklistEditor(Document *document, QWidget *parent = nullptr);
    ChecklistEditor(AppContext &context, QWidget *parent);

    QTableView *table() const { return m_table; }
    ChecklistResultModel *model() const { return m_model; }
    ChecklistHeatMap *heatMap() const { return m_heatMap; }
    QString scoreText() const;

    void setJourney(const Id &journeyId);
    void setChecklist(const Id &checklistId);
    Id checklistId() const;
    /// Applies the template (built-in or user) to the current journey's channels as a
    /// new checklist, selects it and returns its id.
    Id applyTemplate(const Id &templateId);
    /// Saves the current checklist's items as a user template.
    Id saveAsTemplate();
    /// Sets the status of the selected cell (one undo step).
    void setSelectedStatus(int status);

protected:
    void documentReset() override;
    void documentChanged(const ChangeEvent &event) override;
    void currentJourneyChanged(const Id &journeyId) override;

private:
    void showChecklistName();
    void build();
    void fillChecklists();
    void fillTemplates();
    void updateDetails();
    void updateScores();
    void commitDetail(int role, const QString &value);

    ChecklistResultModel *m_model = nullptr;
    QComboBox *m_checklists = nullptr;
    QComboBox *m_templates = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_saveTemplate = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_cellLabel = nullptr;
    QLineEdit *m_checklistName = nullptr; ///< renames the checklist shown
    QLineEdit *m_note = nullptr;
    QLineEdit *m_evidence = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QLineEdit *m_date = nullptr;
    QLabel *m_score = nullptr;
    ChecklistHeatMap *m_heatMap = nullptr;
    Id m_journeyId;
    bool m_updating = false;
};

} // namespace omnimap
