#!/usr/bin/env bash
# scripts/fuzz-campaign.sh record/report: the committed ledger and the machine's campaign
# folder together count every slice once, per target and code version.
#   fuzz-campaign-ledger.sh PATH/TO/fuzz-campaign.sh
set -euo pipefail
campaign=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FUZZ_CAMPAIGN_DIR=$work/folder FUZZ_CAMPAIGN_LEDGER=$work/ledger.tsv

header='start_utc\tend_utc\tcommit\tcode_version\tseconds\truns\texec_per_s\tstatus\tcorpus_files\tload_avg\n'
printf "target\t$header" >"$FUZZ_CAMPAIGN_LEDGER"
slice() { # TARGET START VERSION RUNS: one finished 900-second slice in the folder
    local tsv=$FUZZ_CAMPAIGN_DIR/$1/runs.tsv
    mkdir -p "$FUZZ_CAMPAIGN_DIR/$1/corpus"
    [ -f "$tsv" ] || printf "$header" >"$tsv"
    printf '%s\t%s\tc0ffee\t%s\t900\t%s\t1\t0\t3\t0.5\n' "$2" "$2" "$3" "$4" >>"$tsv"
}
runs() { # TARGET VERSION: the report's run count, or "none"
    bash "$campaign" report | awk -v t="$1" -v v="$2" '$1 == t && $2 == v { print $3; found = 1 } END { if (!found) print "none" }'
}
fail=0
expect() { # WHAT EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then echo "ok   $1: $3"; else echo "FAIL $1: expected $2, got $3"; fail=1; fi
}

slice ojf 2026-12-03T08:00:00Z v1 1000
slice ojf 2026-12-03T08:15:00Z v1 2500
slice ojf 2026-12-03T08:30:00Z v2 40
slice merge 2026-12-03T08:00:00Z v1 700
expect "folder only, ojf v1" 3500 "$(runs ojf v1)"
expect "folder only, ojf v2 apart" 40 "$(runs ojf v2)"

out=$(bash "$campaign" record)
expect "first record adds every slice" "fuzz-campaign: 4 slices added to $FUZZ_CAMPAIGN_LEDGER" "$out"
expect "ledger lines" 5 "$(wc -l <"$FUZZ_CAMPAIGN_LEDGER")"
expect "recorded slices are not counted twice" 3500 "$(runs ojf v1)"
out=$(bash "$campaign" record)
expect "second record adds nothing" "fuzz-campaign: 0 slices added to $FUZZ_CAMPAIGN_LEDGER" "$out"

slice ojf 2026-12-03T08:45:00Z v1 100
expect "ledger plus a new slice" 3600 "$(runs ojf v1)"

# A fresh machine: the folder is gone, the ledger carries the count.
rm -rf "$FUZZ_CAMPAIGN_DIR"
expect "ledger alone, ojf v1" 3500 "$(runs ojf v1)"
expect "ledger alone, merge v1" 700 "$(runs merge v1)"
expect "a target never run" none "$(runs export v1)"
exit $fail
