#pragma once

#include "model/kpi.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace omnimap {

/// Asks for one measurement to record into a KPI's history: the date it describes, the
/// value (prefilled with the value measured on the data set, when there is one) and a
/// note ("after the spring campaign"). Returns nothing when cancelled.
using KpiMeasurementEditor = std::function<std::optional<KpiMeasurement>(const Kpi &kpi, QWidget *parent)>;

KpiMeasurementEditor dialogKpiMeasurementEditor();

class KpiMeasurementDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit KpiMeasurementDialog(const Kpi &kpi, QWidget *parent = nullptr);

    KpiMeasurement measurement() const;

private:
    QDateEdit *m_date;
    QDoubleSpinBox *m_value;
    QLineEdit *m_note;
};

} // namespace omnimap
