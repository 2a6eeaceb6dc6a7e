#include "kpibindingdialog.h"

#include "ui_kpibindingdialog.h"

#include "model/lookup.h"

#include <QLineEdit>
#include <QStandardItemModel>

#include <algorithm>

namespace omnimap {

namespace {

/// Disables a combo item (a name the data set has but the plan does not).
void disableItem(QComboBox *combo, int index)
{
    if (auto *model = qobject_cast<QStandardItemModel *>(combo->model()))
        if (QStandardItem *item = model->item(index))
            item->setEnabled(false);
}

} // namespace

KpiBindingDialog::KpiBindingDialog(const Project &project, const Kpi &kpi, const DataSetVocabulary &vocabulary,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::KpiBindingDialog>())
    , m_project(project)
    , m_journeyId(kpi.journeyId)
    , m_vocabulary(vocabulary)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Data binding of “%1”").arg(kpi.name));
    const KpiBinding b = kpi.binding.value_or(KpiBinding{});
    m_ui->bound->setChecked(kpi.binding.has_value());
    m_ui->source->setText(vocabulary.eventTypes.isEmpty() && vocabulary.stages.isEmpty() && vocabulary.channels.isEmpty()
                              ? tr("No data set is open: open one (Data ▸ Open Data Set…) to pick its event "
                                   "types from a list.")
                              : tr("The lists show what the open data set holds; stages and channels marked "
                                   "“in the data” are found in it by name."));
    fillTypes(m_ui->numeratorType, b.numeratorEventType, false);
    fillTypes(m_ui->denominatorType, b.denominatorEventType, true);
    m_ui->numeratorType->lineEdit()->setPlaceholderText(tr("event type, e.g. purchase"));
    m_ui->denominatorType->lineEdit()->setPlaceholderText(tr("empty: the KPI is a count"));
    fillStages(m_ui->numeratorStage, b.numeratorStageId);
    fillStages(m_ui->denominatorStage, b.denominatorStageId);
    fillChannels(m_ui->numeratorChannel, b.numeratorChannelId);
    fillChannels(m_ui->denominatorChannel, b.denominatorChannelId);
    m_ui->window->setSpecialValueText(tr("whole data set"));
    m_ui->window->setSuffix(tr(" days"));
    m_ui->window->setValue(b.windowDays);
    connect(m_ui->bound, &QCheckBox::toggled, this, &KpiBindingDialog::updateEnabled);
    updateEnabled();
}

KpiBindingDialog::~KpiBindingDialog() = default;

QComboBox *KpiBindingDialog::numeratorType() const { return m_ui->numeratorType; }
QComboBox *KpiBindingDialog::numeratorStage() const { return m_ui->numeratorStage; }
QComboBox *KpiBindingDialog::numeratorChannel() const { return m_ui->numeratorChannel; }
QComboBox *KpiBindingDialog::denominatorType() const { return m_ui->denominatorType; }

void KpiBindingDialog::updateEnabled()
{
    const bool on = m_ui->bound->isChecked();
    m_ui->numeratorBox->setEnabled(on);
    m_ui->denominatorBox->setEnabled(on);
    m_ui->window->setEnabled(on);
}

void KpiBindingDialog::fillTypes(QComboBox *combo, const QString &current, bool optional)
{
    if (optional)
        combo->addItem(QString());
    combo->addItems(m_vocabulary.eventTypes);
    // A type saved earlier that the data set does not hold (yet) stays as typed.
    combo->setCurrentText(current);
}

void KpiBindingDialog::fillStages(QComboBox *combo, const Id &current)
{
    combo->addItem(tr("any stage"), QString());
    QStringList inPlan;
    for (const Journey &j : m_project.journeys) {
        if (!m_journeyId.isEmpty() && j.id != m_journeyId)
            continue;
        for (const Stage &s : j.stages) {
            const bool inData = m_vocabulary.stages.contains(s.name, Qt::CaseInsensitive);
            combo->addItem(inData ? tr("%1 — in the data").arg(s.name) : s.name, s.id);
            inPlan.append(s.name);
        }
    }
    for (const QString &name : m_vocabulary.stages) {
        if (inPlan.contains(name, Qt::CaseInsensitive))
            continue;
        combo->addItem(tr("%1 — only in the data (add the stage to the plan)").arg(name), QString());
        disableItem(combo, combo->count() - 1);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void KpiBindingDialog::fillChannels(QComboBox *combo, const Id &current)
{
    combo->addItem(tr("any channel"), QString());
    for (const Channel &c : m_project.channels) {
        const bool inData = m_vocabulary.channels.contains(c.name, Qt::CaseInsensitive);
        combo->addItem(inData ? tr("%1 — in the data").arg(c.name) : c.name, c.id);
    }
    for (const QString &name : m_vocabulary.channels) {
        const bool inPlan = std::any_of(m_project.channels.cbegin(), m_project.channels.cend(), [&name](const Channel &c) {
            return c.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (inPlan)
            continue;
        combo->addItem(tr("%1 — only in the data (add the channel to the plan)").arg(name), QString());
        disableItem(combo, combo->count() - 1);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

std::optional<KpiBinding> KpiBindingDialog::binding() const
{
    const QString numerator = m_ui->numeratorType->currentText().trimmed();
    if (!m_ui->bound->isChecked() || numerator.isEmpty())
        return std::nullopt;
    KpiBinding b;
    b.numeratorEventType = numerator;
    b.numeratorStageId = m_ui->numeratorStage->currentData().toString();
    b.numeratorChannelId = m_ui->numeratorChannel->currentData().toString();
    b.denominatorEventType = m_ui->denominatorType->currentText().trimmed();
    b.denominatorStageId = m_ui->denominatorStage->currentData().toString();
    b.denominatorChannelId = m_ui->denominatorChannel->currentData().toString();
    b.windowDays = m_ui->window->value();
    return b;
}

KpiBindingEditor dialogKpiBindingEditor()
{
    return [](const Project &project, const Kpi &kpi, const DataSetVocabulary &vocabulary,
              QWidget *parent) -> std::optional<std::optional<KpiBinding>> {
        KpiBindingDialog dialog(project, kpi, vocabulary, parent);
        dialog.setObjectName(QStringLiteral("kpiBindingDialog"));
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.binding();
    };
}

} // namespace omnimap
