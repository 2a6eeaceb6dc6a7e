// The user guide's campaign-effect picture (issue 14 item 3): after the data import, the
// sample's campaign gets dates inside the data (typed in its date fields, as a user does),
// a comparison channel is picked in the Effect tab and the effect is computed.
#include "guidescript.h"

#include "app/insight/insightsession.h"
#include "app/insight/insighttools.h"
#include "app/plan/campaigneffectview.h"
#include "app/plan/campaigntimeline.h"
#include "mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QMainWindow>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>

namespace omnimap::screenshots {

void GuideScript::campaignEffect()
{
    const QString file = QStringLiteral("15b-campaign-effect.png");
    if (!wanted(QStringLiteral("15b-campaign-effect")))
        return;
    QAction *show = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    auto *timeline = m_window->findChild<CampaignTimeline *>(QStringLiteral("campaignTimeline"));
    auto *view = timeline ? timeline->findChild<CampaignEffectView *>(QStringLiteral("campaignEffect")) : nullptr;
    auto *tools = m_window->findChild<insight::InsightTools *>(QStringLiteral("insightTools"));
    if (!show || !timeline || !view || !tools) {
        fail(file, QStringLiteral("Plan → Campaign timeline › Effect not found"));
        return;
    }
    const auto &info = tools->session().info();
    if (!info.ok || !info.first.isValid()) {
        fail(file, QStringLiteral("no data set open"));
        return;
    }
    // The effect table is wide: the docks closed for room (as the guide says for the
    // scenario editor), shown again after the capture.
    struct Reopen
    {
        QMainWindow *window;
        QByteArray state; ///< docks, their sizes and tabs: the later captures need them as they were
        ~Reopen()
        {
            window->restoreState(state);
            settle(200);
        }
    } reopen{m_window, m_window->saveState()};
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        dock->hide();
    show->trigger();
    settle(200);
    // Two weeks in the middle of the data, so both periods are covered.
    const QDate start = info.first.addMSecs(info.first.msecsTo(info.last) / 2).date();
    const QList<QDateEdit *> dates = timeline->findChildren<QDateEdit *>();
    if (dates.size() < 2) {
        fail(file, QStringLiteral("the campaign's date fields not found"));
        return;
    }
    dates.at(1)->setDate(start.addDays(13));
    emit dates.at(1)->editingFinished();
    dates.at(0)->setDate(start);
    emit dates.at(0)->editingFinished();
    settle(100);
    timeline->showSidePanel(view);
    // Room for the table, as a user drags the splitters: the calendar shorter, the budget
    // narrower.
    for (QSplitter *splitter : timeline->findChildren<QSplitter *>()) {
        if (splitter->orientation() == Qt::Vertical)
            splitter->setSizes({150, 600});
        else
            splitter->setSizes({100, 1200});
    }
    // The sample's KPIs are bound to channels, so another channel has none of their events:
    // the other persona's segment is the comparison (the first channel when there is none).
    QComboBox *compare = view->comparisonCombo();
    int pickAt = -1;
    for (int i = 0; i < compare->count() && pickAt < 0; ++i)
        if (compare->itemData(i).toString().startsWith(QLatin1String("segment:")))
            pickAt = i;
    if (pickAt < 0)
        pickAt = compare->count() > 1 ? 1 : -1;
    if (pickAt < 0) {
        fail(file, QStringLiteral("no comparison offered"));
        return;
    }
    compare->setCurrentIndex(pickAt);
    emit compare->activated(pickAt);
    if (!view->isComputing())
        view->compute();
    if (!waitFor([&] { return !view->isComputing(); }, 60000))
        fail(file, QStringLiteral("the campaign effect did not finish"));
    settle(300);
    if (view->table()->rowCount() == 0) {
        fail(file, QStringLiteral("no effect table: ") + view->message());
        return;
    }
    capture(QStringLiteral("15b-campaign-effect"), m_window);
}

} // namespace omnimap::screenshots
