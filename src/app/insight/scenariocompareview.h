#pragma once

#include "document/insight/simulationsummary.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace omnimap::insight {

/// Two simulation runs side by side — a scenario against its baseline or against
/// another scenario — with each difference coloured and marked ▲/▼ by whether it helps.
class ScenarioCompareView final : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioCompareView(QWidget *parent = nullptr);

    /// `stale` shows a banner that the result no longer matches the data or inputs.
    void setRuns(const SimulationSummary &left, const QString &leftName, const SimulationSummary &right,
                 const QString &rightName, const QString &staleReason = {});
    void clear(const QString &message);

    QTableWidget *table() const { return m_table; }
    /// The sentence above the table (rich text): the result, or why there is none.
    QString headlineText() const;
    QChartView *reachView() const { return m_reach; }
    QString staleText() const;

private:
    QLabel *m_banner;
    QLabel *m_headline;
    QTableWidget *m_table;
    QChartView *m_reach;
};

} // namespace omnimap::insight
