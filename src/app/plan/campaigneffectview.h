#pragma once

#include "campaigneffect.h"

#include "model/common.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace omnimap::insight {
class BackgroundJob;
class JobProgressStrip;
class InsightSession;
} // namespace omnimap::insight

namespace omnimap {

class AppContext;
class CampaignTimeline;

/// The Effect tab of the campaign view (issue 14 item 3, docs/campaign-effect.md): what
/// the campaign is compared with (a channel or a persona's segment it does not touch,
/// stored in the plan: one undo step per pick) and, per KPI of the campaign, the value
/// before and during it, the difference with its 95 % interval and, with a comparison,
/// the difference-in-differences. Computed off the GUI thread with progress and Cancel;
/// a campaign without dates, a period without data or a KPI without binding says so.
class CampaignEffectView final : public QWidget
{
    Q_OBJECT

public:
    CampaignEffectView(insight::InsightSession &session, CampaignTimeline *timeline, QWidget *parent = nullptr);
    ~CampaignEffectView() override;

    /// Computes the shown campaign's effect now (cancels a computation in progress).
    void compute();
    bool isComputing() const;
    const sim::CampaignEffect &effect() const { return m_effect; }
    QString message() const;

    QComboBox *comparisonCombo() const { return m_compare; }
    QTableWidget *table() const { return m_table; }

signals:
    void computeFinished();

private:
    void showCampaign(const Id &campaignId);
    void fillComparisons();
    void pickComparison();
    void showEffect();
    void showMessage(const QString &text);

    insight::InsightSession &m_session;
    CampaignTimeline *m_timeline;
    insight::BackgroundJob *m_job;
    Id m_campaignId;
    QComboBox *m_compare;
    QPushButton *m_compute;
    insight::JobProgressStrip *m_jobStrip;
    QLabel *m_summary;
    QLabel *m_notes;
    QTableWidget *m_table;
    sim::CampaignEffect m_effect;
    bool m_filling = false;
    struct Pending;
    std::shared_ptr<Pending> m_pending;
};

/// Adds the Effect tab to the campaign view (after the insight tools: it reads their data set).
void installCampaignEffect(AppContext &context);

} // namespace omnimap
