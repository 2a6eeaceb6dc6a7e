#include "commentspanel.h"

#include "commentcommands.h"
#include "useridentity.h"

#include "document/document.h"
#include "merge/mergeconflict.h"
#include "merge/ownership.h"
#include "model/lookup.h"
#include "app/shell/appcontext.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace omnimap {

namespace {

QString reviewLabel(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Draft: return CommentsPanel::tr("Draft");
    case ReviewStatus::InReview: return CommentsPanel::tr("In review");
    case ReviewStatus::Approved: return CommentsPanel::tr("Approved");
    }
    return {};
}

QString departmentName(const Project &project, const Id &id)
{
    const Department *d = findById(project.departments, id);
    return d ? d->name : id;
}

QString describe(const ItemInfo &info)
{
    QString text = itemKindLabel(info.kind);
    if (!info.name.isEmpty())
        text += QStringLiteral(" \u201C") + info.name + QStringLiteral("\u201D");
    return text;
}

} // namespace

CommentsPanel::CommentsPanel(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    m_item = new QLabel(this);
    m_item->setObjectName(QStringLiteral("itemLabel"));
    m_item->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_item->setWordWrap(true);
    layout->addWidget(m_item);

    auto *form = new QFormLayout;
    m_owner = new QLabel(this);
    form->addRow(tr("Owner:"), m_owner);
    auto *reviewRow = new QHBoxLayout;
    m_review = new QComboBox(this);
    m_review->setObjectName(QStringLiteral("reviewStatus"));
    for (const ReviewStatus status : {ReviewStatus::Draft, ReviewStatus::InReview, ReviewStatus::Approved})
        m_review->addItem(reviewLabel(status), int(status));
    reviewRow->addWidget(m_review);
    m_reviewStamp = new QLabel(this);
    m_reviewStamp->setStyleSheet(QStringLiteral("color: palette(mid);"));
    reviewRow->addWidget(m_reviewStamp, 1);
    form->addRow(tr("Review:"), reviewRow);
    layout->addLayout(form);

    m_thread = new QListWidget(this);
    m_thread->setObjectName(QStringLiteral("thread"));
    m_thread->setWordWrap(true);
    m_thread->setAlternatingRowColors(true);
    layout->addWidget(m_thread, 2);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("commentText"));
    m_text->setPlaceholderText(tr("Write a comment (Ctrl+Enter to send); select a message to reply to it"));
    m_text->setMaximumHeight(70);
    layout->addWidget(m_text);
    auto *buttons = new QHBoxLayout;
    m_resolve = new QPushButton(tr("&Resolve"), this);
    m_resolve->setObjectName(QStringLiteral("resolveComment"));
    m_add = new QPushButton(tr("&Comment"), this);
    m_add->setObjectName(QStringLiteral("addComment"));
    buttons->addWidget(m_resolve);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    layout->addLayout(buttons);

    auto *ownedBox = new QGroupBox(tr("Owned by department"), this);
    auto *ownedLayout = new QVBoxLayout(ownedBox);
    m_departments = new QComboBox(ownedBox);
    m_departments->setObjectName(QStringLiteral("departmentFilter"));
    ownedLayout->addWidget(m_departments);
    m_owned = new QListWidget(ownedBox);
    m_owned->setObjectName(QStringLiteral("ownedItems"));
    ownedLayout->addWidget(m_owned);
    layout->addWidget(ownedBox, 1);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addComment(m_text->toPlainText()))
            m_text->clear();
    });
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_text);
    send->setContext(Qt::WidgetShortcut);
    connect(send, &QShortcut::activated, m_add, &QPushButton::click);
    connect(m_resolve, &QPushButton::clicked, this, [this] { toggleResolved(); });
    connect(m_thread, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem *item = m_thread->currentItem();
        m_resolve->setEnabled(item != nullptr);
        m_resolve->setText(item && item->data(Qt::UserRole + 1).toBool() ? tr("&Reopen") : tr("&Resolve"));
    });
    connect(m_review, &QComboBox::activated, this, [this](int index) {
        setReviewStatus(ReviewStatus(m_review->itemData(index).toInt()));
    });
    connect(m_departments, &QComboBox::activated, this, [this](int index) {
        setDepartmentFilter(m_departments->itemData(index).toString());
    });
    connect(m_owned, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_context.revealItem(item->data(Qt::UserRole).toString());
    });
    connect(&context, &AppContext::selectionChanged, this, [this](const QList<Id> &ids) {
        showItem(ids.isEmpty() ? Id() : ids.constFirst());
    });
    connect(&context, &AppContext::documentReplaced, this, &CommentsPanel::setDocument);
    setDocument(context.document());
}

void CommentsPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_itemId.clear();
    if (document)
        connect(document, &Document::changed, this, [this] { refresh(); });
    refreshDepartments();
    refresh();
}

void CommentsPanel::showItem(const Id &itemId)
{
    m_itemId = itemId;
    refresh();
}

