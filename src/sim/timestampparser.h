#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace omnimap::sim {

/// Parses an event time into milliseconds since 1970-01-01T00:00:00Z.
/// Accepts ISO 8601 dates and date-times (`2024-03-01`, `2024-03-01T09:30:00`,
/// `2024-03-01 09:30:00.250+09:00`, `…Z`; no offset means UTC) and epoch numbers:
/// values of 10^11 or more are milliseconds, smaller ones seconds (10^11 s is the year
/// 5138, 10^11 ms is 1973, so the two ranges of real data never overlap).
/// Hand-written because QDateTime parsing would dominate a 10-million-row import.
std::optional<std::int64_t> parseTimestampMs(std::string_view text);

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t daysFromCivil(int year, int month, int day);

/// `2024-03-01T09:30:00.000Z`
std::string formatTimestampMs(std::int64_t ms);

} // namespace omnimap::sim
