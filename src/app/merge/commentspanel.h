#pragma once

#include "model/common.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace omnimap {

class AppContext;
class Document;

/// The Comments & Review dock's content. Follows the selection: shows the item's
/// owning department, its review status (journeys and touchpoints) and its comment
/// thread, and lets the user comment, reply, resolve and change the review — each an
/// undo command. Below, a department filter lists the items a department owns.
class CommentsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CommentsPanel(AppContext &context, QWidget *parent = nullptr);

    /// Shows `itemId` (normally from the selection).
    void showItem(const Id &itemId);
    Id currentItem() const { return m_itemId; }

    /// Adds a comment (or, with a comment selected in the thread, a reply) as the user
    /// in the settings; false when the text is empty or no item is shown.
    bool addComment(const QString &text);
    /// Resolves or reopens the comment selected in the thread.
    bool toggleResolved();
    /// Sets the review status of the shown item.
    bool setReviewStatus(ReviewStatus status);
    /// Lists the items owned by a department.
    void setDepartmentFilter(const Id &departmentId);

private:
    void setDocument(Document *document);
    void refresh();
    void refreshThread();
    void refreshDepartments();
    void refreshOwned();

    AppContext &m_context;
    QPointer<Document> m_document;
    Id m_itemId;
    Id m_departmentFilter;
    bool m_updating = false;

    QLabel *m_item = nullptr;
    QLabel *m_owner = nullptr;
    QComboBox *m_review = nullptr;
    QLabel *m_reviewStamp = nullptr;
    QListWidget *m_thread = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_resolve = nullptr;
    QComboBox *m_departments = nullptr;
    QListWidget *m_owned = nullptr;
};

} // namespace omnimap
