#include "plantools.h"

#include "app/shell/appcontext.h"
#include "campaigntimeline.h"
#include "checklisteditor.h"
#include "kpitableview.h"
#include "planchecksview.h"
#include "plansetup.h"
#include "rolematrixeditor.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace omnimap {
namespace {

struct PlantoolsTr { Q_DECLARE_TR_FUNCTIONS(omnimap::PlanTools) };

void addTabAction(AppContext &context, QMenu *menu, QWidget *tab, const QString &text, const QKeySequence &keys)
{
    if (!menu)
        return;
    QAction *action = menu->addAction(text);
    action->setShortcut(keys);
    QObject::connect(action, &QAction::triggered, &context, [&context, tab] { context.showEditorTab(tab); });
}

} // namespace

void installPlanTools(AppContext &context)
{
    installPlanSetup(context); // plan properties, brand, departments: first in the Plan menu
    QWidget *parent = context.window();
    auto *roles = new RoleMatrixEditor(context, parent);
    auto *kpis = new KpiTableView(context, parent);
    auto *checklists = new ChecklistEditor(context, parent);
    auto *campaigns = new CampaignTimeline(context, parent);
    roles->setObjectName(QStringLiteral("roleMatrixEditor"));
    kpis->setObjectName(QStringLiteral("kpiTableView"));
    checklists->setObjectName(QStringLiteral("checklistEditor"));
    campaigns->setObjectName(QStringLiteral("campaignTimeline"));
    context.addEditorTab(roles, PlantoolsTr::tr("Role matrix"));
    context.addEditorTab(kpis, PlantoolsTr::tr("KPIs"));
    context.addEditorTab(checklists, PlantoolsTr::tr("Brand checklists"));
    context.addEditorTab(campaigns, PlantoolsTr::tr("Campaigns"));

    auto *dock = new QDockWidget(PlantoolsTr::tr("Plan checks"), parent);
    dock->setObjectName(QStringLiteral("planChecksDock"));
    auto *checks = new PlanChecksView(context, dock);
    dock->setWidget(checks);
    context.addDock(dock, Qt::BottomDockWidgetArea);
    // Campaign findings are best seen on the timeline; others on the map.
    QObject::connect(checks, &PlanChecksView::findingActivated, &context,
                     [&context, campaigns](const RuleFinding &finding) {
                         if (finding.ruleId.startsWith(QLatin1String("campaign.")))
                             context.showEditorTab(campaigns);
                     });

    QMenu *menu = context.menu(AppContext::Menu::Plan);
    addTabAction(context, menu, roles, PlantoolsTr::tr("Channel &role matrix"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    addTabAction(context, menu, kpis, PlantoolsTr::tr("&KPIs"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    addTabAction(context, menu, checklists, PlantoolsTr::tr("Brand &checklists"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    addTabAction(context, menu, campaigns, PlantoolsTr::tr("Campaign &timeline"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    if (menu) {
        menu->addSeparator();
        QAction *toggle = dock->toggleViewAction();
        toggle->setText(PlantoolsTr::tr("Plan chec&ks"));
        toggle->setShortcut(QKeySequence(Qt::Key_F8));
        menu->addAction(toggle);
        QAction *apply = menu->addAction(PlantoolsTr::tr("Apply role &suggestions"));
        QObject::connect(apply, &QAction::triggered, roles, [&context, roles] {
            context.showEditorTab(roles);
            const int cells = roles->applySuggestions();
            context.showStatusMessage(cells > 0 ? PlantoolsTr::tr("Role suggestions applied; undo with Ctrl+Z.")
                                                : PlantoolsTr::tr("No cell left to suggest a role for."));
        });
    }
}

} // namespace omnimap
