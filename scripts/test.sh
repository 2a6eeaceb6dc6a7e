#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs the whole test suite.
# The core, sim, report, CLI and robustness tests always run a second time under ASan +
# UBSan, in the sanitizer stage at the end. OMNIMAP_SANITIZE=1 runs the whole suite on the
# AddressSanitizer + UndefinedBehaviorSanitizer build instead (./build-asan,
# `scripts/build.sh --sanitize`, gcc -O1; the normal ./build is left alone): a memory
# error or undefined behaviour anywhere, GUI included, fails the test that reached it. Not
# the default, because CI cannot afford it: the whole instrumented build and suite take
# longer than CI's time limit (measurements in docs/robustness.md, "The test suite under
# ASan + UBSan"). Benchmarks (`ctest --test-dir build -L bench`) always use ./build.
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
# Robustness (docs/robustness.md). By default the sanitizer stage: a second build with
# clang, AddressSanitizer + UndefinedBehaviorSanitizer and libFuzzer (./build-fuzz) runs the
# core, sim, report, CLI and robustness tests and every libFuzzer target for
# OMNIMAP_FUZZ_SECONDS (default 45), two at a time; any finding fails the run. Both builds
# are unity builds (scripts/build.sh), which is what lets this stage fit CI's time.
# OMNIMAP_FUZZ_CI=plain runs instead the normal build's own mutator on every target for
# OMNIMAP_MUTATE_SECONDS (default 40, no second build, no sanitizers unless
# OMNIMAP_SANITIZE=1); OMNIMAP_FUZZ_CI=0 skips robustness. A missing clang/libFuzzer is a
# warning on a developer machine and a failure in CI (CI=true).
case "${OMNIMAP_FUZZ_CI:-1}" in
    0)
        echo "test.sh: robustness stage skipped (OMNIMAP_FUZZ_CI=0)" ;;
    plain)
        MUTATE_BUILD_DIR="$dir" ./scripts/fuzz.sh --plain --seconds "${OMNIMAP_MUTATE_SECONDS:-40}" ;;
    *)
        fuzz_status=0
        ./scripts/fuzz.sh --tests --seconds "${OMNIMAP_FUZZ_SECONDS:-45}" || fuzz_status=$?
        if [ "$fuzz_status" = 77 ] && [ "${CI:-}" != "true" ]; then
            echo "test.sh: WARNING: sanitizer stage skipped, clang/libFuzzer missing" >&2
        elif [ "$fuzz_status" != 0 ]; then
            exit "$fuzz_status"
        fi ;;
esac
