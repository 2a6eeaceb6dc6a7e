# Sourced by scripts/fuzz.sh and scripts/fuzz-campaign.sh (run from the repository root):
# the seed folders of a fuzz target, its own corpus first. One list, so a campaign and the
# sanitizer stage start from the same inputs.
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
