#!/usr/bin/env bash
# ClickHouse benchmark (docs/PERFORMANCE.md, "Warehouse: ClickHouse"): EVENTS generated
# events on the two-shard test cluster (scripts/ch-test-cluster.sh) and in the SQLite data
# set they were generated into; paths + funnel + transitions + time to convert
#   1. pushed down to the Distributed table (omnimap-cli paths --source clickhouse://…),
#   2. on the local SQLite data set (omnimap-cli paths --db …),
#   3. the naive way: every row fetched to the desktop (clickhouse-client, TSV, counted).
# Prints wall time, rows and bytes that crossed the wire and the desktop's peak RSS.
#   bench-clickhouse.sh OMNIMAP_CLI [EVENTS=50000000] [DATASET]
# Unattended: the push-down and the naive fetch get a 4-hour limit; everything is
# stopped and removed on exit, also on failure or Ctrl-C.
set -euo pipefail
cli=$1 events=${2:-50000000} dataset=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
state=$(mktemp -d /tmp/omnimap-chbench.XXXXXX)
trap 'bash "$here/ch-test-cluster.sh" stop "$state/ch" || true; rm -rf -- "$state"' EXIT
renice -n 10 $$ >/dev/null 2>&1 || true # the servers started below inherit it
echo "uptime before: $(uptime)"
start=$(date +%s)
bash "$here/ch-test-cluster.sh" start "$state/ch" "$cli" "$here/../resources/samples/retail-click-collect.omnimap" "$events" $dataset
echo "load: $(( $(date +%s) - start )) s (generate + export + INSERT through the Distributed table)"
set -a; . "$state/ch/env"; set +a
export CLICKHOUSE_PASSWORD=$OMNIMAP_CH_PASSWORD OMNIMAP_WAREHOUSE_TRAFFIC=1

measure() { # label, command…
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$state/time" "$@" >"$state/out" 2>"$state/err" || { cat "$state/err" >&2; return 1; }
    read -r wall rss <"$state/time"
    traffic=$(grep -o 'warehouse traffic: .*' "$state/err" || echo "local")
    printf '%-28s wall %7.1f s  peak RSS %6d MB  %s\n' "$label" "$wall" $((rss / 1024)) "$traffic"
}
url="clickhouse://$OMNIMAP_CH_USER@$OMNIMAP_CH_HOST:$OMNIMAP_CH_PORT/$OMNIMAP_CH_DATABASE?table=events&map.sequence=seq&timeout=14400"
measure "push-down (2 shards)" "$cli" paths --source "$url" --top 10
# OMNIMAP_BENCH_LOCAL=0 leaves out the SQLite run (at 50 M it needs several GB of RAM;
# the comparison table uses SQLite at 10 M).
if [ "${OMNIMAP_BENCH_LOCAL:-1}" != 0 ]; then
    measure "SQLite data set" "$cli" paths --db "$OMNIMAP_CH_DATASET" --top 10
fi
start=$(date +%s%N)
read -r rows bytes < <(clickhouse-client --host 127.0.0.1 --port "$OMNIMAP_CH_TCP1" --user "$OMNIMAP_CH_USER" \
    --password "$OMNIMAP_CH_PASSWORD" --max_execution_time 14400 \
    --query "SELECT customer, ts, channel, touchpoint, stage, event_type, revenue FROM warehouse.events FORMAT TabSeparated" \
    | wc -l -c)
ms=$(( ($(date +%s%N) - start) / 1000000 ))
printf '%-28s wall %7d ms  rows %d  bytes %d (every row to the desktop)\n' "naive fetch" "$ms" "$rows" "$bytes"
echo "uptime after: $(uptime)"
