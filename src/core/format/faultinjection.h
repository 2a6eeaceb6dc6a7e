#pragma once

#include <atomic>

namespace omnimap::FaultInjection {

/// Test-only fault injection (docs/robustness.md): the tests arm one point so that its
/// N-th operation, counted from arming, fails as if the disk or SQLite had refused it.
/// Compiled in but inert: when nothing is armed the check is one relaxed atomic load.
enum class Point { Write, Flush, Rename, SqliteStep, Count };

namespace detail {
extern std::atomic<bool> g_armed;
bool consume(Point point);
} // namespace detail

/// Makes the `n`-th operation at `point` (1-based) fail; only one point at a time.
void arm(Point point, int n);
void disarm();
/// How many operations at the armed point were seen since arming.
int seen();

/// True when this operation must fail. Cheap when disarmed.
inline bool fail(Point point)
{
    return detail::g_armed.load(std::memory_order_relaxed) && detail::consume(point);
}

} // namespace omnimap::FaultInjection
