#pragma once

#include "kpimeasurementdialog.h"

#include <QDialog>
#include <QPointer>

class QPushButton;
class QTableWidget;

namespace omnimap {

class Document;

/// A KPI's recorded history, newest last: every record with its date, value, note and
/// source; Record…, Edit… and Delete act on the plan at once, each one undo step
/// (Ctrl+Z in the main window undoes them). Follows the document while open.
class KpiHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    KpiHistoryDialog(Document *document, const Id &kpiId, KpiMeasurementEditor editor, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// The record in the current row ("" when none).
    Id selectedMeasurementId() const;
    void selectMeasurement(const Id &measurementId);
    void recordNew();
    void editSelected();
    void deleteSelected();

private:
    void reload();
    const Kpi *kpi() const;

    QPointer<Document> m_document;
    Id m_kpiId;
    KpiMeasurementEditor m_editor;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_record;
};

} // namespace omnimap
