// The guide's customer-feedback task (docs/feedback.md): a survey export imported with
// the mapping dialog, then the Feedback tab, the measured emotion line on the map and the
// Dashboard's NPS/CSAT card.

#include "guidescript.h"
#include "samplecsv.h"

#include "app/insight/chartpanel.h"
#include "app/insight/dashboardwidget.h"
#include "app/insight/feedbackcontroller.h"
#include "app/insight/feedbackpanel.h"
#include "app/insight/feedbackscoresview.h"
#include "app/insight/importmappingdialog.h"
#include "app/insight/insightsession.h"
#include "app/insight/insighttools.h"
#include "app/shell/appcontext.h"
#include "mainwindow.h"

#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>

namespace omnimap::screenshots {

void GuideScript::customerFeedback()
{
    auto *tools = m_window->findChild<insight::InsightTools *>(QStringLiteral("insightTools"));
    if (!tools || !tools->session().hasDataSet()) {
        fail(QStringLiteral("06c-feedback.png"), QStringLiteral("no data set open for the feedback"));
        return;
    }
    insight::InsightSession &session = tools->session();
    const QString csv = QDir(m_options.workDir).filePath(pick("survey-feedback.csv", "설문-피드백.csv"));
    QString error;
    // The same sample as the events (60 000 rows, seed 42): the same customers answered.
    const qint64 rows = writeSampleFeedbackCsv(m_window->document()->project(), m_options.workDir, csv, 60000, &error);
    if (rows <= 0) {
        fail(QStringLiteral("06c-feedback.png"), QStringLiteral("sample feedback CSV not written: ") + error);
        return;
    }
    insight::ImportMappingDialog dialog(csv, m_window, insight::ImportMappingDialog::Kind::Feedback);
    if (!dialog.problem().isEmpty()) {
        fail(QStringLiteral("06c-feedback.png"), QStringLiteral("mapping refused: ") + dialog.problem());
        return;
    }
    insight::FeedbackController *controller = tools->feedback();
    if (!runDataJob(session, [&] { return session.importFeedbackCsv(csv, dialog.mapping(), dialog.skipBadRows()); },
                    60000, &error)) {
        fail(QStringLiteral("06c-feedback.png"), QStringLiteral("feedback import failed: ") + error);
        return;
    }
    if (!waitFor([&] { return !controller->isComputing() && controller->results().table
                              && qint64(controller->results().table->size()) == rows; }, 60000)) {
        fail(QStringLiteral("06c-feedback.png"), QStringLiteral("the feedback was not analysed"));
        return;
    }
    settle(400);

    // The Feedback tab: scores per stage, the phrases of low scores at the worst stage.
    insight::FeedbackPanel *panel = tools->feedbackPanel();
    m_window->tabs()->setCurrentWidget(panel);
    QTableWidget *groups = panel->groupTable();
    int worst = -1;
    double lowest = 1e9;
    for (int r = 0; r < groups->rowCount(); ++r) {
        bool numeric = false;
        const double emotion = groups->item(r, 3)->text().replace(QChar(0x2212), QLatin1Char('-')).toDouble(&numeric);
        if (numeric && emotion < lowest) {
            lowest = emotion;
            worst = r;
        }
    }
    if (worst >= 0)
        groups->selectRow(worst);
    settle(300);
    if (panel->phraseTable()->rowCount() == 0)
        fail(QStringLiteral("06c-feedback.png"), QStringLiteral("no phrases for the selected stage"));
    capture(QStringLiteral("06c-feedback"), m_window);

    // The map with the measured line beside the planned ones.
    m_window->tabs()->setCurrentIndex(0);
    settle(500);
    if (m_window->context()->mapDecorations().measuredEmotion.isEmpty())
        fail(QStringLiteral("06d-measured-emotion.png"), QStringLiteral("no measured emotion on the map"));
    capture(QStringLiteral("06d-measured-emotion"), m_window);

    // The Dashboard's NPS/CSAT card, scrolled into view.
    insight::DashboardWidget *dashboard = tools->dashboard();
    m_window->tabs()->setCurrentWidget(dashboard);
    settle(300);
    insight::FeedbackScoresView *scores = tools->feedbackScores();
    auto *scroll = dashboard->findChild<QScrollArea *>();
    if (scroll)
        scroll->ensureWidgetVisible(scores, 0, 0);
    settle(300);
    if (scores->stageTable()->rowCount() == 0)
        fail(QStringLiteral("06e-dashboard-nps-csat.png"), QStringLiteral("no NPS/CSAT rows on the dashboard"));
    QWidget *card = scores;
    while (card && !qobject_cast<insight::ChartPanel *>(card))
        card = card->parentWidget();
    capture(QStringLiteral("06e-dashboard-nps-csat"), card ? card : scores);
    // Back to the top and to the map, as the later tasks expect the window.
    if (scroll)
        scroll->verticalScrollBar()->setValue(0);
    m_window->tabs()->setCurrentIndex(0);
    settle(200);
}

} // namespace omnimap::screenshots
