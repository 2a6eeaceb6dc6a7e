#pragma once

#include "document/insight/mapoverlays.h"

#include <QLocale>
#include <QWidget>

namespace omnimap::insight {

/// KPIs as bullet charts: a grey range up to the target, a tick at the baseline, a bar
/// for the actual value in the status colour and the status in words with a shape, so
/// colour is never the only signal.
class KpiBulletView final : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString name;
        QString unit; ///< "%", "d", "" …
        QString currency;    ///< ISO code of a money KPI: values are written by formatMoney()
        QLocale moneyLocale; ///< the plan's locale, for money
        std::optional<double> actual;
        std::optional<double> baseline;
        std::optional<double> target;
        KpiStatus status = KpiStatus::NoTarget;
        QString note; ///< why there is no value
    };

    explicit KpiBulletView(QWidget *parent = nullptr);

    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QList<Row> m_rows;
};

} // namespace omnimap::insight
