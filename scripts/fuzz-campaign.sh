#!/usr/bin/env bash
# Long libFuzzer campaigns toward 10^7 runs per target on one version of the code
# (issue 21, docs/robustness.md "Campaign"). Uses the programs scripts/fuzz.sh builds
# (build it first: scripts/fuzz.sh --build-only); keeps every target's corpus, findings and
# logs in a folder outside git that later sessions share, and counts the runs per target
# and per code version from libFuzzer's final statistics.
#
#   scripts/fuzz-campaign.sh run [--goal N] [--slice S] [--slices K] [--stop-at HH:MM] TARGET...
#       runs the targets one after another (one fuzz process), each until its runs for the
#       current code version reach N (default 10000000) or the stop time (UTC) comes;
#       in slices of S seconds (default 900), each slice one line in TARGET/runs.tsv;
#       --slices K: at most K slices per target (e.g. --slices 1 --slice 120 to measure).
#       For two processes on two cores start two of these with different targets.
#   scripts/fuzz-campaign.sh report
#       runs, wall time, executions/s, corpus size and findings per target and code version.
#   scripts/fuzz-campaign.sh record
#       appends the folder's slices not yet in the ledger docs/fuzz-campaign-runs.tsv to it;
#       commit it. The folder is lost with the machine, the ledger is not: counts and the
#       report take the slices of both, so a later session on the same code version goes
#       on from the recorded total.
#
#   FUZZ_CAMPAIGN_DIR  the shared folder (default /work/fuzz-campaign)
#   FUZZ_CAMPAIGN_LEDGER  the committed record of slices (default docs/fuzz-campaign-runs.tsv)
#   FUZZ_BUILD_DIR     the clang build (default build-fuzz)
#   FUZZ_NICE          niceness of the fuzz processes (default 19: builds go first)
#   FUZZ_TIMEOUT       seconds one input may take (default 25). libFuzzer measures wall time,
#                      so a lane at nice 19 beside a build needs more (e.g. 300), or it
#                      reports the starved input as a timeout. Slow units are reported
#                      from 2/5 of it (10 s by default, libFuzzer's own default).
#
# A target's code version is a hash of the committed sources its program runs
# (scripts/lib/fuzz-seeds.sh: src/core and, per target, sim, document, report, its harness,
# the build files; a docs, GUI or CLI commit keeps every version, a src/report commit only
# those of ojf and export); scripts/fuzz.sh records the versions it built in
# $FUZZ_BUILD_DIR/fuzz-code-version, and a run refuses a program built from other code. The
# programs are copied to bin/<target>/<code version>/ in the campaign folder and run from there.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${FUZZ_CAMPAIGN_DIR:-/work/fuzz-campaign}
build=${FUZZ_BUILD_DIR:-build-fuzz}
niceness=${FUZZ_NICE:-19}
all_targets=(project events_csv paths_csv ojf segment_sql merge export)

ledger=${FUZZ_CAMPAIGN_LEDGER:-docs/fuzz-campaign-runs.tsv}

# The slices of TARGET, each once, as runs.tsv lines without the header: the ledger's
# (column 1 is the target) and the folder's not yet recorded there (same start time).
slices_of() {
    local t="$1" tsv="$dir/$1/runs.tsv"
    [ -f "$tsv" ] || tsv=/dev/null
    awk -F'\t' -v t="$t" 'FNR == 1 { file++; next }
        file == 1 && $1 == t { sub(/^[^\t]*\t/, ""); seen[$1] = 1; print; next }
        file == 2 && !($1 in seen) { print }' "$ledger" "$tsv"
}

# Sum of executed runs of TARGET for VERSION (column 6 of runs.tsv).
runs_so_far() {
    slices_of "$1" | awk -F'\t' -v v="$2" '$4 == v { s += $6 } END { printf "%d\n", s }'
}

