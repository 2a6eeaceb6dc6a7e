#pragma once

#include <cstddef>
#include <cstdint>

namespace omnimap::fuzz {

/// One fuzz target: takes any bytes, must never crash, hang or trip a sanitizer, and
/// aborts (a finding) when an invariant it checks does not hold. The same functions run
/// under libFuzzer (tests/fuzz/libfuzzermain.cpp, OMNIMAP_FUZZ) and in the normal build's
/// corpus replay test (tests/fuzz/replaymain.cpp). See docs/robustness.md.
using Target = int (*)(const std::uint8_t *data, std::size_t size);

struct Entry
{
    const char *name; ///< also the corpus folder name: tests/fuzz/corpus/<name>
    Target run;
};

int projectRoundTrip(const std::uint8_t *data, std::size_t size);
int eventsCsv(const std::uint8_t *data, std::size_t size);
int pathsCsv(const std::uint8_t *data, std::size_t size);
int ojfImport(const std::uint8_t *data, std::size_t size);
int segmentSql(const std::uint8_t *data, std::size_t size);
int threeWayMerge(const std::uint8_t *data, std::size_t size);
int mapExport(const std::uint8_t *data, std::size_t size);

inline constexpr Entry kTargets[] = {
    {"project", projectRoundTrip}, {"events_csv", eventsCsv}, {"paths_csv", pathsCsv}, {"ojf", ojfImport},
    {"segment_sql", segmentSql},   {"merge", threeWayMerge},  {"export", mapExport},
};

/// Prints what broke and aborts: libFuzzer and the replay test both report an abort.
[[noreturn]] void finding(const char *what, const char *detail = nullptr);

/// A QGuiApplication (offscreen) for the targets that render; created once.
void ensureApplication();

} // namespace omnimap::fuzz
