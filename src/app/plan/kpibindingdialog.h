#pragma once

#include "app/shell/appcontext.h"
#include "model/project.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class KpiBindingDialog;
}

namespace omnimap {

/// Edits a KPI's data-set binding: events of type X (at a stage, on a channel) divided
/// by events of type Z (…), within a window of days. The simulation area evaluates it.
/// The event types come from the open data set (editable: a type the data does not hold
/// yet can still be typed); stages and channels are the plan's, marked where the data
/// set has them, since the engine matches the plan's names against the data's.
class KpiBindingDialog final : public QDialog
{
    Q_OBJECT

public:
    KpiBindingDialog(const Project &project, const Kpi &kpi, const DataSetVocabulary &vocabulary,
                     QWidget *parent = nullptr);
    ~KpiBindingDialog() override;

    /// The binding as edited; nothing when "measured on the data set" is off.
    std::optional<KpiBinding> binding() const;

    QComboBox *numeratorType() const;
    QComboBox *numeratorStage() const;
    QComboBox *numeratorChannel() const;
    QComboBox *denominatorType() const;

private:
    void fillTypes(QComboBox *combo, const QString &current, bool optional);
    void fillStages(QComboBox *combo, const Id &current);
    void fillChannels(QComboBox *combo, const Id &current);
    void updateEnabled();

    std::unique_ptr<::Ui::KpiBindingDialog> m_ui;
    const Project &m_project;
    Id m_journeyId;
    DataSetVocabulary m_vocabulary;
};

/// How the KPI table asks for a binding; tests replace it. Returns nothing when the
/// user cancelled, else the new binding (which may be "no binding").
using KpiBindingEditor = std::function<std::optional<std::optional<KpiBinding>>(
    const Project &, const Kpi &, const DataSetVocabulary &, QWidget *parent)>;

/// The real dialog.
KpiBindingEditor dialogKpiBindingEditor();

} // namespace omnimap
