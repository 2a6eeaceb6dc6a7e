#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen QTEST_DISABLE_STACK_DUMP=1
ctest --test-dir build --output-on-failure -j"$(nproc 2>/dev/null || echo 2)" -LE bench
# Robustness (docs/robustness.md): a clang build with ASan+UBSan runs the core, sim, report
# and CLI tests and every libFuzzer target for a bounded time; any finding fails the run.
# OMNIMAP_FUZZ_SECONDS sets the time per target; OMNIMAP_SKIP_FUZZ=1 skips it locally.
if [ "${OMNIMAP_SKIP_FUZZ:-}" != "1" ]; then
    ./scripts/fuzz.sh --tests --seconds "${OMNIMAP_FUZZ_SECONDS:-30}"
fi
