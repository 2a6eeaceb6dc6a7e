#include "hugepages.h"

#include <cstdint>
#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace omnimap::sim {

namespace {

constexpr std::size_t kHugePage = std::size_t(2) << 20;

} // namespace

void adviseHugePages(const void *data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (!data || bytes < kHugePageWorthy)
        return;
    const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const auto begin = (std::uintptr_t(data) + page - 1) / page * page;
    const auto end = (std::uintptr_t(data) + bytes) / page * page;
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE); // a hint: failure is fine
#else
    (void)data;
    (void)bytes;
#endif
}

void *allocateHuge(std::size_t bytes)
{
    void *p = nullptr;
    if (posix_memalign(&p, kHugePage, bytes) != 0)
        throw std::bad_alloc();
    adviseHugePages(p, bytes);
    return p;
}

} // namespace omnimap::sim