void CommentsPanel::refresh()
{
    m_updating = true;
    const std::optional<ItemInfo> info = m_document ? describeItem(m_document->project(), m_itemId)
                                                    : std::nullopt;
    m_item->setText(info ? describe(*info) : tr("Select an item on the map to see its comments."));
    m_owner->setText(info && !info->ownerDepartmentId.isEmpty()
                         ? departmentName(m_document->project(), info->ownerDepartmentId)
                         : tr("(no owner)"));
    m_review->setEnabled(info && info->hasReview);
    m_review->setCurrentIndex(info && info->hasReview ? m_review->findData(int(info->review.status)) : 0);
    m_reviewStamp->setText(info && info->hasReview && !info->review.by.isEmpty()
                               ? tr("by %1, %2").arg(info->review.by, info->review.at)
                               : QString());
    m_text->setEnabled(info.has_value());
    m_add->setEnabled(info.has_value());
    refreshThread();
    refreshDepartments();
    m_updating = false;
}

void CommentsPanel::refreshThread()
{
    const Id selected = m_thread->currentItem() ? m_thread->currentItem()->data(Qt::UserRole).toString() : Id();
    m_thread->clear();
    if (m_document && !m_itemId.isEmpty()) {
        for (const Comment &c : commentThread(m_document->project(), m_itemId)) {
            const QString when = QDateTime::fromString(c.time, Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            QString header = c.author;
            if (!c.department.isEmpty())
                header += QStringLiteral(" \u00B7 ") + c.department;
            header += QStringLiteral(" \u00B7 ") + (when.isEmpty() ? c.time : when);
            if (c.resolved)
                header += QStringLiteral(" \u00B7 \u2713 ") + tr("resolved");
            const QString indent = c.replyToId.isEmpty() ? QString() : QStringLiteral("    \u21B3 ");
            auto *item = new QListWidgetItem(indent + header + QLatin1Char('\n') + indent + c.text, m_thread);
            item->setData(Qt::UserRole, c.id);
            item->setData(Qt::UserRole + 1, c.resolved);
            if (c.resolved)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            if (c.id == selected)
                m_thread->setCurrentItem(item);
        }
    }
    m_resolve->setEnabled(m_thread->currentItem() != nullptr);
}

void CommentsPanel::refreshDepartments()
{
    m_departments->clear();
    m_departments->addItem(tr("Choose a department\u2026"), QString());
    if (m_document) {
        for (const Department &d : m_document->project().departments)
            m_departments->addItem(d.name, d.id);
    }
    const int index = m_departments->findData(m_departmentFilter);
    m_departments->setCurrentIndex(index < 0 ? 0 : index);
    refreshOwned();
}

void CommentsPanel::refreshOwned()
{
    m_owned->clear();
    if (!m_document || m_departmentFilter.isEmpty())
        return;
    for (const ItemInfo &info : itemsOwnedBy(m_document->project(), m_departmentFilter)) {
        auto *item = new QListWidgetItem(describe(info), m_owned);
        item->setData(Qt::UserRole, info.id);
    }
    if (m_owned->count() == 0)
        new QListWidgetItem(tr("(nothing owned yet)"), m_owned);
}

bool CommentsPanel::addComment(const QString &text)
{
    if (!m_document || m_itemId.isEmpty() || text.trimmed().isEmpty())
        return false;
    ensureUserIdentity(window());
    const UserIdentity user = currentUserIdentity();
    Comment comment;
    comment.id = newId();
    comment.itemId = m_itemId;
    if (const QListWidgetItem *selected = m_thread->currentItem())
        comment.replyToId = selected->data(Qt::UserRole).toString();
    comment.author = user.name;
    comment.department = user.department;
    comment.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    comment.text = text.trimmed();
    m_document->undoStack()->push(new AddCommentCommand(m_document, comment));
    return true;
}

bool CommentsPanel::toggleResolved()
{
    const QListWidgetItem *selected = m_thread->currentItem();
    if (!m_document || !selected)
        return false;
    QUndoCommand *command = createResolveCommentCommand(m_document, selected->data(Qt::UserRole).toString(),
                                                        !selected->data(Qt::UserRole + 1).toBool());
    if (!command)
        return false;
    m_document->undoStack()->push(command);
    return true;
}

bool CommentsPanel::setReviewStatus(ReviewStatus status)
{
    if (!m_document || m_updating)
        return false;
    const std::optional<ItemInfo> info = describeItem(m_document->project(), m_itemId);
    if (!info || !info->hasReview || info->review.status == status)
        return false;
    ensureUserIdentity(window());
    Review review;
    review.status = status;
    review.by = currentUserIdentity().name;
    review.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QUndoCommand *command = createChangeReviewCommand(m_document, m_itemId, review);
    if (!command)
        return false;
    m_document->undoStack()->push(command);
    return true;
}

void CommentsPanel::setDepartmentFilter(const Id &departmentId)
{
    m_departmentFilter = departmentId;
    const int index = m_departments->findData(departmentId);
    m_departments->setCurrentIndex(index < 0 ? 0 : index);
    refreshOwned();
}

} // namespace omnimap
