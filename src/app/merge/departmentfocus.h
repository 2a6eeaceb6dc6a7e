#pragma once

#include "model/common.h"

#include <QObject>
#include <QPointer>

class QActionGroup;
class QMenu;

namespace omnimap {

class AppContext;
class Document;

/// View ▸ Focus on Department: every map draws the cards and lanes the chosen department
/// does not own faded (MapDecorations::focusDepartmentId), so a team sees its part of a
/// shared plan at a glance. The choice is remembered across sessions and applies to any
/// plan that has a department with that id; "All Departments" turns it off.
class DepartmentFocus final : public QObject
{
    Q_OBJECT

public:
    explicit DepartmentFocus(AppContext &context);

    QMenu *menu() const { return m_menu; }
    /// The chosen department (empty: all), whether or not the open plan has it.
    const Id &departmentId() const { return m_departmentId; }
    void setDepartmentId(const Id &departmentId);

private:
    void follow(Document *document);
    void rebuildMenu();
    void apply();

    AppContext &m_context;
    QMenu *m_menu;
    QActionGroup *m_group;
    QPointer<Document> m_document;
    Id m_departmentId;
};

} // namespace omnimap
