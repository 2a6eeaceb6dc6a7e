# Sourced by scripts/fuzz.sh and scripts/fuzz-campaign.sh (run from the repository root):
# the seed folders of a fuzz target, its own corpus first, and the code version a campaign
# counts its runs by. One definition each, so a campaign and the sanitizer stage start
# from the same inputs and agree on what "the same code" is.

# What a fuzz target's program runs, per target: the libraries its function reaches (core;
# sim for the data set and segment SQL; document and report for .ojf and export), its
# harness file, the harness files every program shares, the build files. Not src/app or
# src/cli, which no fuzz program links, and not another target's harness or libraries, so a
# change to the export harness or to src/report does not restart the count of the CSV
# importers or the project loader; a change in src/core restarts every target.
fuzz_code_paths_of() {
    local paths=(src/core tests/fuzz/CMakeLists.txt tests/fuzz/fuzztargets.h tests/fuzz/fuzzsupport.cpp
                 tests/fuzz/libfuzzermain.cpp cmake CMakeLists.txt)
    case "$1" in
        project|merge) paths+=(tests/fuzz/fuzz_core.cpp) ;;
        segment_sql) paths+=(src/sim tests/fuzz/fuzz_core.cpp) ;;
        events_csv|paths_csv) paths+=(src/sim tests/fuzz/fuzz_import.cpp) ;;
        ojf) paths+=(src/sim src/document src/report tests/fuzz/fuzz_import.cpp) ;;
        export) paths+=(src/sim src/document src/report tests/fuzz/fuzz_export.cpp) ;;
        *) echo "fuzz-seeds: unknown target '$1'" >&2; return 1 ;;
    esac
    echo "${paths[@]}"
}

# The code version of TARGET: a hash of its paths as committed; "dirty" when the checkout
# changed any of them.
fuzz_code_version() {
    local paths
    paths=$(fuzz_code_paths_of "$1") || return 1
    # shellcheck disable=SC2086
    if git diff --quiet HEAD -- $paths 2>/dev/null; then
        git ls-tree -r HEAD $paths | git hash-object --stdin | cut -c1-12
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
