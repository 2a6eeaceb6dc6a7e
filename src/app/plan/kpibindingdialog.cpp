#include "kpibindingdialog.h"

#include "model/lookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace omnimap {

KpiBindingDialog::KpiBindingDialog(const Project &project, const Kpi &kpi, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Data binding of “%1”").arg(kpi.name));
    const KpiBinding b = kpi.binding.value_or(KpiBinding{});
    m_bound = new QCheckBox(tr("&Measure this KPI on the data set"), this);
    m_bound->setChecked(kpi.binding.has_value());
    m_numeratorType = new QLineEdit(b.numeratorEventType, this);
    m_numeratorType->setPlaceholderText(tr("event type, e.g. purchase"));
    m_numeratorStage = stageCombo(project, kpi.journeyId, b.numeratorStageId);
    m_numeratorChannel = channelCombo(project, b.numeratorChannelId);
    m_denominatorType = new QLineEdit(b.denominatorEventType, this);
    m_denominatorType->setPlaceholderText(tr("empty: the KPI is a count"));
    m_denominatorStage = stageCombo(project, kpi.journeyId, b.denominatorStageId);
    m_denominatorChannel = channelCombo(project, b.denominatorChannelId);
    m_window = new QSpinBox(this);
    m_window->setRange(0, 3650);
    m_window->setSpecialValueText(tr("whole data set"));
    m_window->setSuffix(tr(" days"));
    m_window->setValue(b.windowDays);

    auto *form = new QFormLayout(this);
    form->addRow(m_bound);
    form->addRow(new QLabel(tr("<b>Count events</b>"), this));
    form->addRow(tr("&Type:"), m_numeratorType);
    form->addRow(tr("At &stage:"), m_numeratorStage);
    form->addRow(tr("On &channel:"), m_numeratorChannel);
    form->addRow(new QLabel(tr("<b>Divided by events</b>"), this));
    form->addRow(tr("T&ype:"), m_denominatorType);
    form->addRow(tr("At s&tage:"), m_denominatorStage);
    form->addRow(tr("On c&hannel:"), m_denominatorChannel);
    form->addRow(tr("&Window:"), m_window);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QComboBox *KpiBindingDialog::stageCombo(const Project &project, const Id &journeyId, const Id &current)
{
    auto *combo = new QComboBox(this);
    combo->addItem(tr("any stage"), QString());
    for (const Journey &j : project.journeys) {
        if (!journeyId.isEmpty() && j.id != journeyId)
            continue;
        for (const Stage &s : j.stages)
            combo->addItem(s.name, s.id);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    return combo;
}

QComboBox *KpiBindingDialog::channelCombo(const Project &project, const Id &current)
{
    auto *combo = new QComboBox(this);
    combo->addItem(tr("any channel"), QString());
    for (const Channel &c : project.channels)
        combo->addItem(c.name, c.id);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    return combo;
}

std::optional<KpiBinding> KpiBindingDialog::binding() const
{
    if (!m_bound->isChecked() || m_numeratorType->text().trimmed().isEmpty())
        return std::nullopt;
    KpiBinding b;
    b.numeratorEventType = m_numeratorType->text().trimmed();
    b.numeratorStageId = m_numeratorStage->currentData().toString();
    b.numeratorChannelId = m_numeratorChannel->currentData().toString();
    b.denominatorEventType = m_denominatorType->text().trimmed();
    b.denominatorStageId = m_denominatorStage->currentData().toString();
    b.denominatorChannelId = m_denominatorChannel->currentData().toString();
    b.windowDays = m_window->value();
    return b;
}

KpiBindingEditor dialogKpiBindingEditor()
{
    return [](const Project &project, const Kpi &kpi, QWidget *parent) -> std::optional<std::optional<KpiBinding>> {
        KpiBindingDialog dialog(project, kpi, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.binding();
    };
}

} // namespace omnimap
