#pragma once

#include "model/kpi.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class KpiMeasurementDialog;
}

namespace omnimap {

/// Asks for one record of a KPI's history: the date it describes, the value, a note
/// ("after the spring campaign") and where it came from. `initial` is what the form
/// starts with (a new record prefilled, or the record being edited; its id is kept).
/// Returns nothing when cancelled.
using KpiMeasurementEditor =
    std::function<std::optional<KpiMeasurement>(const Kpi &kpi, const KpiMeasurement &initial, QWidget *parent)>;

KpiMeasurementEditor dialogKpiMeasurementEditor();

/// A new record for `kpi` as the Record measurement dialog starts it: today, the value
/// last measured on the data set (or the last recorded one), no note.
KpiMeasurement newMeasurementFor(const Kpi &kpi);

class KpiMeasurementDialog final : public QDialog
{
    Q_OBJECT

public:
    KpiMeasurementDialog(const Kpi &kpi, const KpiMeasurement &initial, bool editing, QWidget *parent = nullptr);
    ~KpiMeasurementDialog() override;

    KpiMeasurement measurement() const;
    ::Ui::KpiMeasurementDialog *form() const { return m_ui.get(); }

private:
    std::unique_ptr<::Ui::KpiMeasurementDialog> m_ui;
    KpiMeasurement m_initial;
};

} // namespace omnimap
