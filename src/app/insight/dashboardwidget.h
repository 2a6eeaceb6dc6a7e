#pragma once

#include "simadapter.h"

#include <QWidget>

#include <memory>

class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace omnimap::insight {

class BackgroundJob;
class ChartPanel;
class InsightSession;
class KpiBulletView;
class KpiTrendView;
class SankeyView;
class WarehouseQueryProgress;

/// The insight dashboard for one journey, persona, period and data set: headline
/// figures, stage funnel, channel flow, attribution by model, KPI bullets, time to
/// convert and top paths. The numbers are computed by the engine on a worker thread
/// whenever the filter, the data set or the plan's KPIs change.
class DashboardWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(InsightSession &session, QWidget *parent = nullptr);
    ~DashboardWidget() override;

    DashboardQuery query() const;
    /// The last data shown (tests compare the charts with it).
    const DashboardData &data() const { return *m_data; }
    bool isComputing() const;
    BackgroundJob *job() const { return m_job; }
    /// The progress dialog of warehouse computations (tests press its Cancel).
    WarehouseQueryProgress *warehouseProgress() const { return m_progress; }

    void setJourney(const Id &journeyId);
    void setPersona(const Id &personaId);
    void setAttributionModels(const QList<sim::AttributionModel> &models);
    QList<sim::AttributionModel> attributionModels() const { return m_models; }
    /// The Markov model's order (1..4; 0: chosen by cross-validation) and variant.
    void setMarkovOptions(int order, bool collapseRepeats);
    int markovOrder() const { return m_markovOrder; }
    bool collapseRepeats() const { return m_collapseRepeats; }
    /// The note under the attribution chart: the Markov order used and why, the intervals.
    QString attributionSubtitle() const;

    QChartView *funnelView() const { return m_funnelView; }
    QChartView *attributionView() const { return m_attributionView; }
    QChartView *timeView() const { return m_timeView; }
    SankeyView *flowView() const { return m_flow; }
    KpiBulletView *kpiView() const { return m_kpis; }
    QTableWidget *pathsTable() const { return m_paths; }
    KpiTrendView *trendView() const { return m_trends; }
    QComboBox *trendPeriodBox() const { return m_trendPeriod; }
    QToolButton *recordTrendsButton() const { return m_recordTrends; }
    /// "Record these values": every KPI's last complete period into the plan's history,
    /// one undo step. Returns how many values were recorded.
    int recordTrendValues();

    /// Adds a card under the others, the whole width (InsightTools: the feedback scores).
    void appendSection(QWidget *section);

public slots:
    /// Recomputes now (a running computation is cancelled first).
    void refresh();

signals:
    void computed();

private:
    void scheduleRefresh();
    void rebuildFilters();
    void show(const DashboardData &data);
    void showKpis();
    void showAttribution();
    void showTrends();
    QWidget *headline(const QString &title, QLabel **value);

    InsightSession &m_session;
    BackgroundJob *m_job;
    WarehouseQueryProgress *m_progress = nullptr;
    std::shared_ptr<DashboardData> m_data;
    QTimer *m_debounce;
    bool m_refreshAgain = false;
    QList<sim::AttributionModel> m_models;

    QComboBox *m_journey;
    QComboBox *m_persona;
    QCheckBox *m_allDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_state;
    QLabel *m_journeysValue = nullptr;
    QLabel *m_conversionsValue = nullptr;
    QLabel *m_rateValue = nullptr;
    QLabel *m_revenueValue = nullptr;
    QLabel *m_medianValue = nullptr;
    QChartView *m_funnelView;
    QChartView *m_attributionView;
    QChartView *m_timeView;
    SankeyView *m_flow;
    KpiBulletView *m_kpis;
    QTableWidget *m_paths;
    ChartPanel *m_timePanel = nullptr;
    ChartPanel *m_pathsPanel = nullptr;
    QToolButton *m_modelButton = nullptr;
    QToolButton *m_markovButton = nullptr;
    QList<QAction *> m_orderActions; ///< orders 1..4, then "choose"
    QAction *m_collapseAction = nullptr;
    QLabel *m_attributionNote = nullptr;
    int m_markovOrder = 1;
    bool m_collapseRepeats = false;
    KpiTrendView *m_trends = nullptr;     ///< KPIs over time
    QComboBox *m_trendPeriod = nullptr;   ///< day / week / month
    QToolButton *m_recordTrends = nullptr; ///< Record these values
    QVBoxLayout *m_pageLayout = nullptr;
};

} // namespace omnimap::insight
