#pragma once

#include "model/kpi.h"
#include "plan/money.h"

#include <QList>
#include <QLocale>

namespace omnimap {

/// One KPI of the built-in library: the measures marketing teams use across channels.
/// `name` and `description` are English source text; call kpiLibraryName()/
/// kpiLibraryDescription() for the translated wording.
struct KpiLibraryEntry
{
    const char *key;         ///< stable, stored in Kpi::libraryKey ("conversion_rate")
    const char *name;        ///< English source, context "KpiLibrary"
    KpiUnit unit;
    KpiDirection direction;  ///< which way is better
    const char *description; ///< English source, context "KpiLibrary"
};

/// The library, in the order the "Add KPI" menu shows it.
const QList<KpiLibraryEntry> &kpiLibrary();

/// The entry for `key`, or nullptr for a custom KPI or an unknown key.
const KpiLibraryEntry *findKpiLibraryEntry(const QString &key);

QString kpiLibraryName(const KpiLibraryEntry &entry);
QString kpiLibraryDescription(const KpiLibraryEntry &entry);

/// A new KPI (fresh id) from a library entry, scoped to a journey/stage/channel.
/// Currency KPIs take the project currency.
Kpi makeKpiFromLibrary(const KpiLibraryEntry &entry, const QString &projectCurrency,
                       const Id &journeyId = {}, const Id &stageId = {}, const Id &channelId = {});


/// A KPI value for display: "12.5 %", "1,200", "₩15,000", "$12.50", "3 h 20 min".
/// Percent values are stored as 0..100; durations in hours.
QString formatKpiValue(double value, KpiUnit unit, const QString &currency,
                       const QLocale &locale = QLocale());

/// Translated unit name for tables and menus.
QString kpiUnitName(KpiUnit unit);
QString kpiDirectionName(KpiDirection direction);

} // namespace omnimap
