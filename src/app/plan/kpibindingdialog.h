#pragma once

#include "model/project.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace omnimap {

/// Edits a KPI's data-set binding: events of type X (at a stage, on a channel) divided
/// by events of type Z (…), within a window of days. The simulation area evaluates it.
class KpiBindingDialog final : public QDialog
{
    Q_OBJECT

public:
    KpiBindingDialog(const Project &project, const Kpi &kpi, QWidget *parent = nullptr);

    /// The binding as edited; nothing when "measured on the data set" is off.
    std::optional<KpiBinding> binding() const;

private:
    QComboBox *stageCombo(const Project &project, const Id &journeyId, const Id &current);
    QComboBox *channelCombo(const Project &project, const Id &current);

    QCheckBox *m_bound = nullptr;
    QLineEdit *m_numeratorType = nullptr;
    QComboBox *m_numeratorStage = nullptr;
    QComboBox *m_numeratorChannel = nullptr;
    QLineEdit *m_denominatorType = nullptr;
    QComboBox *m_denominatorStage = nullptr;
    QComboBox *m_denominatorChannel = nullptr;
    QSpinBox *m_window = nullptr;
};

/// How the KPI table asks for a binding; tests replace it. Returns nothing when the
/// user cancelled, else the new binding (which may be "no binding").
using KpiBindingEditor =
    std::function<std::optional<std::optional<KpiBinding>>(const Project &, const Kpi &, QWidget *parent)>;

/// The real dialog.
KpiBindingEditor dialogKpiBindingEditor();

} // namespace omnimap
