#pragma once

#include <string>
#include <string_view>

namespace omnimap::sim {

/// `rows` copies of one VALUES tuple, comma-separated, for a multi-row INSERT: bulk loads
/// bind many rows per statement step (the importers' writers and dictionary).
inline std::string repeatedValues(std::string_view tuple, std::size_t rows)
{
    std::string out;
    out.reserve(rows * (tuple.size() + 1));
    for (std::size_t r = 0; r < rows; ++r) {
        if (r > 0)
            out += ',';
        out += tuple;
    }
    return out;
}

} // namespace omnimap::sim
