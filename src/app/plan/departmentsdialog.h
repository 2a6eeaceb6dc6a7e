#pragma once

#include "document/changeevent.h"
#include "model/project.h"

#include <QColor>
#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class DepartmentsDialog;
}

namespace omnimap {

class Document;

/// Plan ▸ Departments…: add, rename, recolour and remove departments
/// (ui/departmentsdialog.ui), and see what each one owns. Every change is its own undo
/// step, pushed at once, so the map, focus menu and owner lists follow while it is open.
class DepartmentsDialog final : public QDialog
{
    Q_OBJECT

public:
    DepartmentsDialog(Document *document, QWidget *parent = nullptr);
    ~DepartmentsDialog() override;

    Ui::DepartmentsDialog *form() const { return m_ui.get(); }
    std::function<QColor(const QColor &initial)> pickColour;

    Id currentDepartmentId() const;
    void selectDepartment(const Id &id);
    /// Adds "Department N" and selects it with its name ready to type over.
    Id addDepartment();
    void removeDepartment();
    void chooseColour();

private:
    void fill();
    void showCurrent();
    void onChanged(const ChangeEvent &event);

    std::unique_ptr<Ui::DepartmentsDialog> m_ui;
    Document *m_document;
    bool m_updating = false;
};

/// The plan without the department, everything it owned left without an owner.
Project withoutDepartment(Project project, const Id &departmentId);

/// What a department owns, one line per item ("Channel: App"), in plan order.
QStringList departmentHoldings(const Project &project, const Id &departmentId);

} // namespace omnimap
