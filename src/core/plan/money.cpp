#include "money.h"

#include "model/project.h"

#include <cmath>

namespace omnimap {

int currencyDecimals(const QString &isoCode)
{
    // ISO 4217 minor units of the zero-decimal currencies teams here plan in.
    static const QStringList zeroDecimal = {QStringLiteral("KRW"), QStringLiteral("JPY"),
                                            QStringLiteral("VND"), QStringLiteral("CLP"),
                                            QStringLiteral("ISK"), QStringLiteral("TWD")};
    return zeroDecimal.contains(isoCode.toUpper()) ? 0 : 2;
}

QString currencySymbol(const QString &isoCode)
{
    const QString code = isoCode.trimmed().toUpper();
    struct Known
    {
        const char *code;
        const char *symbol;
    };
    static const Known known[] = {{"KRW", "₩"}, {"USD", "$"}, {"EUR", "€"}, {"JPY", "¥"},
                                  {"GBP", "£"}, {"CNY", "CN¥"}, {"VND", "₫"}, {"INR", "₹"}};
    for (const Known &k : known) {
        if (code == QLatin1String(k.code))
            return QString::fromUtf8(k.symbol);
    }
    return code.isEmpty() ? QString() : code + QLatin1Char(' ');
}

QString formatMoney(double amount, const QString &isoCode, const QLocale &locale)
{
    if (!std::isfinite(amount))
        return QStringLiteral("—");
    const int decimals = currencyDecimals(isoCode);
    // Round first so -0.4 won does not print as "-₩0".
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(amount * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0;
    QString text = locale.toCurrencyString(rounded, currencySymbol(isoCode), decimals);
    return text.trimmed();
}

QLocale planLocale(const QString &language)
{
    const QString lang = language.trimmed().toLower();
    if (lang.startsWith(QLatin1String("ko")))
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    if (lang.isEmpty() || lang.startsWith(QLatin1String("en")))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(lang);
}

QLocale planLocale(const Project &project)
{
    return planLocale(project.locale);
}

QStringList commonCurrencies()
{
    return {QStringLiteral("KRW"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("JPY"),
            QStringLiteral("GBP"), QStringLiteral("CNY")};
}

bool isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

} // namespace omnimap
