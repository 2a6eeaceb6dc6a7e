#pragma once

#include <cstddef>

namespace omnimap::sim {

/// Asks the kernel to back a large, freshly allocated buffer with 2 MiB pages where it
/// can (Linux transparent huge pages in "madvise" mode, Debian's default). Filling the
/// event columns and journeys of 10 M events otherwise takes ~250 000 page faults of
/// 4 KiB, a quarter of the cold journeys' CPU time on this kind of VM (perf, issue 22).
/// Only a hint: nothing changes but speed, and it does nothing elsewhere or for small
/// buffers. The range is trimmed to whole pages inside [data, data + bytes).
void adviseHugePages(const void *data, std::size_t bytes);

/// Allocates `bytes` aligned to 2 MiB with the hint above (freed with std::free), so
/// that all of a large buffer can use huge pages, not just its aligned middle.
void *allocateHuge(std::size_t bytes);

/// Buffers from this size on are worth the hint.
constexpr std::size_t kHugePageWorthy = std::size_t(4) << 20;

} // namespace omnimap::sim
