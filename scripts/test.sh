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
# Opt-in with OMNIMAP_FUZZ_CI=1 until its CI time is measured on an idle 2-core machine
# (see docs/robustness.md, "Status"); OMNIMAP_FUZZ_SECONDS sets the time per target.
if [ "${OMNIMAP_FUZZ_CI:-}" = "1" ]; then
    ./scripts/fuzz.sh --tests --seconds "${OMNIMAP_FUZZ_SECONDS:-30}"
fi
