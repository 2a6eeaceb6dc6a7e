#!/usr/bin/env bash
# Configures and builds Omnimap into ./build (warnings are errors when CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOMNIMAP_WERROR="$werror" >/dev/null
cmake --build build -j"$jobs"
