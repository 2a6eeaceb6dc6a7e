#include "checklistresultmodel.h"

#include "choicedelegate.h"
#include "document/commands/plan/plancommands.h"
#include "document/document.h"
#include "model/lookup.h"
#include "plan/checklisttemplates.h"

#include <QColor>
#include <QDate>

namespace omnimap {

QString checkStatusName(int status)
{
    switch (CheckStatus(status)) {
    case CheckStatus::Pass: return ChecklistResultModel::tr("Pass");
    case CheckStatus::Fail: return ChecklistResultModel::tr("Fail");
    case CheckStatus::NotApplicable: return ChecklistResultModel::tr("N/A");
    case CheckStatus::Unchecked: break;
    }
    return ChecklistResultModel::tr("Unchecked");
}

ChecklistResultModel::ChecklistResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChecklistResultModel::setChecklist(Document *document, const Id &checklistId)
{
    beginResetModel();
    m_document = document;
    m_checklistId = checklistId;
    endResetModel();
}

void ChecklistResultModel::reload()
{
    beginResetModel();
    endResetModel();
}

const Checklist *ChecklistResultModel::checklist() const
{
    return m_document ? findById(m_document->project().checklists, m_checklistId) : nullptr;
}

int ChecklistResultModel::rowCount(const QModelIndex &parent) const
{
    const Checklist *c = checklist();
    return parent.isValid() || !c ? 0 : int(c->items.size());
}

int ChecklistResultModel::columnCount(const QModelIndex &parent) const
{
    const Checklist *c = checklist();
    return parent.isValid() || !c ? 0 : kFirstChannelColumn + int(c->channelIds.size());
}

QVariant ChecklistResultModel::data(const QModelIndex &index, int role) const
{
    const Checklist *c = checklist();
    if (!c || !index.isValid() || index.row() >= c->items.size())
        return {};
    const ChecklistItem &item = c->items.at(index.row());
    if (index.column() < kFirstChannelColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return index.column() == 0 ? checklistCategoryName(item.category) : item.text;
        if (role == Qt::ToolTipRole && index.column() == 1)
            return item.requiresParity
                ? tr("Must hold identically on every channel (promotion parity is checked automatically).")
                : tr("Check the box when the item must hold identically on every channel.");
        if (role == Qt::CheckStateRole && index.column() == 1)
            return item.requiresParity ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DecorationRole)
            return {};
        return {};
    }
    const Id channelId = c->channelIds.value(index.column() - kFirstChannelColumn);
    const CheckResult *result = findCheckResult(*c, item.id, channelId);
    const CheckStatus status = result ? result->status : CheckStatus::Unchecked;
    switch (role) {
    case Qt::DisplayRole: {
        // A symbol per status, so the grid reads without colour.
        static const QString symbols[] = {QStringLiteral("○"), QStringLiteral("✔"), QStringLiteral("✘"),
                                          QStringLiteral("–")};
        QString text = symbols[int(status)] + QLatin1Char(' ') + checkStatusName(int(status));
        if (result && !result->note.isEmpty())
            text += QStringLiteral(" ✎");
        return text;
    }
    case Qt::EditRole:
    case StatusRole: return int(status);
    case NoteRole: return result ? result->note : QString();
    case EvidenceRole: return result ? result->evidence : QString();
    case ReviewerRole: return result ? result->reviewer : QString();
    case DateRole: return result ? result->date : QString();
    case ItemIdRole: return item.id;
    case ChoicesRole: {
        QVariantList list;
        for (const CheckStatus s : {CheckStatus::Unchecked, CheckStatus::Pass, CheckStatus::Fail,
                                    CheckStatus::NotApplicable})
            list << QVariant(QVariantList{checkStatusName(int(s)), int(s)});
        return list;
    }
    case Qt::BackgroundRole:
        switch (status) {
        case CheckStatus::Pass: return QColor(0x2e, 0x9d, 0x5b, 60);
        case CheckStatus::Fail: return QColor(0xd6, 0x45, 0x45, 70);
        case CheckStatus::NotApplicable: return QColor(0x88, 0x88, 0x88, 40);
        case CheckStatus::Unchecked: return {};
        }
        return {};
    case Qt::ToolTipRole: {
        if (!result)
            return tr("Not checked yet");
        QStringList lines{checkStatusName(int(status))};
        if (!result->note.isEmpty())
            lines << tr("Note: %1").arg(result->note);
        if (!result->evidence.isEmpty())
            lines << tr("Evidence: %1").arg(result->evidence);
        if (!result->reviewer.isEmpty() || !result->date.isEmpty())
            lines << tr("Reviewed by %1 on %2").arg(result->reviewer, result->date);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignCenter);
    default: return {};
    }
}

