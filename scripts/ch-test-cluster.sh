#!/usr/bin/env bash
# A throwaway two-shard ClickHouse cluster for the warehouse tests (docs/warehouse.md,
# "ClickHouse: tests").
#
#   ch-test-cluster.sh start STATE_DIR OMNIMAP_CLI PROJECT EVENTS [DATASET]  # cluster + events
#   ch-test-cluster.sh stop  STATE_DIR                                       # stop, remove all
#   ch-test-cluster.sh stop-shard|kill-shard|start-shard STATE_DIR N         # fault tests
#                      (stop: SIGTERM; kill: SIGKILL at once, as a crash would)
#
# start: two clickhouse-server processes on 127.0.0.1, each with its own temporary folder,
# config.xml, users.xml and free ports (HTTP, native TCP, interserver); a remote_servers
# cluster "omnimap" of two shards; a MergeTree table `events_local` on each and a
# Distributed table `events` over them sharded by cityHash64(customer). The events come
# from omnimap-cli generate-sample (or DATASET, an existing SQLite data set) and are
# loaded through the Distributed table (insert_distributed_sync=1). Small caches and
# memory limits: the machine is shared. Any failure stops and removes everything.
set -euo pipefail

SERVER=${OMNIMAP_CH_SERVER:-/usr/sbin/clickhouse-server}
CLIENT=${OMNIMAP_CH_CLIENT:-/usr/bin/clickhouse-client}
all_args=("$@")
cmd=${1:-}
state=${2:-}
[ -n "$cmd" ] && [ -n "$state" ] || { echo "usage: $0 start|stop|stop-shard|kill-shard|start-shard STATE_DIR …" >&2; exit 2; }

stop_shard() { # $1 = shard number, $2 = first signal (TERM, or KILL for a crash)
    local dir pid
    dir=$(cat "$state/server-dir" 2>/dev/null) || return 0
    [ -f "$dir/shard$1/pid" ] || return 0
    pid=$(cat "$dir/shard$1/pid")
    if kill -0 "$pid" 2>/dev/null; then
        kill "-${2:-TERM}" "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$dir/shard$1/pid"
}

start_shard() { # $1 = shard number; waits until it answers over HTTP
    local dir=$(cat "$state/server-dir") http
    http=$(cat "$dir/shard$1/http-port")
    # Already running (a test's restart guard after an explicit start): nothing to do —
    # a second server would fail on the ports and leave the pid file pointing at it.
    if [ -f "$dir/shard$1/pid" ] && kill -0 "$(cat "$dir/shard$1/pid")" 2>/dev/null; then return 0; fi
    "$SERVER" --config-file="$dir/shard$1/config.xml" >"$dir/shard$1/stdout" 2>&1 &
    local pid=$!
    echo "$pid" > "$dir/shard$1/pid"
    for _ in $(seq 1 150); do
        if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$http/ping', timeout=1)" 2>/dev/null; then return 0; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    # Say all there is to know before the cleanup removes the folder: how the server
    # ended and what it wrote (a CI run once saw this with nothing printed).
    local status=running
    if ! kill -0 "$pid" 2>/dev/null; then status=0; wait "$pid" || status=$?; fi
    echo "ch-test-cluster: shard $1 did not start (server exit status: $status; ports: http $http," \
         "tcp $(sed -n 's:.*<tcp_port>\(.*\)</tcp_port>.*:\1:p' "$dir/shard$1/config.xml" 2>/dev/null))" >&2
    for f in "$dir/shard$1/err.log" "$dir/shard$1/server.log" "$dir/shard$1/stdout"; do
        if [ -f "$f" ]; then echo "--- $f:" >&2; tail -n 20 "$f" >&2; else echo "--- $f: missing" >&2; fi
    done
    return 1
}

stop() {
    local dir
    [ -f "$state/server-dir" ] || { rm -rf -- "$state"; return 0; }
    dir=$(cat "$state/server-dir")
    stop_shard 1
    stop_shard 2
    case "$dir" in /tmp/omnimap-ch.*) rm -rf -- "$dir" ;; esac
    rm -rf -- "$state"
}

case "$cmd" in
stop) stop; exit 0 ;;
stop-shard) stop_shard "${3:?shard}"; exit 0 ;;
kill-shard) stop_shard "${3:?shard}" KILL; exit 0 ;;
start-shard) start_shard "${3:?shard}"; exit $? ;;
start) ;;
*) echo "$0: unknown command $cmd" >&2; exit 2 ;;
esac
cli=$3 project=$4 events=$5 dataset=${6:-}

