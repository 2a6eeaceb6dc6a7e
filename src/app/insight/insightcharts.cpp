#include "insightcharts.h"

#include "errorbaritem.h"
#include "insightpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace omnimap::insight {
namespace {

struct InsightchartsTr { Q_DECLARE_TR_FUNCTIONS(omnimap::insight::Charts) };

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette::mutedInk());
    return chart;
}

void styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setTitleText(title);
    QFont font = axis->titleFont();
    font.setPointSizeF(8.5);
    font.setBold(false);
    axis->setTitleFont(font);
    axis->setTitleBrush(palette::mutedInk());
    axis->setLabelsColor(palette::ink());
    axis->setGridLineColor(palette::grid());
    axis->setLinePenColor(palette::grid());
}

QValueAxis *valueAxis(double maximum, const QString &title, const QString &format = QStringLiteral("%.0f"))
{
    auto *axis = new QValueAxis;
    axis->setRange(0.0, maximum > 0 ? maximum * 1.08 : 1.0);
    axis->setLabelFormat(format);
    axis->applyNiceNumbers();
    styleAxis(axis, title);
    return axis;
}

QString pct(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

QChart *funnelChart(const std::vector<sim::FunnelStep> &funnel)
{
    QChart *chart = newChart();
    auto *reached = new QBarSet(InsightchartsTr::tr("Reached the stage"));
    auto *lost = new QBarSet(InsightchartsTr::tr("Lost since the previous stage"));
    reached->setColor(palette::accent());
    reached->setBorderColor(palette::accent());
    lost->setColor(QColor(0xF2, 0xB8, 0xB5));
    lost->setBorderColor(QColor(0xF2, 0xB8, 0xB5));
    QStringList categories;
    double maximum = 0.0;
    // Horizontal bars grow upwards: add the last stage first so the first is on top.
    for (auto it = funnel.rbegin(); it != funnel.rend(); ++it) {
        const auto next = std::next(it);
        const double previous = next != funnel.rend() ? double(next->customers) : double(it->customers);
        reached->append(double(it->customers));
        lost->append(std::max(0.0, previous - double(it->customers)));
        categories.append(it == std::prev(funnel.rend()) ? it->stage
                                                          : InsightchartsTr::tr("%1 (−%2)").arg(it->stage, pct(it->dropOff)));
        maximum = std::max(maximum, previous);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setObjectName(QStringLiteral("funnelSeries"));
    series->append(reached);
    series->append(lost);
    series->setBarWidth(0.7);
    series->setLabelsVisible(false);
    chart->addSeries(series);
    auto *stages = new QBarCategoryAxis;
    stages->append(categories);
    styleAxis(stages, QString());
    stages->setGridLineVisible(false);
    auto *count = valueAxis(maximum, InsightchartsTr::tr("customers"));
    chart->addAxis(stages, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignBottom);
    series->attachAxis(stages);
    series->attachAxis(count);
    return chart;
}

QChart *attributionChart(const std::vector<sim::AttributionResult> &results, const QList<sim::AttributionModel> &models,
                         const Project &project)
{
    Q_UNUSED(project)
    QChart *chart = newChart();
    // Channels in the order of the first result; every model credits the same set.
    QStringList channels;
    for (const sim::AttributionResult &r : results) {
        for (const sim::ChannelCredit &c : r.channels) {
            if (!channels.contains(c.channel))
                channels.append(c.channel);
        }
    }
    auto *series = new QBarSeries;
    series->setObjectName(QStringLiteral("attributionSeries"));
    double maximum = 0.0;
    int colour = 0;
    QList<ErrorBarItem::Bar> bars;
    for (const sim::AttributionResult &r : results) {
        if (!models.contains(r.model) || !r.ok)
            continue;
        for (const sim::ChannelCredit &c : r.channels) {
            if (r.bootstrap > 0) {
                bars.append({int(series->count()), int(channels.indexOf(c.channel)), c.conversionsLow, c.conversionsHigh});
                maximum = std::max(maximum, c.conversionsHigh);
            }
        }
        auto *set = new QBarSet(attributionModelTitle(r.model));
        set->setObjectName(attributionModelName(r.model));
        set->setColor(palette::series(int(r.model)));
        set->setBorderColor(palette::series(int(r.model)));
        for (const QString &channel : channels) {
            double value = 0.0;
            for (const sim::ChannelCredit &c : r.channels) {
                if (c.channel == channel)
                    value = c.conversions;
            }
            set->append(value);
            maximum = std::max(maximum, value);
        }
        series->append(set);
        ++colour;
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(channels);
    styleAxis(axis, InsightchartsTr::tr("channel"));
    axis->setGridLineVisible(false);
    auto *count = valueAxis(maximum, InsightchartsTr::tr("attributed conversions"));
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(count);
    if (!bars.isEmpty())
        new ErrorBarItem(chart, series, bars);
    return chart;
}

QChart *timeToConvertChart(const sim::TimeToConvert &time)
{
    QChart *chart = newChart();
    auto *set = new QBarSet(InsightchartsTr::tr("Conversions"));
    set->setColor(palette::accent());
    set->setBorderColor(palette::accent());
    QStringList labels;
    double maximum = 0.0;
    for (const sim::TimeToConvert::Bin &bin : time.bins) {
        set->append(double(bin.count));
        labels.append(bin.label);
        maximum = std::max(maximum, double(bin.count));
    }
    auto *series = new QBarSeries;
    series->setObjectName(QStringLiteral("timeSeries"));
    series->append(set);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    styleAxis(axis, InsightchartsTr::tr("days from first touch to conversion"));
    axis->setGridLineVisible(false);
    auto *count = valueAxis(maximum, InsightchartsTr::tr("conversions"));
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(count);
    return chart;
}

QChart *reachComparisonChart(const QStringList &stages, const QList<double> &left, const QString &leftName,
                             const QList<double> &right, const QString &rightName)
{
    QChart *chart = newChart();
    auto *a = new QBarSet(leftName);
    auto *b = new QBarSet(rightName);
    a->setColor(palette::neutral());
    a->setBorderColor(palette::neutral());
    b->setColor(palette::accent());
    b->setBorderColor(palette::accent());
    for (qsizetype i = 0; i < stages.size(); ++i) {
        a->append(100.0 * left.value(i));
        b->append(100.0 * right.value(i));
    }
    auto *series = new QBarSeries;
    series->setObjectName(QStringLiteral("reachSeries"));
    series->append(a);
    series->append(b);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(stages);
    styleAxis(axis, InsightchartsTr::tr("stage"));
    axis->setGridLineVisible(false);
    auto *share = new QValueAxis;
    share->setRange(0.0, 100.0);
    share->setLabelFormat(QStringLiteral("%.0f %%"));
    styleAxis(share, InsightchartsTr::tr("customers reaching the stage (%)"));
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(share, Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(share);
    return chart;
}

namespace {

void wireTooltips(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (!bars)
            continue;
        QStringList categories;
        for (QAbstractAxis *axis : bars->attachedAxes()) {
            if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                categories = c->categories();
        }
        const ErrorBarItem *errors = errorBarsOf(chart);
        const QList<ErrorBarItem::Bar> intervals = errors ? errors->bars() : QList<ErrorBarItem::Bar>();
        QObject::connect(bars, &QAbstractBarSeries::hovered, bars, [categories, intervals, bars](bool on, int index, QBarSet *set) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const auto number = [](double v) { return QLocale().toString(v, 'f', std::fabs(v) < 100 ? 1 : 0); };
            QString text = QStringLiteral("<b>%1</b><br>%2: %3")
                               .arg(categories.value(index).toHtmlEscaped(), set->label().toHtmlEscaped(), number(set->at(index)));
            for (const ErrorBarItem::Bar &bar : intervals) {
                if (bar.category == index && bars->barSets().value(bar.set) == set)
                    text += QStringLiteral("<br>") + InsightchartsTr::tr("90 % interval: %1 – %2").arg(number(bar.low), number(bar.high));
            }
            QToolTip::showText(QCursor::pos(), text);
        });
    }
}

} // namespace

QChartView *makeChartView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->setFrameShape(QFrame::NoFrame);
    view->setStyleSheet(QStringLiteral("background: transparent;"));
    wireTooltips(chart);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    wireTooltips(chart);
    delete old;
}

} // namespace omnimap::insight
