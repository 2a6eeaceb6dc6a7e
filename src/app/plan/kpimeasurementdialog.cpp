#include "kpimeasurementdialog.h"

#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace omnimap {

KpiMeasurementDialog::KpiMeasurementDialog(const Kpi &kpi, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_value(new QDoubleSpinBox(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("kpiMeasurementDialog"));
    setWindowTitle(tr("Record measurement of “%1”").arg(kpi.name));
    m_date->setObjectName(QStringLiteral("measurementDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_value->setObjectName(QStringLiteral("measurementActual"));
    m_value->setRange(-1e12, 1e12);
    m_value->setDecimals(2);
    m_value->setValue(kpi.actual.value_or(0.0));
    m_value->setSuffix(kpi.unit == KpiUnit::Percent ? QStringLiteral(" %") : QString());
    m_note->setObjectName(QStringLiteral("measurementNote"));
    m_note->setPlaceholderText(tr("What was measured, or what changed since (optional)"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Note:"), m_note);
    auto *hint = new QLabel(kpi.actual ? tr("The value is prefilled with the one last measured on the data set.")
                                       : tr("No value measured on the data set yet: type the value measured."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

KpiMeasurement KpiMeasurementDialog::measurement() const
{
    KpiMeasurement m;
    m.id = newId();
    m.date = m_date->date().toString(Qt::ISODate);
    m.actual = m_value->value();
    m.note = m_note->text().trimmed();
    return m;
}

KpiMeasurementEditor dialogKpiMeasurementEditor()
{
    return [](const Kpi &kpi, QWidget *parent) -> std::optional<KpiMeasurement> {
        KpiMeasurementDialog dialog(kpi, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.measurement();
    };
}

} // namespace omnimap
