#pragma once

#include "documentview.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace omnimap {

class RoleMatrixModel;

/// The channel role matrix tab: stage × channel grid of primary / supporting / none
/// with purpose and owner department, and "Apply suggestions" (roles from practice,
/// filled into cells the user has not set, as one undo step).
/// Keys: Space cycles the selected cell's level; Enter edits it; F2 edits the purpose.
class RoleMatrixEditor final : public DocumentView
{
    Q_OBJECT

public:
    explicit RoleMatrixEditor(Document *document, QWidget *parent = nullptr);
    RoleMatrixEditor(AppContext &context, QWidget *parent);

    void setJourney(const Id &journeyId);
    Id journeyId() const;

    QTableView *table() const { return m_table; }
    RoleMatrixModel *model() const { return m_model; }

    /// Fills suggestions into unset cells of the current journey (one undo step).
    /// Returns the number of cells it set.
    int applySuggestions();
    /// Cycles the level of the selected cell: none → supporting → primary → none.
    void cycleSelectedLevel();

protected:
    void documentReset() override;
    void documentChanged(const ChangeEvent &event) override;
    void currentJourneyChanged(const Id &journeyId) override;

private:
    void build();
    void fillJourneys();
    void updateDetails();
    void commitDetails();

    RoleMatrixModel *m_model = nullptr;
    QComboBox *m_journeys = nullptr;
    QPushButton *m_suggest = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_cellLabel = nullptr;
    QLineEdit *m_purpose = nullptr;
    QComboBox *m_owner = nullptr;
    bool m_updating = false;
};

} // namespace omnimap