record() {
    local added=0 t
    for t in "${all_targets[@]}"; do
        local tsv="$dir/$t/runs.tsv"
        [ -f "$tsv" ] || continue
        local n
        n=$(awk -F'\t' -v t="$t" 'FNR == 1 { file++; next }
            file == 1 && $1 == t { seen[$2] = 1; next }
            file == 2 && !($1 in seen) { print t "\t" $0 }' "$ledger" "$tsv" | tee -a "$ledger" | wc -l)
        added=$((added + n))
    done
    echo "fuzz-campaign: $added slices added to $ledger"
}

source scripts/lib/fuzz-seeds.sh

run() {
    local goal=10000000 slice=900 stop_at="" max_slices=0 targets=()
    while [ $# -gt 0 ]; do
        case "$1" in
            --goal) goal="$2"; shift 2 ;;
            --slice) slice="$2"; shift 2 ;;
            --stop-at) stop_at="$2"; shift 2 ;;
            --slices) max_slices="$2"; shift 2 ;;
            *) targets+=("$1"); shift ;;
        esac
    done
    [ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
    # Every target's programs are checked before any runs, so a lane does not stop halfway;
    # the versions are taken once, so a commit in the checkout during the lane changes nothing.
    local t
    declare -A versions=()
    for t in "${targets[@]}"; do
        local version built
        version=$(fuzz_code_version "$t")
        versions[$t]=$version
        built=$(awk -v t="$t" '$1 == t { print $2 }' "$build/fuzz-code-version" 2>/dev/null)
        # Programs of this version already copied to the folder are used as they are.
        if [ "$version" = dirty ] || { [ ! -d "$dir/bin/$t/$version" ] && [ "$version" != "${built:-none}" ]; }; then
            echo "fuzz-campaign: $t in $build was built from code version '${built:-none}', the checkout is '$version'" >&2
            echo "  (commit, then scripts/fuzz.sh --build-only)" >&2
            exit 1
        fi
        # The campaign runs copies, so rebuilding build-fuzz (another version) does not touch it.
        local bin="$dir/bin/$t/$version"
        if [ ! -d "$bin" ]; then
            local tmp="$bin.tmp.$$"
            mkdir -p "$tmp"
            cp "$build/tests/fuzz/fuzz_$t" "$tmp/"
            git log -1 --format='%H %cI %s' >"$tmp/BUILT-FROM"
            mv -T "$tmp" "$bin" 2>/dev/null || rm -rf "$tmp"
        fi
    done
    local stop_epoch=""
    if [ -n "$stop_at" ]; then
        stop_epoch=$(date -u -d "$stop_at" +%s)
        # A bare HH:MM already past today means tomorrow (a lane started at 23:50 with
        # --stop-at 00:40 otherwise stopped at once).
        [ "$stop_epoch" -gt "$(date -u +%s)" ] || stop_epoch=$((stop_epoch + 86400))
    fi
    export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
    export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:allocator_may_return_null=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    for t in "${targets[@]}"; do
        local tdir="$dir/$t" version=${versions[$t]}
        local bin="$dir/bin/$t/$version"
        mkdir -p "$tdir/corpus" "$tdir/findings" "$tdir/logs"
        [ -f "$tdir/runs.tsv" ] || printf 'start_utc\tend_utc\tcommit\tcode_version\tseconds\truns\texec_per_s\tstatus\tcorpus_files\tload_avg\n' >"$tdir/runs.tsv"
        local slices=0
        while [ "$max_slices" = 0 ] || [ "$slices" -lt "$max_slices" ]; do
            slices=$((slices + 1))
            local done_runs left seconds now
            done_runs=$(runs_so_far "$t" "$version")
            left=$((goal - done_runs))
            [ "$left" -gt 0 ] || { echo "fuzz-campaign: $t: $done_runs runs for $version, goal reached"; break; }
            seconds=$slice
            now=$(date -u +%s)
            if [ -n "$stop_epoch" ]; then
                [ $((stop_epoch - now)) -ge 30 ] || { echo "fuzz-campaign: stop time reached"; return 0; }
                [ $((stop_epoch - now)) -lt "$seconds" ] && seconds=$((stop_epoch - now))
            fi
            local start log status=0
            start=$(date -u +%Y-%m-%dT%H:%M:%SZ)
            log="$tdir/logs/$(date -u +%Y%m%dT%H%M%SZ)-$version.log"
            # shellcheck disable=SC2046
            nice -n "$niceness" "$bin/fuzz_$t" -max_total_time="$seconds" -runs="$left" \
                -timeout="${FUZZ_TIMEOUT:-25}" -report_slow_units=$((${FUZZ_TIMEOUT:-25} * 2 / 5)) -rss_limit_mb=2048 -detect_leaks=0 -max_len=131072 \
                -artifact_prefix="$tdir/findings/" -print_final_stats=1 -dict=tests/fuzz/omnimap.dict \
                "$tdir/corpus" $(fuzz_seeds_of "$t") >"$log" 2>&1 || status=$?
            local runs rate
            runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
            # Killed before the final statistics: the last status line's "#N" is a lower bound.
            [ -n "$runs" ] || runs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
            runs=${runs:-0}
            rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$start" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
                "$(git rev-parse --short=12 HEAD)" "$version" "$(($(date -u +%s) - now))" "$runs" "${rate:-?}" \
                "$status" "$(find "$tdir/corpus" -type f | wc -l)" "$(cut -d' ' -f1 /proc/loadavg)" >>"$tdir/runs.tsv"
            echo "fuzz-campaign: $t: +$runs runs (${rate:-?}/s), status $status, $(runs_so_far "$t" "$version") for $version"
            if [ "$status" != 0 ]; then
                # A finding (or a kill): the input is in findings/; the log says which.
                grep -E 'ERROR|finding|SUMMARY|Test unit written' "$log" | head -5 || true
                [ "$status" -ge 128 ] && return "$status"
                break
            fi
        done
    done
}

report() {
    printf '%-12s %-12s %12s %9s %9s %8s %9s\n' target code_version runs wall_s exec/s corpus findings
    for t in "${all_targets[@]}"; do
        local corpus findings
        # A target recorded in the ledger may have no folder on this machine.
        corpus=$( (find "$dir/$t/corpus" -type f 2>/dev/null || true) | wc -l)
        findings=$( (find "$dir/$t/findings" -type f 2>/dev/null || true) | wc -l)
        slices_of "$t" | awk -F'\t' -v t="$t" -v c="$corpus" -v f="$findings" '{ r[$4] += $6; s[$4] += $5 }
            END { for (v in r) printf "%-12s %-12s %12d %9d %9.0f %8d %9d\n", t, v, r[v], s[v], s[v] ? r[v] / s[v] : 0, c, f }'
    done
}

case "${1:-}" in
    run) shift; run "$@" ;;
    report) report ;;
    record) record ;;
    *) sed -n '2,30p' "$0"; exit 2 ;;
esac
