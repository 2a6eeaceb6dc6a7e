#!/usr/bin/env bash
# The run command: installs what is missing, builds, makes the sample data set and
# starts Omnimap on the bundled café sample. Without a display it says so and runs the
# headless equivalent with omnimap-cli instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh

sample=resources/samples/cafe-order-pickup.omnimap
data=build/sample-data/cafe.sqlite
cli=build/src/cli/omnimap-cli
mkdir -p build/sample-data
if [ ! -f "$data" ] && "$cli" --help 2>/dev/null | grep -q generate-sample; then
    echo "run: generating the sample data set $data"
    "$cli" generate-sample "$sample" --events 100000 --seed 42 --out "$data"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display found (DISPLAY/WAYLAND_DISPLAY unset), so the window cannot open."
    echo "run: showing the headless equivalent; for the window use a desktop session, or:"
    echo "       xvfb-run -a ./build/src/app/omnimap $sample"
    "$cli" info "$sample"
    "$cli" validate "$sample"
    exit 0
fi
# The sample opens as a new plan from the template (saving asks where, so the bundled
# file stays as shipped), with the generated data set open for the dashboard.
args=(--sample "$(basename "$sample" .omnimap)")
[ -f "$data" ] && args+=(--data "$data")
exec ./build/src/app/omnimap "${args[@]}" "$@"
