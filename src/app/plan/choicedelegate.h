#pragma once

#include <QStyledItemDelegate>

namespace omnimap {

/// Item data roles shared by the plan tables.
enum PlanItemRole {
    ChoicesRole = Qt::UserRole + 100, ///< QVariantList of QVariantList{label, value}: edit with a combo box
    SortRole,                         ///< raw value for sorting (numbers sort as numbers)
    ItemIdRole,                       ///< the model item's id
};

/// Edits cells whose model offers ChoicesRole with a combo box (role level, unit,
/// direction, stage, status); other cells get the default editor.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace omnimap
