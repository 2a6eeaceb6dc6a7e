#pragma once

#include "inspectorsection.h"

#include <QList>

class QDoubleSpinBox;
class QFormLayout;

namespace omnimap {

/// A stage's emotion scores for each persona on the map: the as-is score and the to-be
/// score (the improved experience; "—" when not set), −5 … +5 in half points. The same
/// values the curve's points are dragged to, typed exactly.
class StageEmotions final : public InspectorSection
{
    Q_OBJECT

public:
    explicit StageEmotions(QWidget *parent = nullptr);

    struct Row
    {
        Id personaId;
        QDoubleSpinBox *asIs = nullptr;
        QDoubleSpinBox *toBe = nullptr;
    };
    const QList<Row> &rows() const { return m_rows; }

protected:
    void fill() override;

private:
    void rebuild(const IdList &personaIds);
    void commit(const Id &personaId, bool toBe, double value);

    QFormLayout *m_form;
    QList<Row> m_rows;
};

} // namespace omnimap
