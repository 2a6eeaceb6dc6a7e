#pragma once

#include "model/common.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace omnimap {
struct Checklist;
}

namespace omnimap {

class Document;
struct Checklist;

/// One checklist as a table: a row per item (category, text), a column per channel it
/// was applied to; each cell is the item's result on that channel. setData pushes one
/// undo command per edit; a status set on an undated cell gets today's date and the
/// default reviewer.
class ChecklistResultModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { StatusRole = Qt::UserRole + 1, NoteRole, EvidenceRole, ReviewerRole, DateRole };
    static constexpr int kFirstChannelColumn = 2;

    explicit ChecklistResultModel(QObject *parent = nullptr);

    void setChecklist(Document *document, const Id &checklistId);
    Id checklistId() const { return m_checklistId; }
    void reload();
    /// Who is reviewing (stored with each result the user sets).
    void setDefaultReviewer(const QString &reviewer) { m_reviewer = reviewer; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    bool setItemData(const Checklist &checklist, const QModelIndex &index, const QVariant &value, int role);

    const Checklist *checklist() const;

    QPointer<Document> m_document;
    Id m_checklistId;
    QString m_reviewer;
};

/// "Pass", "Fail", "N/A", "Unchecked", translated.
QString checkStatusName(int status);

} // namespace omnimap