QVariant ChecklistResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const Checklist *c = checklist();
    if (!c || orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Category");
    if (section == 1)
        return tr("Item");
    const Id channelId = c->channelIds.value(section - kFirstChannelColumn);
    const Channel *channel = findById(m_document->project().channels, channelId);
    return channel ? channel->name : channelId;
}

Qt::ItemFlags ChecklistResultModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_document && !m_document->isReadOnly()) {
        f |= Qt::ItemIsEditable; // results; and the item's category and text (column 0, 1)
        if (index.column() == 1)
            f |= Qt::ItemIsUserCheckable; // requiresParity
    }
    return f;
}

bool ChecklistResultModel::setItemData(const Checklist &c, const QModelIndex &index, const QVariant &value, int role)
{
    QList<ChecklistItem> items = c.items;
    ChecklistItem &item = items[index.row()];
    QString text;
    if (index.column() == 1 && role == Qt::CheckStateRole) {
        item.requiresParity = value.toInt() == Qt::Checked;
        text = tr("Change checklist item parity");
    } else if (role == Qt::EditRole && index.column() == 1) {
        const QString typed = value.toString().trimmed();
        if (typed.isEmpty())
            return false; // an item must say something
        item.text = typed;
        text = tr("Edit checklist item");
    } else if (role == Qt::EditRole && index.column() == 0) {
        // A known category may be typed in the UI language; it is stored by its key.
        const QString typed = value.toString().trimmed();
        item.category = typed;
        for (const char *key : {"tone", "visual", "message", "promotion", "service", "privacy"})
            if (checklistCategoryName(QLatin1String(key)) == typed)
                item.category = QLatin1String(key);
        text = tr("Change checklist item category");
    } else {
        return false;
    }
    const ChecklistItem &before = c.items.at(index.row());
    if (item.text == before.text && item.category == before.category && item.requiresParity == before.requiresParity)
        return false;
    m_document->undoStack()->push(setChecklistItems(m_document, m_checklistId, items, text));
    return true;
}

bool ChecklistResultModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Checklist *c = checklist();
    if (!c || !(flags(index) & Qt::ItemIsEditable) || index.row() >= c->items.size())
        return false;
    if (index.column() < kFirstChannelColumn)
        return setItemData(*c, index, value, role);
    const ChecklistItem &item = c->items.at(index.row());
    const Id channelId = c->channelIds.value(index.column() - kFirstChannelColumn);
    const CheckResult *existing = findCheckResult(*c, item.id, channelId);
    CheckResult result = existing ? *existing : CheckResult{};
    result.itemId = item.id;
    result.channelId = channelId;
    switch (role) {
    case Qt::EditRole:
    case StatusRole:
        result.status = CheckStatus(qBound(0, value.toInt(), 3));
        if (result.status != CheckStatus::Unchecked) {
            if (result.date.isEmpty())
                result.date = QDate::currentDate().toString(Qt::ISODate);
            if (result.reviewer.isEmpty())
                result.reviewer = m_reviewer;
        }
        break;
    case NoteRole: result.note = value.toString(); break;
    case EvidenceRole: result.evidence = value.toString().trimmed(); break;
    case ReviewerRole: result.reviewer = value.toString().trimmed(); break;
    case DateRole: result.date = value.toString(); break;
    default: return false;
    }
    if (existing && existing->status == result.status && existing->note == result.note
        && existing->evidence == result.evidence && existing->reviewer == result.reviewer
        && existing->date == result.date)
        return false;
    if (!existing && result.status == CheckStatus::Unchecked && result.note.isEmpty() && result.evidence.isEmpty())
        return false;
    m_document->undoStack()->push(setCheckResult(m_document, m_checklistId, result));
    return true;
}

} // namespace omnimap
