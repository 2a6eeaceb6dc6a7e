#!/usr/bin/env bash
# Warehouse benchmark (docs/PERFORMANCE.md, "Warehouse"): EVENTS generated events in a
# throwaway PostgreSQL 15 and in a SQLite data set; paths + funnel + transitions + time
# to convert
#   1. pushed down to PostgreSQL (plain table and 4 hash partitions by customer),
#   2. on the local SQLite data set,
#   3. the naive way: every row fetched to the desktop (psql COPY TO STDOUT).
# Prints wall time, rows and bytes over the wire and the desktop's peak RSS.
#   bench-warehouse.sh OMNIMAP_CLI [EVENTS=20000000]
# The push-down gets a 4-hour time limit (the default 300 s is for interactive use).
# The script and every server it starts run at nice 10: the machine may be shared.
set -euo pipefail
cli=$(readlink -f "$1") events=${2:-20000000}
here=$(cd "$(dirname "$0")" && pwd)
state=$(mktemp -d /tmp/omnimap-pgbench.XXXXXX)
trap 'bash "$here/pg-test-server.sh" stop "$state/pg" || true; rm -rf -- "$state"' EXIT
renice -n 10 $$ >/dev/null 2>&1 || true # the servers started below inherit it
echo "uptime before: $(uptime)"
start=$(date +%s)
OMNIMAP_PG_PARTITION_ALL=true bash "$here/pg-test-server.sh" start "$state/pg" "$cli" \
    "$here/../resources/samples/retail-click-collect.omnimap" "$events"
echo "load: $(( $(date +%s) - start )) s (generate + export + COPY + partition copy)"
set -a; . "$state/pg/env"; set +a
export PGPASSWORD=$OMNIMAP_PG_PASSWORD PGUSER=$OMNIMAP_PG_USER OMNIMAP_WAREHOUSE_TRAFFIC=1

measure() { # label, command…
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$state/time" "$@" >"$state/out" 2>"$state/err" || { cat "$state/err" >&2; return 1; }
    read -r wall rss <"$state/time"
    traffic=$(grep -o 'warehouse traffic: .*' "$state/err" || echo "local")
    printf '%-28s wall %7.1f s  peak RSS %6d MB  %s\n' "$label" "$wall" $((rss / 1024)) "$traffic"
}
for table in events events_by_customer; do
    url="postgres://$PGUSER@$PGHOST:$PGPORT/$PGDATABASE?table=$table&sslmode=disable&map.sequence=seq&timeout=14400"
    measure "push-down ($table)" "$cli" paths --source "$url" --top 10
done
measure "SQLite data set" "$cli" paths --db "$OMNIMAP_PG_DATASET" --top 10
# The naive way: every mapped column of every event to the desktop (psql's COPY, which
# streams; building journeys from them would then cost the SQLite figure on top).
/usr/bin/time -f "%e %M" -o "$state/time" psql -X -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PGDATABASE" \
    -c "\\copy (SELECT customer, ts, seq, channel, touchpoint, stage, event_type, revenue FROM events) TO STDOUT" >"$state/naive"
read -r wall rss <"$state/time"
printf '%-28s wall %7.1f s  peak RSS %6d MB  warehouse traffic: rows %d, bytes %d (every row to the desktop)\n' \
    "naive fetch (psql COPY)" "$wall" $((rss / 1024)) "$(wc -l <"$state/naive")" "$(wc -c <"$state/naive")"
rm -f "$state/naive"
echo "uptime after: $(uptime)"
