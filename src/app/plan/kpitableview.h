#pragma once

#include "documentview.h"
#include "kpibindingdialog.h"
#include "kpimeasurementdialog.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace omnimap {

class KpiHistoryDialog;
class KpiTableModel;

/// The KPI tab: every KPI of the project in a sortable, filterable table, edited in
/// place (each edit one undo step); add from the KPI library or as a custom KPI,
/// remove, and edit the data-set binding. Keys: Insert adds a custom KPI, Delete
/// removes the selected one, Ctrl+F filters, Ctrl+B edits the binding. Record
/// measurement… stores a dated value in the KPI's history (History… edits it).
class KpiTableView final : public DocumentView
{
    Q_OBJECT

public:
    explicit KpiTableView(Document *document, QWidget *parent = nullptr);
    KpiTableView(AppContext &context, QWidget *parent);

    QTableView *table() const { return m_table; }
    KpiTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    void setFilterText(const QString &text);
    void setBindingEditor(KpiBindingEditor editor) { m_bindingEditor = std::move(editor); }

    /// Adds a KPI from the library (or a custom one when key is empty), scoped to the
    /// current journey; selects it and returns its id.
    Id addKpi(const QString &libraryKey = {});
    void removeSelected();
    void editBindingOfSelected();
    /// Records a measurement (date, value, note) into the selected KPI's history, undoably.
    void recordMeasurementOfSelected();
    void setMeasurementEditor(KpiMeasurementEditor editor) { m_measurementEditor = std::move(editor); }
    /// Opens the selected KPI's recorded history (edit, delete a record).
    void showHistoryOfSelected();
    /// Tests and the screenshot tool: called with the history dialog instead of exec().
    void setHistoryHandler(std::function<void(KpiHistoryDialog *)> handler) { m_historyShown = std::move(handler); }
    /// The id of the KPI in the current row.
    Id selectedKpiId() const;

protected:
    void documentReset() override;
    void documentChanged(const ChangeEvent &event) override;
    void currentJourneyChanged(const Id &journeyId) override;

private:
    void build();
    void select(const Id &kpiId);

    KpiTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    Id m_journeyId;
    KpiBindingEditor m_bindingEditor = dialogKpiBindingEditor();
    KpiMeasurementEditor m_measurementEditor = dialogKpiMeasurementEditor();
    std::function<void(KpiHistoryDialog *)> m_historyShown;
};

} // namespace omnimap
