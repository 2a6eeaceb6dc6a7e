#pragma once

#include "inspectorsection.h"

class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace omnimap {

/// The touchpoint fields the user guide promises beside title and message: the
/// channel's role at this stage (level and purpose, the role matrix's cell), the cost
/// in the plan's currency, the assets used and tags.
class TouchpointPlanFields final : public InspectorSection
{
    Q_OBJECT

public:
    explicit TouchpointPlanFields(QWidget *parent = nullptr);

    QComboBox *roleCombo() const { return m_role; }
    QLineEdit *purposeEdit() const { return m_purpose; }
    QDoubleSpinBox *costSpin() const { return m_cost; }
    QPlainTextEdit *assetsEdit() const { return m_assets; }
    QLineEdit *tagsEdit() const { return m_tags; }
    /// The plan's KPIs (of this journey or the whole plan); checked ones list this card
    /// in their touchpointIds, so the card counts as measured.
    QListWidget *kpiList() const { return m_kpis; }

protected:
    void fill() override;

private:
    const Touchpoint *touchpoint() const;
    void commitRole();
    void commitKpi(const Id &kpiId, bool measures);

    QComboBox *m_role;
    QLineEdit *m_purpose;
    QDoubleSpinBox *m_cost;
    QPlainTextEdit *m_assets;
    QLineEdit *m_tags;
    QListWidget *m_kpis;
};

/// Tags typed as "a, b, c": trimmed, empty ones and repeats dropped.
QStringList splitTags(const QString &text);

} // namespace omnimap
