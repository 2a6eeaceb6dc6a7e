#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs the whole test suite.
# OMNIMAP_SANITIZE=1 runs it all on the AddressSanitizer + UndefinedBehaviorSanitizer
# build instead (./build-asan, `scripts/build.sh --sanitize`, gcc -O1; the normal ./build
# is left alone): a memory error or undefined behaviour anywhere fails the test that
# reached it, and the fuzz step's mutator runs sanitized too. Not the default, because CI
# cannot afford it yet: the instrumented build costs 1.76x the CPU of the normal one and
# the tests run slower (measurements in docs/robustness.md, "The test suite under ASan +
# UBSan"). Benchmarks (`ctest --test-dir build -L bench`) always use ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
if [ "${OMNIMAP_SANITIZE:-0}" != "1" ]; then
    dir=build
    ./scripts/build.sh
else
    dir=build-asan
    ./scripts/build.sh --sanitize
    # The same settings the tests get from CTest (cmake/OmnimapTesting.cmake), for the fuzz
    # step below. Leak checking is off: Qt and fontconfig keep process-lifetime caches.
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:allocator_may_return_null=1}"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
fi
export QT_QPA_PLATFORM=offscreen QTEST_DISABLE_STACK_DUMP=1
ctest --test-dir "$dir" --output-on-failure -j"$(nproc 2>/dev/null || echo 2)" -LE bench
# Robustness (docs/robustness.md). Always: every fuzz target for OMNIMAP_MUTATE_SECONDS
# (default 40) under the same build's plain mutator — so under ASan + UBSan by default —,
# two at a time (no extra build, about 2.5 minutes); any finding fails the run.
# OMNIMAP_FUZZ_CI=0 skips that too.
# With OMNIMAP_FUZZ_CI=1 also the libFuzzer stage: a clang build with ASan+UBSan runs the
# core, sim, report, CLI and robustness tests and every libFuzzer target for
# OMNIMAP_FUZZ_SECONDS (default 45); not by default, because its second (clang) build
# costs more CPU than CI's time budget leaves (docs/robustness.md, "Status"). When it is
# asked for, a missing clang/libFuzzer is a warning on a developer machine and a failure
# in CI (CI=true).
if [ "${OMNIMAP_FUZZ_CI:-}" = "0" ]; then
    echo "test.sh: fuzz stage skipped (OMNIMAP_FUZZ_CI=0)"
else
    MUTATE_BUILD_DIR="$dir" ./scripts/fuzz.sh --plain --seconds "${OMNIMAP_MUTATE_SECONDS:-40}"
fi
if [ "${OMNIMAP_FUZZ_CI:-}" = "1" ]; then
    fuzz_status=0
    ./scripts/fuzz.sh --tests --seconds "${OMNIMAP_FUZZ_SECONDS:-45}" || fuzz_status=$?
    if [ "$fuzz_status" = 77 ] && [ "${CI:-}" != "true" ]; then
        echo "test.sh: WARNING: sanitizer stage skipped, clang/libFuzzer missing" >&2
    elif [ "$fuzz_status" != 0 ]; then
        exit "$fuzz_status"
    fi
fi
