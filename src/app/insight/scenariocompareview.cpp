#include "scenariocompareview.h"

#include "insightcharts.h"
#include "insightpalette.h"

#include <QChartView>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omnimap::insight {

ScenarioCompareView::ScenarioCompareView(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_reach(makeChartView(reachComparisonChart({}, {}, {}, {}, {})))
{
    m_banner->setObjectName(QStringLiteral("staleBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4dc; color: #7a4f00; border: 1px solid #e0b25a; border-radius: 6px; padding: 6px;"));
    m_banner->hide();
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setColumnCount(4);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setMinimumHeight(240);
    m_reach->setObjectName(QStringLiteral("reachChart"));
    m_reach->setMinimumHeight(260);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_headline);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reach, 1);
    clear(tr("Run the scenario to see its effect."));
}

QString ScenarioCompareView::staleText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ScenarioCompareView::clear(const QString &message)
{
    m_banner->hide();
    m_banner->clear();
    m_headline->setText(QStringLiteral("<span style='color:#606b76'>%1</span>").arg(message.toHtmlEscaped()));
    m_table->setRowCount(0);
    // No rows, no column titles (an empty table would show the numbers 1 2 3 4).
    m_table->horizontalHeader()->setVisible(false);
    replaceChart(m_reach, reachComparisonChart({}, {}, {}, {}, {}));
}

void ScenarioCompareView::setRuns(const SimulationSummary &left, const QString &leftName, const SimulationSummary &right,
                                  const QString &rightName, const QString &staleReason)
{
    const QLocale locale;
    m_banner->setText(staleReason.isEmpty() ? QString() : QStringLiteral("⚠ ") + staleReason);
    m_banner->setVisible(!staleReason.isEmpty());
    // Long scenario names are shortened in the column titles (the sentence above and
    // the tool tip give them whole), so the measures keep their column.
    const QFontMetrics metrics(m_table->horizontalHeader()->font());
    const int widest = metrics.horizontalAdvance(QLatin1Char('x')) * 18;
    m_table->setHorizontalHeaderLabels({tr("Measure"), metrics.elidedText(leftName, Qt::ElideRight, widest),
                                        metrics.elidedText(rightName, Qt::ElideRight, widest), tr("Difference")});
    m_table->horizontalHeaderItem(1)->setToolTip(leftName);
    m_table->horizontalHeaderItem(2)->setToolTip(rightName);

    struct Line
    {
        QString name;
        double a;
        double b;
        int decimals;
        QString unit;
        bool higherIsBetter;
        bool percentPoints;
    };
    QList<Line> lines{
        {tr("Conversion rate"), 100.0 * left.conversionRate, 100.0 * right.conversionRate, 2, QStringLiteral("%"), true, true},
        {tr("Conversions"), double(left.conversions), double(right.conversions), 0, QString(), true, false},
        {tr("Revenue per customer"), left.revenuePerCustomer, right.revenuePerCustomer, 0, QString(), true, false},
        {tr("Days to convert (mean)"), left.timeToConvertDays, right.timeToConvertDays, 1, tr("d"), false, false},
    };
    for (qsizetype i = 0; i < left.stages.size(); ++i) {
        lines.append({tr("Reach: %1").arg(left.stages.at(i)), 100.0 * left.stageReach.value(i), 100.0 * right.stageReach.value(i), 1,
                      QStringLiteral("%"), true, true});
    }
    m_table->setRowCount(int(lines.size()));
    m_table->horizontalHeader()->setVisible(true);
    bool anyChange = false;
    for (int r = 0; r < lines.size(); ++r) {
        const Line &l = lines.at(r);
        auto text = [&](double v) {
            const QString n = locale.toString(v, 'f', l.decimals);
            return l.unit.isEmpty() ? n : n + QLatin1Char(' ') + l.unit;
        };
        auto *name = new QTableWidgetItem(l.name);
        auto *a = new QTableWidgetItem(text(l.a));
        auto *b = new QTableWidgetItem(text(l.b));
        const double delta = l.b - l.a;
        const bool meaningful = std::abs(delta) >= std::pow(10.0, -l.decimals) / 2.0;
        const bool better = l.higherIsBetter ? delta > 0 : delta < 0;
        anyChange = anyChange || meaningful;
        QString d = meaningful ? (delta > 0 ? QStringLiteral("▲ +") : QStringLiteral("▼ ")) + locale.toString(delta, 'f', l.decimals)
                               : QStringLiteral("= 0");
        if (meaningful) {
            d += l.percentPoints ? tr(" pp") : (l.unit.isEmpty() ? QString() : QLatin1Char(' ') + l.unit);
            if (!l.percentPoints && std::abs(l.a) > 1e-9)
                d += QStringLiteral(" (%1%2 %)").arg(delta > 0 ? QStringLiteral("+") : QString(), locale.toString(100.0 * delta / std::abs(l.a), 'f', 1));
        }
        auto *diff = new QTableWidgetItem(d);
        for (QTableWidgetItem *item : {a, b, diff})
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (meaningful) {
            diff->setForeground(better ? palette::onTrack() : palette::offTrack());
            QColor bg = better ? palette::onTrack() : palette::offTrack();
            bg.setAlphaF(0.10);
            diff->setBackground(bg);
            QFont bold = diff->font();
            bold.setBold(true);
            diff->setFont(bold);
        }
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, a);
        m_table->setItem(r, 2, b);
        m_table->setItem(r, 3, diff);
    }
    const double deltaPp = 100.0 * (right.conversionRate - left.conversionRate);
    const bool overlap = right.conversionLow <= left.conversionHigh && left.conversionLow <= right.conversionHigh;
    m_headline->setText(tr("<b>%1</b> converts <b style='color:%2'>%3 pp</b> %4 than <b>%5</b> (%6 simulated customers each, 95 % intervals %7).")
                            .arg(rightName.toHtmlEscaped(),
                                 deltaPp >= 0 ? palette::onTrack().name() : palette::offTrack().name(),
                                 locale.toString(std::abs(deltaPp), 'f', 2), deltaPp >= 0 ? tr("more") : tr("less"),
                                 leftName.toHtmlEscaped(), locale.toString(right.customers),
                                 overlap ? tr("overlap: the difference may be noise") : tr("do not overlap")));
    if (!anyChange) {
        // Say why instead of a column of "= 0": the run's own reasons (a transition that
        // never occurs in the data, a ×1 factor, a channel not in the journey), if any.
        QStringList reasons;
        for (const QString &warning : right.warnings)
            reasons.append(QStringLiteral("• ") + warning.toHtmlEscaped());
        m_headline->setText(
            tr("<b>%1</b> changes nothing against <b>%2</b>.").arg(rightName.toHtmlEscaped(), leftName.toHtmlEscaped())
            + QStringLiteral("<br>")
            + (reasons.isEmpty() ? tr("Its changes touch no transition that occurs in the simulated journey: check "
                                      "the channels of its modifiers against the data set.")
                                 : reasons.join(QStringLiteral("<br>"))));
    }
    replaceChart(m_reach, reachComparisonChart(left.stages, left.stageReach, leftName, right.stageReach, rightName));
}

QString ScenarioCompareView::headlineText() const
{
    return m_headline->text();
}

} // namespace omnimap::insight
