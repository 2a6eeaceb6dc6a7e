#include "departmentfocus.h"

#include "app/shell/appcontext.h"
#include "document/changeevent.h"
#include "document/document.h"
#include "model/lookup.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>

namespace omnimap {

namespace {
const QString SettingsKey = QStringLiteral("view/focusDepartment");
} // namespace

DepartmentFocus::DepartmentFocus(AppContext &context)
    : QObject(&context)
    , m_context(context)
    , m_menu(new QMenu(tr("&Focus on Department"), context.window()))
    , m_group(new QActionGroup(this))
    , m_departmentId(QSettings().value(SettingsKey).toString())
{
    setObjectName(QStringLiteral("departmentFocus"));
    m_menu->setObjectName(QStringLiteral("focusDepartmentMenu"));
    m_menu->setToolTip(tr("Fade on the maps what the chosen department does not own"));
    m_group->setExclusive(true);
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { setDepartmentId(action->data().toString()); });
    connect(&context, &AppContext::documentReplaced, this, &DepartmentFocus::follow);
    follow(context.document());
}

void DepartmentFocus::setDepartmentId(const Id &departmentId)
{
    if (departmentId != m_departmentId) {
        m_departmentId = departmentId;
        QSettings().setValue(SettingsKey, departmentId);
    }
    // Only the check marks: this may run inside an action's triggered() signal.
    const QList<QAction *> actions = m_group->actions();
    QAction *all = nullptr;
    bool found = false;
    for (QAction *action : actions) {
        const Id id = action->data().toString();
        if (id.isEmpty())
            all = action;
        if (!id.isEmpty() && id == m_departmentId) {
            action->setChecked(true);
            found = true;
        }
    }
    if (all && !found)
        all->setChecked(true);
    apply();
}

void DepartmentFocus::follow(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::changed, this, [this](const ChangeEvent &event) {
            if (event.kind == ItemKind::Department || event.type == ChangeEvent::Type::Reset) {
                rebuildMenu();
                apply();
            }
        });
    }
    rebuildMenu();
    apply();
}

void DepartmentFocus::rebuildMenu()
{
    m_menu->clear(); // deletes the actions, which leave the group
    const QList<QAction *> old = m_group->actions();
    for (QAction *action : old) // none, unless also shown elsewhere
        delete action;
    auto add = [this](const QString &text, const Id &id) {
        QAction *action = m_menu->addAction(text);
        action->setCheckable(true);
        action->setData(id);
        m_group->addAction(action);
        return action;
    };
    QAction *all = add(tr("&All Departments"), Id());
    m_menu->addSeparator();
    bool found = false;
    if (m_document) {
        for (const Department &d : m_document->project().departments) {
            QAction *action = add(d.name, d.id);
            if (d.id == m_departmentId) {
                action->setChecked(true);
                found = true;
            }
        }
    }
    all->setChecked(!found);
    m_menu->setEnabled(m_document && !m_document->project().departments.isEmpty());
}

void DepartmentFocus::apply()
{
    // Only a department of this plan dims anything; another plan's id would fade it all.
    const bool known = m_document && findById(m_document->project().departments, m_departmentId);
    MapDecorations decorations = m_context.mapDecorations();
    decorations.focusDepartmentId = known ? m_departmentId : Id();
    m_context.setMapDecorations(decorations);
}

} // namespace omnimap
