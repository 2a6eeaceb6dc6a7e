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
pdfs=$(mktemp -d)
trap 'rm -rf "$pdfs"' EXIT
for lang in en ko; do
    out=docs/images/guide/$lang
    mkdir -p "$out"
    rm -f "$out"/*.png
    QT_QPA_PLATFORM=offscreen "$tool" --lang "$lang" --out "$out" --max-width "$width" --keep-pdf "$pdfs/$lang.pdf"
    # The exported report's first journey-map page (poppler-utils' pdftoppm)…
    if command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null; then
        pages=$(pdfinfo "$pdfs/$lang.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
        for ((page = 1; page <= ${pages:-0}; page++)); do
            text=$(pdftotext -f "$page" -l "$page" "$pdfs/$lang.pdf" -)
            if grep -Eq '^(Journey map|여정 지도) — ' <<<"$text"; then
                pdftoppm -png -singlefile -f "$page" -l "$page" -scale-to-x "$width" -scale-to-y -1 \
                    "$pdfs/$lang.pdf" "$out/08-pdf-page"
                break
            fi
        done
        # …and its channel-flow page (the dashboard's Sankey chart on paper).
        for ((page = 1; page <= ${pages:-0}; page++)); do
            if pdftotext -f "$page" -l "$page" "$pdfs/$lang.pdf" - | grep -Eq '^(Channel flow|채널 흐름)$'; then
                pdftoppm -png -singlefile -f "$page" -l "$page" -scale-to-x "$width" -scale-to-y -1 \
                    "$pdfs/$lang.pdf" "$out/08b-pdf-channel-flow"
                break
            fi
        done
    else
        echo "update-screenshots: pdftoppm not found (apt-get install poppler-utils); no PDF page picture"
    fi
done

# A 256-colour palette (pngquant, if installed: apt-get install pngquant) keeps each
# picture around 100 KB; UI pictures lose nothing visible.
if command -v pngquant >/dev/null; then
    pngquant --force --skip-if-larger --quality 70-95 --speed 1 --ext .png docs/images/guide/*/*.png || true
else
    echo "update-screenshots: pngquant not found; the PNGs are left uncompressed (200-300 KB each)"
fi
ls -l docs/images/guide/*/*.png
