#pragma once

#include "model/common.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace omnimap {

class Document;
struct Kpi;

/// The project's KPIs as a table, one row per KPI. Every editable cell's setData
/// pushes one undo command (ChangeValueCommand<Kpi>); the model follows the document's
/// change events instead of editing its own copy.
class KpiTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name, Journey, Stage, Channel, Unit, Currency, Baseline, Target, Direction, Owner, Binding, Actual,
        Simulated, Recorded, Movement, ColumnCount
    };

    explicit KpiTableModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    /// Re-reads the KPI list (after a change event).
    void reload();
    /// Updates one row in place (a KPI changed): keeps the view's selection and sorting.
    void refreshKpi(const Id &kpiId);

    Id kpiIdAt(int row) const;
    int rowOf(const Id &kpiId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    QVariant displayValue(const Kpi &kpi, int column) const;
    QVariant editValue(const Kpi &kpi, int column) const;
    QVariant choices(const Kpi &kpi, int column) const;
    QString formatValue(const Kpi &kpi, double value) const;
    QString movementText(const Kpi &kpi) const;

    QPointer<Document> m_document;
};

} // namespace omnimap
