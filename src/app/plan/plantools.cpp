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

struct Tr { Q_DECLARE_TR_FUNCTIONS(omnimap::PlanTools) };

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
    context.addEditorTab(roles, Tr::tr("Role matrix"));
    context.addEditorTab(kpis, Tr::tr("KPIs"));
    context.addEditorTab(checklists, Tr::tr("Brand checklists"));
    context.addEditorTab(campaigns, Tr::tr("Campaigns"));

    auto *dock = new QDockWidget(Tr::tr("Plan checks"), parent);
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
    addTabAction(context, menu, roles, Tr::tr("Channel &role matrix"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    addTabAction(context, menu, kpis, Tr::tr("&KPIs"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    addTabAction(context, menu, checklists, Tr::tr("Brand &checklists"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    addTabAction(context, menu, campaigns, Tr::tr("Campaign &timeline"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    if (menu) {
        menu->addSeparator();
        QAction *toggle = dock->toggleViewAction();
        toggle->setText(Tr::tr("Plan chec&ks"));
        toggle->setShortcut(QKeySequence(Qt::Key_F8));
        menu->addAction(toggle);
        QAction *apply = menu->addAction(Tr::tr("Apply role &suggestions"));
        QObject::connect(apply, &QAction::triggered, roles, [&context, roles] {
            context.showEditorTab(roles);
            const int cells = roles->applySuggestions();
            context.showStatusMessage(cells > 0 ? Tr::tr("Role suggestions applied; undo with Ctrl+Z.")
                                                : Tr::tr("No cell left to suggest a role for."));
        });
    }
}

} // namespace omnimap
