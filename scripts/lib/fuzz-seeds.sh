# Sourced by scripts/fuzz.sh and scripts/fuzz-campaign.sh (run from the repository root):
# the seed folders of a fuzz target, its own corpus first, and the code version a campaign
# counts its runs by. One definition each, so a campaign and the sanitizer stage start
# from the same inputs and agree on what "the same code" is.

# What the fuzz programs are built from: the libraries they link (omnimap_report and what
# it links: document, sim, core), the targets, the build files. Not src/app or src/cli,
# which no fuzz program links, so GUI and command-line work does not restart a campaign.
fuzz_code_paths=(src/core src/sim src/document src/report tests/fuzz cmake CMakeLists.txt)

# A hash of those paths as committed; "dirty" when the checkout changed any of them.
fuzz_code_version() {
    if git diff --quiet HEAD -- "${fuzz_code_paths[@]}" 2>/dev/null; then
        git ls-tree HEAD "${fuzz_code_paths[@]}" | git hash-object --stdin | cut -c1-12
    else
        echo dirty
    fi
}

fuzz_seeds_of() {
    local t="$1"
    local seeds=(tests/fuzz/corpus/"$t")
    case "$t" in
        project) seeds+=(resources/samples tests/third_party/conformance/JSONTestSuite/test_parsing) ;;
        export|segment_sql) seeds+=(resources/samples) ;;
        ojf) seeds+=(tests/third_party/interop/openjourney) ;;
        events_csv|paths_csv) seeds+=(tests/third_party/conformance/csv-spectrum/csvs) ;;
    esac
    echo "${seeds[@]}"
}
