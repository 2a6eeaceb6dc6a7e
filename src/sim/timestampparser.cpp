#include "timestampparser.h"

#include <cstdio>

namespace omnimap::sim {

namespace {

bool digitsAt(std::string_view s, std::size_t pos, std::size_t count, int &value)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    value = v;
    return true;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::optional<std::int64_t> parseEpoch(std::string_view s)
{
    bool negative = false;
    std::size_t i = 0;
    if (s[0] == '-') {
        negative = true;
        i = 1;
    }
    if (i >= s.size())
        return std::nullopt;
    std::int64_t whole = 0;
    std::size_t digits = 0;
    for (; i < s.size() && s[i] != '.'; ++i) {
        if (s[i] < '0' || s[i] > '9' || ++digits > 16)
            return std::nullopt;
        whole = whole * 10 + (s[i] - '0');
    }
    // Fractional part only for seconds ("1700000000.25").
    std::int64_t fractionMs = 0;
    if (i < s.size()) {
        ++i;
        int scale = 100;
        if (i >= s.size())
            return std::nullopt;
        for (; i < s.size(); ++i) {
            if (s[i] < '0' || s[i] > '9')
                return std::nullopt;
            fractionMs += (s[i] - '0') * scale;
            scale /= 10;
        }
    }
    const bool millis = whole >= 100000000000LL;
    std::int64_t ms = millis ? whole : whole * 1000 + fractionMs;
    return negative ? -ms : ms;
}

} // namespace

std::int64_t daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = unsigned((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

std::optional<std::int64_t> parseTimestampMs(std::string_view text)
{
    const std::string_view s = trimmed(text);
    if (s.empty())
        return std::nullopt;
    if (s.size() < 10 || s[4] != '-')
        return parseEpoch(s);

    int year = 0, month = 0, day = 0;
    if (!digitsAt(s, 0, 4, year) || !digitsAt(s, 5, 2, month) || s[7] != '-' || !digitsAt(s, 8, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    static const int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > kDaysInMonth[month - 1] || (month == 2 && day == 29 && !leap))
        return std::nullopt;

    int hour = 0, minute = 0, second = 0, millis = 0;
    std::size_t pos = 10;
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == ' ' || s[pos] == 't')) {
        if (!digitsAt(s, pos + 1, 2, hour) || pos + 3 >= s.size() || s[pos + 3] != ':'
            || !digitsAt(s, pos + 4, 2, minute))
            return std::nullopt;
        pos += 6;
        if (pos < s.size() && s[pos] == ':') {
            if (!digitsAt(s, pos + 1, 2, second))
                return std::nullopt;
            pos += 3;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                int scale = 100;
                const std::size_t fractionStart = pos;
                while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                    millis += (s[pos] - '0') * scale;
                    scale /= 10;
                    ++pos;
                }
                if (pos == fractionStart)
                    return std::nullopt;
            }
        }
        if (hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
    }
    int offsetMinutes = 0;
    if (pos < s.size()) {
        const char sign = s[pos];
        if ((sign == 'Z' || sign == 'z') && pos + 1 == s.size()) {
            pos += 1;
        } else if (sign == '+' || sign == '-') {
            int oh = 0, om = 0;
            if (!digitsAt(s, pos + 1, 2, oh))
                return std::nullopt;
            std::size_t p = pos + 3;
            if (p < s.size() && s[p] == ':')
                ++p;
            if (p < s.size()) {
                if (!digitsAt(s, p, 2, om))
                    return std::nullopt;
                p += 2;
            }
            if (p != s.size() || oh > 23 || om > 59)
                return std::nullopt;
            offsetMinutes = (oh * 60 + om) * (sign == '-' ? -1 : 1);
            pos = p;
        } else {
            return std::nullopt;
        }
    }
    const std::int64_t days = daysFromCivil(year, month, day);
    const std::int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return seconds * 1000 + millis;
}

std::string formatTimestampMs(std::int64_t ms)
{
    std::int64_t days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
    std::int64_t rest = ms - days * 86400000;
    // civil_from_days
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = std::int64_t(yoe) + era * 400 + (m <= 2 ? 1 : 0);
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ", static_cast<long long>(y), m,
                  d, static_cast<long long>(rest / 3600000), static_cast<long long>(rest / 60000 % 60),
                  static_cast<long long>(rest / 1000 % 60), static_cast<long long>(rest % 1000));
    return buffer;
}

} // namespace omnimap::sim
