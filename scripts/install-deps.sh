#!/usr/bin/env bash
# Installs the Debian 12 packages Omnimap needs to build, run and test.
# Idempotent and quick: apt is only called when something is missing.
set -euo pipefail

PACKAGES=(
    build-essential cmake git pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6svg6 libgl1-mesa-dev
    libqt6opengl6-dev  # Qt6Charts' CMake package needs Qt6OpenGL; qt6-charts-dev does not pull it in
    nlohmann-json3-dev libsqlite3-dev sqlite3
    fonts-noto-cjk
    # tests: offscreen/virtual display, PDF inspection, JSON Schema, desktop files
    xvfb xauth poppler-utils python3 python3-jsonschema
    appstream desktop-file-utils dpkg-dev file
    # robustness: the libFuzzer targets and ASan/UBSan build (scripts/fuzz.sh, docs/robustness.md)
    clang-14 libfuzzer-14-dev libclang-rt-14-dev lld-14
    lld  # ld.lld for gcc's -fuse-ld=lld: links the ASan+UBSan test build (scripts/build.sh --sanitize)
    chromium  # tests: the HTML export opened in headless Chromium (tests/browser)
    # warehouse source: Qt's PostgreSQL driver, libpq (cancel), the keychain; a throwaway
    # PostgreSQL 15 and a two-shard ClickHouse cluster for its tests (scripts/pg-test-server.sh,
    # scripts/ch-test-cluster.sh)
    libqt6sql6-psql libpq-dev qtkeychain-qt6-dev postgresql-15 clickhouse-server clickhouse-client
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
