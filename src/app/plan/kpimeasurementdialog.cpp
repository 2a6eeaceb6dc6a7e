#include "kpimeasurementdialog.h"

#include "ui_kpimeasurementdialog.h"

#include "plan/kpihistory.h"

#include <QDate>

#include <algorithm>

namespace omnimap {

KpiMeasurement newMeasurementFor(const Kpi &kpi)
{
    KpiMeasurement m;
    m.id = newId();
    m.date = QDate::currentDate().toString(Qt::ISODate);
    const KpiHistorySummary history = summariseHistory(kpi);
    m.actual = kpi.actual ? *kpi.actual : history.last ? history.last->actual : 0.0;
    return m;
}

KpiMeasurementDialog::KpiMeasurementDialog(const Kpi &kpi, const KpiMeasurement &initial, bool editing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::KpiMeasurementDialog>())
    , m_initial(initial)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("kpiMeasurementDialog"));
    setWindowTitle(editing ? tr("Edit recorded measurement of “%1”").arg(kpi.name)
                           : tr("Record measurement of “%1”").arg(kpi.name));
    const QDate date = QDate::fromString(initial.date, Qt::ISODate);
    m_ui->measurementDate->setDate(date.isValid() ? date : QDate::currentDate());
    m_ui->measurementActual->setValue(initial.actual);
    m_ui->measurementActual->setSuffix(kpi.unit == KpiUnit::Percent ? QStringLiteral(" %") : QString());
    m_ui->measurementNote->setText(initial.note);
    m_ui->measurementSource->setText(initial.source);
    QString hint;
    if (editing)
        hint = tr("Changing the date moves the record to its place in the history.");
    else if (kpi.actual)
        hint = tr("The value is prefilled with the one last measured on the data set.");
    else
        hint = tr("No value measured on the data set yet: type the value measured.");
    m_ui->hint->setText(hint);
}

KpiMeasurementDialog::~KpiMeasurementDialog() = default;

KpiMeasurement KpiMeasurementDialog::measurement() const
{
    KpiMeasurement m = m_initial; // keeps the id, the period start and unknown fields
    const QString date = m_ui->measurementDate->date().toString(Qt::ISODate);
    if (date != m.date && !m.periodStart.isEmpty() && m.periodStart > date)
        m.periodStart.clear(); // a period cannot start after its last day
    m.date = date;
    m.actual = m_ui->measurementActual->value();
    m.note = m_ui->measurementNote->text().trimmed();
    m.source = m_ui->measurementSource->text().trimmed();
    return m;
}

KpiMeasurementEditor dialogKpiMeasurementEditor()
{
    return [](const Kpi &kpi, const KpiMeasurement &initial, QWidget *parent) -> std::optional<KpiMeasurement> {
        const bool editing = std::any_of(kpi.measurements.cbegin(), kpi.measurements.cend(),
                                         [&initial](const KpiMeasurement &m) { return m.id == initial.id; });
        KpiMeasurementDialog dialog(kpi, initial, editing, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.measurement();
    };
}

} // namespace omnimap
