#include "rolematrixmodel.h"

#include "choicedelegate.h"
#include "document/commands/plan/plancommands.h"
#include "document/document.h"
#include "model/lookup.h"
#include "plan/rolesuggestions.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace omnimap {

QString roleLevelName(int level)
{
    switch (RoleLevel(level)) {
    case RoleLevel::Primary: return RoleMatrixModel::tr("Primary");
    case RoleLevel::Supporting: return RoleMatrixModel::tr("Supporting");
    case RoleLevel::None: break;
    }
    return RoleMatrixModel::tr("None");
}

RoleMatrixModel::RoleMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RoleMatrixModel::setJourney(Document *document, const Id &journeyId)
{
    beginResetModel();
    m_document = document;
    m_journeyId = journeyId;
    endResetModel();
}

void RoleMatrixModel::reload()
{
    beginResetModel();
    endResetModel();
}

const Journey *RoleMatrixModel::journey() const
{
    return m_document ? findById(m_document->project().journeys, m_journeyId) : nullptr;
}

int RoleMatrixModel::rowCount(const QModelIndex &parent) const
{
    const Journey *j = journey();
    return parent.isValid() || !j ? 0 : int(j->channelIds.size());
}

int RoleMatrixModel::columnCount(const QModelIndex &parent) const
{
    const Journey *j = journey();
    return parent.isValid() || !j ? 0 : int(j->stages.size());
}

QVariant RoleMatrixModel::data(const QModelIndex &index, int role) const
{
    const Journey *j = journey();
    if (!j || !index.isValid() || index.row() >= j->channelIds.size() || index.column() >= j->stages.size())
        return {};
    const Id &channelId = j->channelIds.at(index.row());
    const Id &stageId = j->stages.at(index.column()).id;
    const ChannelRole *cell = findRole(*j, stageId, channelId);
    const RoleLevel level = cell ? cell->level : RoleLevel::None;
    switch (role) {
    case Qt::DisplayRole: {
        // The marker shape carries the level too, so colour is never the only signal.
        const QString marker = level == RoleLevel::Primary ? QStringLiteral("●  ")
            : level == RoleLevel::Supporting                ? QStringLiteral("◐  ")
                                                            : QString();
        QString text = level == RoleLevel::None ? QString() : marker + roleLevelName(int(level));
        if (cell && !cell->purpose.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + cell->purpose;
        return text;
    }
    case Qt::EditRole:
    case LevelRole:
        return int(level);
    case PurposeRole:
        return cell ? cell->purpose : QString();
    case OwnerRole:
        return cell ? cell->ownerDepartmentId : Id();
    case StageIdRole:
        return stageId;
    case ChannelIdRole:
        return channelId;
    case ItemIdRole:
        return cell ? cell->id : Id();
    case ChoicesRole:
        return QVariantList{QVariantList{roleLevelName(int(RoleLevel::None)), int(RoleLevel::None)},
                            QVariantList{roleLevelName(int(RoleLevel::Supporting)), int(RoleLevel::Supporting)},
                            QVariantList{roleLevelName(int(RoleLevel::Primary)), int(RoleLevel::Primary)}};
    case Qt::BackgroundRole: {
        if (level == RoleLevel::None)
            return {};
        const Channel *channel = findById(m_document->project().channels, channelId);
        QColor color(channel && QColor::isValidColorName(channel->color) ? channel->color : QStringLiteral("#4C78A8"));
        color.setAlphaF(level == RoleLevel::Primary ? 0.45f : 0.18f);
        return color;
    }
    case Qt::FontRole:
        if (level == RoleLevel::Primary) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = roleLevelName(int(level));
        if (cell && !cell->purpose.isEmpty())
            tip += QStringLiteral(": ") + cell->purpose;
        if (cell) {
            if (const Department *d = findById(m_document->project().departments, cell->ownerDepartmentId))
                tip += QStringLiteral("\n") + tr("Owner: %1").arg(d->name);
        }
        return tip;
    }
    default:
        return {};
    }
}

QVariant RoleMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const Journey *j = journey();
    if (!j || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < j->stages.size() ? j->stages.at(section).name : QString();
    if (section >= j->channelIds.size())
        return {};
    const Channel *channel = findById(m_document->project().channels, j->channelIds.at(section));
    return channel ? channel->name : j->channelIds.at(section);
}

Qt::ItemFlags RoleMatrixModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_document && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool RoleMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid() || m_document->isReadOnly())
        return false;
    RoleLevel level = RoleLevel(data(index, LevelRole).toInt());
    QString purpose = data(index, PurposeRole).toString();
    Id owner = data(index, OwnerRole).toString();
    if (role == Qt::EditRole || role == LevelRole)
        level = RoleLevel(qBound(0, value.toInt(), 2));
    else if (role == PurposeRole)
        purpose = value.toString();
    else if (role == OwnerRole)
        owner = value.toString();
    else
        return false;
    if (level == RoleLevel(data(index, LevelRole).toInt()) && purpose == data(index, PurposeRole).toString()
        && owner == data(index, OwnerRole).toString())
        return false; // nothing changed: no empty undo step
    m_document->undoStack()->push(setChannelRole(m_document, m_journeyId, data(index, StageIdRole).toString(),
                                                 data(index, ChannelIdRole).toString(), level, purpose, owner));
    return true;
}

} // namespace omnimap
