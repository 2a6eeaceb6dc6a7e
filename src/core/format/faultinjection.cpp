#include "faultinjection.h"

#include <mutex>

namespace omnimap::FaultInjection {

namespace detail {
std::atomic<bool> g_armed{false};
} // namespace detail

namespace {

std::mutex g_mutex;
Point g_point = Point::Count;
int g_target = 0;
int g_seen = 0;

} // namespace

void arm(Point point, int n)
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    g_point = point;
    g_target = n;
    g_seen = 0;
    detail::g_armed.store(true, std::memory_order_relaxed);
}

void disarm()
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    detail::g_armed.store(false, std::memory_order_relaxed);
    g_point = Point::Count;
}

int seen()
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    return g_seen;
}

bool detail::consume(Point point)
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    if (point != g_point)
        return false;
    return ++g_seen == g_target;
}

} // namespace omnimap::FaultInjection
