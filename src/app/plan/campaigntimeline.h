#pragma once

#include "documentview.h"
#include "plan/campaignschedule.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace omnimap {

class TimelineCanvas;

/// The campaign tab: objective, persona, journey and dates of a campaign, its planned
/// actions on a timeline by channel (drag to move or resize: one undo step per drag;
/// arrow keys move the selected action a day), the budget per channel against the
/// planned cost, and the campaign's warnings (actions outside the dates, budget
/// exceeded, overlapping promotions).
class CampaignTimeline final : public DocumentView
{
    Q_OBJECT

public:
    explicit CampaignTimeline(Document *document, QWidget *parent = nullptr);
    CampaignTimeline(AppContext &context, QWidget *parent);

    TimelineCanvas *canvas() const { return m_canvas; }
    QTableWidget *budgetTable() const { return m_budget; }
    QListWidget *warnings() const { return m_warnings; }
    QComboBox *currencyCombo() const { return m_currency; }
    QComboBox *ownerCombo() const { return m_owner; }

    void setCampaign(const Id &campaignId);
    Id campaignId() const;
    /// A new campaign on the current journey, a month from today; selected.
    Id addCampaign();
    /// A new action on a touchpoint for the campaign's first week; selected.
    Id addAction(const Id &touchpointId);
    /// A tab next to the warnings (the campaign's effect, issue 14).
    void addSidePanel(QWidget *panel, const QString &title);
    void showSidePanel(QWidget *panel);

signals:
    /// The shown campaign (empty: none), after a pick or any change of the plan.
    void campaignShown(const Id &campaignId);

protected:
    void documentReset() override;
    void documentChanged(const ChangeEvent &event) override;
    void currentJourneyChanged(const Id &journeyId) override;

private:
    void build();
    void fillCampaigns();
    void refresh();
    void refreshBudget(const Campaign &campaign);
    void fitBudgetTable();
    void refreshWarnings(const Campaign &campaign);
    void refreshActionDetails();
    /// Pushes an edited copy of the shown campaign.
    void commit(const std::function<void(Campaign &)> &edit, const QString &text);
    const Campaign *campaign() const;

    QComboBox *m_campaigns = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_objective = nullptr;
    QComboBox *m_persona = nullptr;
    QComboBox *m_journey = nullptr;
    QComboBox *m_currency = nullptr; ///< empty: the plan's currency
    QComboBox *m_owner = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    TimelineCanvas *m_canvas = nullptr;
    QComboBox *m_touchpoints = nullptr;
    QPushButton *m_addAction = nullptr;
    QPushButton *m_removeAction = nullptr;
    QLineEdit *m_actionTitle = nullptr;
    QDoubleSpinBox *m_actionCost = nullptr;
    QCheckBox *m_actionPromotion = nullptr;
    QTableWidget *m_budget = nullptr;
    QListWidget *m_warnings = nullptr;
    QTabWidget *m_side = nullptr;
    Id m_journeyId;
    bool m_updating = false;
};

} // namespace omnimap
