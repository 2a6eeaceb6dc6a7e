#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace omnimap {

struct Project;

/// Money as people read it: the amount in the plan's currency, written the way the
/// locale writes money ("₩5,000,000" in Korean and English, "$12.50", "€1,200.00";
/// KRW, JPY and other zero-decimal currencies without decimals). Everything that shows
/// an amount to a person — the app, the dashboard, campaign budgets, the PDF — goes
/// through here, so a plan in KRW never shows "$5,000,000.00" or "USD68,554".
QString formatMoney(double amount, const QString &isoCode, const QLocale &locale);

/// The locale money and numbers of a plan are written in: the plan's language
/// (Project::locale, "ko" or "en") with the country its currency is usually used in
/// when that language is spoken there ("ko" → ko_KR), so grouping and symbol placement
/// follow the plan and not the machine.
QLocale planLocale(const Project &project);
QLocale planLocale(const QString &language);

/// The symbol written for an ISO 4217 code ("KRW" → "₩"); unknown codes are written
/// as themselves followed by a space ("CHF 12.00").
QString currencySymbol(const QString &isoCode);

/// Decimals a currency is written with: 0 for KRW, JPY and other zero-decimal
/// currencies, 2 otherwise.
int currencyDecimals(const QString &isoCode);

/// The currencies the plan-properties editor offers first (others can be typed).
QStringList commonCurrencies();

/// True for a plausible ISO 4217 code: three ASCII capital letters.
bool isCurrencyCode(const QString &code);

} // namespace omnimap
