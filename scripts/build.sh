#!/usr/bin/env bash
# Configures and builds Omnimap (warnings are errors when CI=true).
#   scripts/build.sh             the normal build in ./build (scripts/run.sh, benchmarks)
#   scripts/build.sh --sanitize  AddressSanitizer + UndefinedBehaviorSanitizer build in
#                                ./build-asan (gcc, -O1): what scripts/test.sh tests
# Each has its own folder, so running one never reconfigures the other.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build
opt="-O2"
extra=()
if [ "${1:-}" = "--sanitize" ]; then
    dir=build-asan
    # -O1 as the sanitizers' documentation advises: at -O2 the instrumented code takes much
    # longer to compile for little more speed. lld links the instrumented test programs
    # several times faster than ld.bfd (docs/robustness.md, "Sanitizer builds").
    opt="-O1"
    extra+=(-DOMNIMAP_SANITIZE=ON)
    if command -v ld.lld >/dev/null; then
        extra+=(-DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=lld
                -DCMAKE_MODULE_LINKER_FLAGS=-fuse-ld=lld)
    fi
elif [ $# -gt 0 ]; then
    echo "usage: scripts/build.sh [--sanitize]" >&2
    exit 2
fi
werror=OFF
if [ "${CI:-}" = "true" ]; then
    werror=ON
    # CI builds a clean clone and never debugs it: without -g the compile and, above all,
    # the links of the test programs against the static libraries are much shorter.
    extra+=("-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$opt -DNDEBUG")
elif [ "$dir" = build-asan ]; then
    # Line tables only: enough for the file:line of a sanitizer report's stack trace.
    extra+=("-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$opt -g1 -DNDEBUG")
fi
jobs=$(nproc 2>/dev/null || echo 2)
# Unity build: the libraries, the app and the CLI compile in batches of 8 files, so the Qt
# and standard headers are parsed once per batch instead of once per file — less than half
# the CPU of a file-by-file build (docs/robustness.md, "Unity builds"). A plain
# `cmake -S . -B <dir>` (what an IDE does) builds file by file, which suits editing.
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_UNITY_BUILD=ON \
    -DOMNIMAP_WERROR="$werror" "${extra[@]}" >/dev/null
cmake --build "$dir" -j"$jobs"