if [ ! -x "$SERVER" ] || [ ! -x "$CLIENT" ]; then
    echo "ch-test-cluster: $SERVER or $CLIENT not found: install clickhouse-server and clickhouse-client (scripts/install-deps.sh)" >&2
    # In CI a missing server fails the run; on a developer machine the tests skip.
    [ "${CI:-}" = true ] && exit 1
    exit 0
fi
stop # a previous run killed before its cleanup
mkdir -p "$state"
# A failed start is cleaned up and tried once more from scratch, with new ports: the free
# ports are only free when picked, and a test running beside this one may take one
# before the server binds it. What went wrong the first time stays in the log above.
retry() {
    echo "ch-test-cluster: start failed, cleaning up" >&2
    stop
    if [ -z "${OMNIMAP_CH_RETRIED:-}" ]; then
        echo "ch-test-cluster: starting once more with new ports" >&2
        OMNIMAP_CH_RETRIED=1 exec bash "$0" "${all_args[@]}"
    fi
}
trap 'status=$?; if [ $status -ne 0 ]; then retry; fi' EXIT

dir=$(mktemp -d /tmp/omnimap-ch.XXXXXX)
echo "$dir" > "$state/server-dir"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
admin_pw=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
analyst_pw=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
declare -A http tcp
for s in 1 2; do
    http[$s]=$(free_port); tcp[$s]=$(free_port)
done

for s in 1 2; do
    d=$dir/shard$s
    mkdir -p "$d/data" "$d/tmp" "$d/user_files" "$d/format_schemas"
    echo "${http[$s]}" > "$d/http-port"
    cat > "$d/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
    <logger><level>warning</level><log>$d/server.log</log><errorlog>$d/err.log</errorlog><size>10M</size><count>1</count></logger>
    <listen_host>127.0.0.1</listen_host>
    <http_port>${http[$s]}</http_port>
    <tcp_port>${tcp[$s]}</tcp_port>
    <interserver_http_host>127.0.0.1</interserver_http_host>
    <interserver_http_port>$(free_port)</interserver_http_port>
    <path>$d/data/</path>
    <tmp_path>$d/tmp/</tmp_path>
    <user_files_path>$d/user_files/</user_files_path>
    <format_schema_path>$d/format_schemas/</format_schema_path>
    <users_config>$d/users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <timezone>UTC</timezone>
    <max_concurrent_queries>20</max_concurrent_queries>
    <mark_cache_size>67108864</mark_cache_size>
    <uncompressed_cache_size>67108864</uncompressed_cache_size>
    <mlock_executable>false</mlock_executable>
    <remote_servers>
        <omnimap>
            <shard><replica><host>127.0.0.1</host><port>${tcp[1]}</port><user>admin</user><password>$admin_pw</password></replica></shard>
            <shard><replica><host>127.0.0.1</host><port>${tcp[2]}</port><user>admin</user><password>$admin_pw</password></replica></shard>
        </omnimap>
    </remote_servers>
</yandex>
XML
    # The analyst may write (like the PostgreSQL test user): only Omnimap's readonly=1
    # must stop it.
    cat > "$d/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
    <profiles>
        <default>
            <max_memory_usage>3000000000</max_memory_usage>
            <max_bytes_before_external_group_by>1000000000</max_bytes_before_external_group_by>
            <max_bytes_before_external_sort>1000000000</max_bytes_before_external_sort>
            <max_threads>2</max_threads>
            <log_queries>0</log_queries>
        </default>
    </profiles>
    <users>
        <admin><password>$admin_pw</password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></admin>
        <analyst><password>$analyst_pw</password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></analyst>
    </users>
    <quotas><default></default></quotas>
</yandex>
XML
    start_shard "$s"
done

ch() { # $1 = shard, rest = client arguments
    local s=$1; shift
    "$CLIENT" --host 127.0.0.1 --port "${tcp[$s]}" --user admin --password "$admin_pw" "$@"
}
for s in 1 2; do
    ch "$s" --multiquery <<'SQL'
CREATE DATABASE warehouse;
CREATE TABLE warehouse.events_local (seq Int64, customer String, ts Int64, channel String, touchpoint String, stage String,
    event_type String, revenue Float64, cost Float64, age_band String, gender String, region String, signup_date String)
    ENGINE = MergeTree ORDER BY (customer, ts, seq);
CREATE TABLE warehouse.events AS warehouse.events_local ENGINE = Distributed(omnimap, warehouse, events_local, cityHash64(customer));
CREATE TABLE warehouse.events_empty AS warehouse.events_local ENGINE = MergeTree ORDER BY seq;
CREATE TABLE warehouse.events_text_time (customer String, ts String, channel String, event_type String) ENGINE = TinyLog;
CREATE TABLE warehouse.events_nulls (seq Int64, customer Nullable(String), ts Nullable(DateTime), channel Nullable(String),
    event_type String, revenue Nullable(Float64)) ENGINE = TinyLog;
