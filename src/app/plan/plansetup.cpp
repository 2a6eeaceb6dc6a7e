#include "plansetup.h"

#include "app/shell/appcontext.h"
#include "branddialog.h"
#include "departmentsdialog.h"
#include "document/document.h"
#include "planpropertiesdialog.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>

namespace omnimap {

namespace {

void present(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

struct PlansetupTr { Q_DECLARE_TR_FUNCTIONS(omnimap::PlanSetup) };

} // namespace

void openPlanProperties(Document *document, QWidget *parent)
{
    if (document)
        present(new PlanPropertiesDialog(document, parent));
}

void openBrandEditor(Document *document, QWidget *parent)
{
    if (document)
        present(new BrandDialog(document, parent));
}

void openDepartments(Document *document, QWidget *parent, const Id &selectDepartmentId)
{
    if (!document)
        return;
    auto *dialog = new DepartmentsDialog(document, parent);
    if (!selectDepartmentId.isEmpty())
        dialog->selectDepartment(selectDepartmentId);
    present(dialog);
}

void installPlanSetup(AppContext &context)
{
    QMenu *menu = context.menu(AppContext::Menu::Plan);
    if (!menu)
        return;
    QAction *properties = menu->addAction(PlansetupTr::tr("Plan &Properties…"));
    properties->setObjectName(QStringLiteral("planPropertiesAction"));
    QObject::connect(properties, &QAction::triggered, &context,
                     [&context] { openPlanProperties(context.document(), context.window()); });
    QAction *brand = menu->addAction(PlansetupTr::tr("&Brand…"));
    brand->setObjectName(QStringLiteral("brandAction"));
    QObject::connect(brand, &QAction::triggered, &context,
                     [&context] { openBrandEditor(context.document(), context.window()); });
    QAction *departments = menu->addAction(PlansetupTr::tr("&Departments…"));
    departments->setObjectName(QStringLiteral("departmentsAction"));
    QObject::connect(departments, &QAction::triggered, &context,
                     [&context] { openDepartments(context.document(), context.window()); });
    menu->addSeparator();
}

} // namespace omnimap
