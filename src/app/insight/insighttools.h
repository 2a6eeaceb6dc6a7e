#pragma once

#include "importmappingdialog.h"

#include <QObject>

#include <memory>

namespace omnimap {
class AppContext;
}

namespace omnimap::insight {

class DashboardWidget;
class DataSetsDock;
class FeedbackController;
class FeedbackPanel;
class FeedbackScoresView;
class InsightPrompts;
class InsightSession;
class MapOverlayController;
class ScenarioPanel;

/// The insight area installed into a window: the Data menu, the Data sets dock, the
/// Dashboard and Scenarios tabs, and the map overlay toggles in the View menu.
class InsightTools final : public QObject
{
    Q_OBJECT

public:
    InsightTools(AppContext &context, std::unique_ptr<InsightPrompts> prompts);
    ~InsightTools() override;

    InsightSession &session() { return *m_session; }
    DataSetsDock *dock() const { return m_dock; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    ScenarioPanel *scenarios() const { return m_scenarios; }
    MapOverlayController *overlays() const { return m_overlays; }
    FeedbackController *feedback() const { return m_feedback; }
    FeedbackPanel *feedbackPanel() const { return m_feedbackPanel; }
    /// The Dashboard's NPS/CSAT card.
    FeedbackScoresView *feedbackScores() const { return m_feedbackScores; }

    /// The Data menu's commands (also what the dock's buttons do).
    void newDataSet();
    void openDataSet();
    /// Asks for a CSV, shows the mapping dialog, imports with a progress dialog.
    void importCsv();
    void generateSample();
    /// Data ▸ Import Feedback CSV…: the same mapping dialog and rules as events.
    void importFeedbackCsv();
    /// Data ▸ Connect to Warehouse…: the connection dialog, then the warehouse becomes
    /// the data set (the keychain keeps the password when asked and available).
    void connectWarehouse();
    /// Opens a warehouse the project names (its URL): the password comes from the
    /// keychain, else the user is asked.
    void openWarehouseUrl(const QString &url, const QString &name);

private:
    void importCsvOfKind(ImportMappingDialog::Kind kind);
    bool ensureDataSet();

    AppContext &m_context;
    InsightSession *m_session;
    DataSetsDock *m_dock;
    DashboardWidget *m_dashboard;
    ScenarioPanel *m_scenarios;
    MapOverlayController *m_overlays;
    FeedbackController *m_feedback;
    FeedbackPanel *m_feedbackPanel;
    FeedbackScoresView *m_feedbackScores = nullptr;
};

/// Installs the insight tools with the real file dialogs; the window owns them.
InsightTools *installInsightTools(AppContext &context, std::unique_ptr<InsightPrompts> prompts);

} // namespace omnimap::insight

namespace omnimap {

/// Entry point for extensions.cpp.
void installInsightTools(AppContext &context);

} // namespace omnimap
