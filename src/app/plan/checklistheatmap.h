#pragma once

#include "plan/checklistscore.h"

#include <QWidget>

namespace omnimap {

/// Brand-consistency heat map: a row per checklist category, a column per channel,
/// plus an "All" row and column. Each cell shows its score (pass / (pass + fail)) as
/// a number and a red → amber → green fill; unchecked items are counted in the cell
/// and cells with nothing scored are hatched, so colour is never the only signal.
class ChecklistHeatMap final : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistHeatMap(QWidget *parent = nullptr);

    /// `channels`: id and display name, in column order.
    void setScores(const ChecklistScores &scores, const QList<QPair<QString, QString>> &channels);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// Fill colour of a score (nothing scored: a neutral grey).
    static QColor colorFor(const std::optional<double> &ratio);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintCell(QPainter &painter, const QRectF &rect, const ChecklistScore &score, bool total) const;

    ChecklistScores m_scores;
    QList<QPair<QString, QString>> m_channels;
};

} // namespace omnimap
