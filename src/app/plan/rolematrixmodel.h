#pragma once

#include "model/common.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace omnimap {

class Document;
struct Journey;

/// The channel role matrix of one journey: a row per swimlane (channel), a column per
/// stage, as on the map. Each cell is the channel's role at that stage; setData pushes
/// an undo command, and the model resets when the document says the roles changed.
class RoleMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        LevelRole = Qt::UserRole + 1, ///< int(RoleLevel); also Qt::EditRole
        PurposeRole,                  ///< QString
        OwnerRole,                    ///< department id
        StageIdRole,
        ChannelIdRole,
    };

    explicit RoleMatrixModel(QObject *parent = nullptr);

    void setJourney(Document *document, const Id &journeyId);
    Id journeyId() const { return m_journeyId; }
    /// Re-reads the journey (after a change event).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    const Journey *journey() const;

    QPointer<Document> m_document;
    Id m_journeyId;
};

/// Translated name of a role level ("Primary").
QString roleLevelName(int level);

} // namespace omnimap
