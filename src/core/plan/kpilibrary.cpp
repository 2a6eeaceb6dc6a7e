#include "kpilibrary.h"

#include "money.h"

#include <QCoreApplication>

#include <cmath>

namespace omnimap {

const QList<KpiLibraryEntry> &kpiLibrary()
{
    static const QList<KpiLibraryEntry> library = {
        {"reach", QT_TRANSLATE_NOOP("KpiLibrary", "Reach"), KpiUnit::Count, KpiDirection::Increase,
         QT_TRANSLATE_NOOP("KpiLibrary", "Unique people who saw the content at least once.")},
        {"impressions", QT_TRANSLATE_NOOP("KpiLibrary", "Impressions"), KpiUnit::Count, KpiDirection::Increase,
         QT_TRANSLATE_NOOP("KpiLibrary", "Times the content was shown, repeats included.")},
        {"engagement_rate", QT_TRANSLATE_NOOP("KpiLibrary", "Engagement rate"), KpiUnit::Percent,
         KpiDirection::Increase,
         QT_TRANSLATE_NOOP("KpiLibrary", "Likes, comments, shares and saves per person reached.")},
        {"ctr", QT_TRANSLATE_NOOP("KpiLibrary", "Click-through rate"), KpiUnit::Percent, KpiDirection::Increase,
         QT_TRANSLATE_NOOP("KpiLibrary", "Clicks per impression.")},
        {"open_rate", QT_TRANSLATE_NOOP("KpiLibrary", "Open rate"), KpiUnit::Percent, KpiDirection::Increase,
         QT_TRANSLATE_NOOP("KpiLibrary", "Messages opened per message delivered.")},
        {"click_to_open", QT_TRANSLATE_NOOP("KpiLibrary", "Click-to-open rate"), KpiUnit::Percent,
         KpiDirection::Increase, QT_TRANSLATE_NOOP("KpiLibrary", "Clicks per message opened.")},
        {"conversion_rate", QT_TRANSLATE_NOOP("KpiLibrary", "Conversion rate"), KpiUnit::Percent,
         KpiDirection::Increase,
         QT_TRANSLATE_NOOP("KpiLibrary", "Customers who complete the goal per customer who entered the stage.")},
        {"cross_channel_transfer", QT_TRANSLATE_NOOP("KpiLibrary", "Cross-channel transfer rate"),
         KpiUnit::Percent, KpiDirection::Increase,
         QT_TRANSLATE_NOOP("KpiLibrary", "Customers who continue on another channel per customer handed off.")},
        {"drop_off_rate", QT_TRANSLATE_NOOP("KpiLibrary", "Drop-off rate"), KpiUnit::Percent,
         KpiDirection::Decrease,
         QT_TRANSLATE_NOOP("KpiLibrary", "Customers who leave the journey at this stage per customer who entered it.")},
        {"average_order_value", QT_TRANSLATE_NOOP("KpiLibrary", "Average order value"), KpiUnit::Currency,
         KpiDirection::Increase, QT_TRANSLATE_NOOP("KpiLibrary", "Revenue per order.")},
        {"repeat_purchase_rate", QT_TRANSLATE_NOOP("KpiLibrary", "Repeat purchase rate"), KpiUnit::Percent,
         KpiDirection::Increase,
         QT_TRANSLATE_NOOP("KpiLibrary", "Customers who buy again within the period per buying customer.")},
        {"churn_rate", QT_TRANSLATE_NOOP("KpiLibrary", "Churn rate"), KpiUnit::Percent, KpiDirection::Decrease,
         QT_TRANSLATE_NOOP("KpiLibrary", "Customers lost in the period per customer at its start.")},
        {"nps", QT_TRANSLATE_NOOP("KpiLibrary", "Net Promoter Score"), KpiUnit::Score, KpiDirection::Increase,
         QT_TRANSLATE_NOOP("KpiLibrary", "Promoters minus detractors, from -100 to 100.")},
        {"csat", QT_TRANSLATE_NOOP("KpiLibrary", "Customer satisfaction (CSAT)"), KpiUnit::Percent,
         KpiDirection::Increase, QT_TRANSLATE_NOOP("KpiLibrary", "Satisfied answers per survey answer.")},
        {"clv", QT_TRANSLATE_NOOP("KpiLibrary", "Customer lifetime value"), KpiUnit::Currency,
         KpiDirection::Increase,
         QT_TRANSLATE_NOOP("KpiLibrary", "Expected margin from a customer over the whole relationship.")},
        {"roi", QT_TRANSLATE_NOOP("KpiLibrary", "Return on investment"), KpiUnit::Percent, KpiDirection::Increase,
         QT_TRANSLATE_NOOP("KpiLibrary", "Attributed margin minus cost, per cost.")},
        {"cost_per_acquisition", QT_TRANSLATE_NOOP("KpiLibrary", "Cost per acquisition"), KpiUnit::Currency,
         KpiDirection::Decrease, QT_TRANSLATE_NOOP("KpiLibrary", "Spend per new customer won.")},
        {"time_to_convert", QT_TRANSLATE_NOOP("KpiLibrary", "Time to convert"), KpiUnit::Duration,
         KpiDirection::Decrease,
         QT_TRANSLATE_NOOP("KpiLibrary", "Hours from the first touch to the purchase.")},
    };
    return library;
}

const KpiLibraryEntry *findKpiLibraryEntry(const QString &key)
{
    for (const KpiLibraryEntry &entry : kpiLibrary()) {
        if (key == QLatin1String(entry.key))
            return &entry;
    }
    return nullptr;
}

QString kpiLibraryName(const KpiLibraryEntry &entry)
{
    return QCoreApplication::translate("KpiLibrary", entry.name);
}

QString kpiLibraryDescription(const KpiLibraryEntry &entry)
{
    return QCoreApplication::translate("KpiLibrary", entry.description);
}

Kpi makeKpiFromLibrary(const KpiLibraryEntry &entry, const QString &projectCurrency, const Id &journeyId,
                       const Id &stageId, const Id &channelId)
{
    Kpi kpi;
    kpi.id = newId();
    kpi.name = kpiLibraryName(entry);
    kpi.libraryKey = QLatin1String(entry.key);
    kpi.unit = entry.unit;
    kpi.direction = entry.direction;
    if (entry.unit == KpiUnit::Currency)
        kpi.currency = projectCurrency;
    kpi.journeyId = journeyId;
    kpi.stageId = stageId;
    kpi.channelId = channelId;
    return kpi;
}

QString formatKpiValue(double value, KpiUnit unit, const QString &currency, const QLocale &locale)
{
    switch (unit) {
    case KpiUnit::Percent:
        return locale.toString(value, 'f', std::abs(value) < 10 ? 2 : 1) + QStringLiteral(" %");
    case KpiUnit::Count:
        return locale.toString(value, 'f', value == std::floor(value) ? 0 : 1);
    case KpiUnit::Currency:
        return formatMoney(value, currency, locale);
    case KpiUnit::Duration: {
        const qint64 minutes = qRound64(value * 60.0);
        const qint64 hours = minutes / 60;
        if (hours >= 48)
            return QCoreApplication::translate("KpiLibrary", "%1 d %2 h")
                .arg(locale.toString(hours / 24), locale.toString(hours % 24));
        if (hours > 0)
            return QCoreApplication::translate("KpiLibrary", "%1 h %2 min")
                .arg(locale.toString(hours), locale.toString(minutes % 60));
        return QCoreApplication::translate("KpiLibrary", "%1 min").arg(locale.toString(minutes));
    }
    case KpiUnit::Ratio:
        return locale.toString(value, 'f', 2);
    case KpiUnit::Score:
        return locale.toString(value, 'f', value == std::floor(value) ? 0 : 1);
    }
    return locale.toString(value);
}

QString kpiUnitName(KpiUnit unit)
{
    switch (unit) {
    case KpiUnit::Percent: return QCoreApplication::translate("KpiLibrary", "Percent");
    case KpiUnit::Count: return QCoreApplication::translate("KpiLibrary", "Count");
    case KpiUnit::Currency: return QCoreApplication::translate("KpiLibrary", "Currency");
    case KpiUnit::Duration: return QCoreApplication::translate("KpiLibrary", "Duration (hours)");
    case KpiUnit::Ratio: return QCoreApplication::translate("KpiLibrary", "Ratio");
    case KpiUnit::Score: return QCoreApplication::translate("KpiLibrary", "Score");
    }
    return {};
}

QString kpiDirectionName(KpiDirection direction)
{
    return direction == KpiDirection::Increase ? QCoreApplication::translate("KpiLibrary", "Higher is better")
                                               : QCoreApplication::translate("KpiLibrary", "Lower is better");
}

} // namespace omnimap
