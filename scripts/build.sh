#!/usr/bin/env bash
# Configures and builds Omnimap into ./build (warnings are errors when CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."
werror=OFF
extra=()
if [ "${CI:-}" = "true" ]; then
    werror=ON
    # CI builds a clean clone and never debugs it: without -g the compile and, above all,
    # the links of the test programs against the static libraries are much shorter.
    extra+=("-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -DNDEBUG")
fi
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOMNIMAP_WERROR="$werror" "${extra[@]}" >/dev/null
cmake --build build -j"$jobs"
