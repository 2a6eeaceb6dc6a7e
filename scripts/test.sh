#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen QTEST_DISABLE_STACK_DUMP=1
ctest --test-dir build --output-on-failure -j"$(nproc 2>/dev/null || echo 2)" -LE bench