CREATE TABLE warehouse.events_seoul (seq Int64, customer String, ts DateTime('Asia/Seoul'), day Date, channel String,
    event_type String, revenue Float64) ENGINE = TinyLog;
CREATE VIEW warehouse.events_slow AS SELECT * FROM warehouse.events WHERE sleepEachRow(0.00004) = 0;
SQL
done

# The events: generated into SQLite (or an existing data set), exported with the exact
# doubles and the import order (seq) as the tie-break for events at the same millisecond.
[ -n "$dataset" ] && [ ! -f "$dataset" ] && dataset=  # the PostgreSQL fixture did not run
if [ -z "$dataset" ]; then
    dataset=$state/events.sqlite
    "$cli" generate-sample "$project" --events "$events" --seed 7 --out "$dataset" --force >/dev/null
fi
echo "$dataset" > "$state/dataset"
sqlite3 -csv "$dataset" <<'SQL' | ch 1 --insert_distributed_sync=1 --query "INSERT INTO warehouse.events FORMAT CSV"
SELECT e.id, c.external_id, e.ts, coalesce(ch.name, ''), coalesce(tp.name, ''), coalesce(st.name, ''), et.name,
       printf('%.17g', e.revenue), printf('%.17g', e.cost),
       coalesce(c.age_band, ''), coalesce(c.gender, ''), coalesce(c.region, ''), coalesce(c.signup_date, '')
FROM events e JOIN customers c ON c.id = e.customer_id
LEFT JOIN channels ch ON ch.id = e.channel_id LEFT JOIN touchpoints tp ON tp.id = e.touchpoint_id
LEFT JOIN stages st ON st.id = e.stage_id JOIN event_types et ON et.id = e.event_type_id ORDER BY e.id;
SQL

# Faults and time zones, worked by hand in the test (small tables on the first shard).
ch 1 --query "INSERT INTO warehouse.events_text_time VALUES ('c1', '2024-01-01', 'web', 'visit')"
ch 1 --query "INSERT INTO warehouse.events_nulls FORMAT TSV" <<'TSV'
1	a	2024-01-01 10:00:00	web	visit	\N
2	a	2024-01-01 11:00:00	email	visit	\N
3	a	2024-01-01 12:00:00	\N	purchase	10
4	\N	2024-01-01 10:30:00	sns	visit	\N
5	a	\N	store	visit	\N
6	b	2024-01-02 10:00:00	sns	visit	\N
TSV
# Seoul wall-clock times (UTC+9), written as text in the column's own zone.
ch 1 --query "INSERT INTO warehouse.events_seoul FORMAT TSV" <<'TSV'
1	s1	2024-01-01 08:00:00	2024-01-01	web	visit	0
2	s1	2024-01-01 09:30:00	2024-01-01	email	visit	0
3	s1	2024-01-03 09:00:00	2024-01-03	app	purchase	25
TSV
total=$(ch 1 --query "SELECT count() FROM warehouse.events")
local1=$(ch 1 --query "SELECT count() FROM warehouse.events_local")
local2=$(ch 2 --query "SELECT count() FROM warehouse.events_local")
[ "$local1" -gt 0 ] && [ "$local2" -gt 0 ] || { echo "ch-test-cluster: a shard got no events ($local1, $local2)" >&2; exit 1; }

cat > "$state/env" <<ENV
OMNIMAP_CH_HOST=127.0.0.1
OMNIMAP_CH_PORT=${http[1]}
OMNIMAP_CH_PORT2=${http[2]}
OMNIMAP_CH_TCP1=${tcp[1]}
OMNIMAP_CH_TCP2=${tcp[2]}
OMNIMAP_CH_DATABASE=warehouse
OMNIMAP_CH_USER=analyst
OMNIMAP_CH_PASSWORD=$analyst_pw
OMNIMAP_CH_ADMIN=admin
OMNIMAP_CH_ADMIN_PASSWORD=$admin_pw
OMNIMAP_CH_DATASET=$dataset
OMNIMAP_CH_EVENTS=$total
OMNIMAP_CH_SCRIPT=$(readlink -f "$0")
OMNIMAP_CH_STATE=$(readlink -f "$state")
ENV
chmod 600 "$state/env"
echo "ch-test-cluster: two shards on 127.0.0.1:${http[1]} and :${http[2]} with $total events ($local1 + $local2) in $dir"
