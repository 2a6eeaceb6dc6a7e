#!/usr/bin/env bash
# Regenerates the user guide's screenshots (docs/images/guide/{en,ko}/*.png) from the
# running app: builds omnimap-screenshots, which opens the real main window offscreen
# at 1440x900, drives it through the guide's tasks in each language and fails on a
# blank capture, a clipped text or a Korean capture without Korean. Commit the PNGs.
#
#   ./scripts/update-screenshots.sh            # uses ./build (configured if missing)
#   BUILD_DIR=out ./scripts/update-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target omnimap-screenshots
tool="$build/tools/screenshots/omnimap-screenshots"

# 1200 px wide keeps the text readable on a page and the files small.
width=${SCREENSHOT_WIDTH:-1200}
for lang in en ko; do
    out=docs/images/guide/$lang
    mkdir -p "$out"
    rm -f "$out"/*.png
    QT_QPA_PLATFORM=offscreen "$tool" --lang "$lang" --out "$out" --max-width "$width"
done

# Files over 250 KB go to a 256-colour palette when ImageMagick is there (UI pictures
# lose nothing visible).
if command -v convert >/dev/null; then
    for png in docs/images/guide/*/*.png; do
        if [ "$(stat -c %s "$png")" -gt 256000 ]; then
            convert "$png" -colors 256 "PNG8:$png"
        fi
    done
fi
ls -l docs/images/guide/*/*.png
