#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the warehouse tests (docs/warehouse.md, "Tests").
#
#   pg-test-server.sh start STATE_DIR OMNIMAP_CLI PROJECT EVENTS   # server + generated events
#   pg-test-server.sh stop  STATE_DIR                              # stop it, remove everything
#
# start: initdb in a fresh temporary folder as an unprivileged user (initdb refuses root),
# a free loopback port and a socket in that folder only, small shared_buffers, fsync off;
# generates EVENTS events for PROJECT into a SQLite data set with omnimap-cli and loads
# the very same rows with COPY. Writes STATE_DIR/env (PGHOST, PGPORT, … for the tests).
# Debian's binaries are used by their full path: other initdb/pg_ctl on PATH are ignored.
# Any failure stops and removes the server before exiting non-zero.
set -euo pipefail

PGBIN=${OMNIMAP_PG_BIN:-/usr/lib/postgresql/15/bin}
cmd=${1:-}
state=${2:-}
[ -n "$cmd" ] && [ -n "$state" ] || { echo "usage: $0 start|stop STATE_DIR [CLI PROJECT EVENTS]" >&2; exit 2; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

stop() {
    local dir
    [ -f "$state/server-dir" ] || return 0
    dir=$(cat "$state/server-dir")
    if [ -d "$dir/data" ]; then
        as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    # The folder is ours (mktemp); remove it and the state whatever happened.
    case "$dir" in /tmp/omnimap-pg.*) rm -rf -- "$dir" ;; esac
    rm -rf -- "$state"
}

if [ "$cmd" = stop ]; then
    stop
    exit 0
fi
[ "$cmd" = start ] || { echo "$0: unknown command $cmd" >&2; exit 2; }
cli=$3 project=$4 events=$5

if [ ! -x "$PGBIN/initdb" ]; then
    echo "pg-test-server: $PGBIN/initdb not found: install postgresql-15 (scripts/install-deps.sh)" >&2
    # In CI a missing server fails the run; on a developer machine the test skips.
    [ "${CI:-}" = true ] && exit 1
    exit 0
fi
stop # a previous run killed before its cleanup
mkdir -p "$state"
trap 'status=$?; if [ $status -ne 0 ]; then echo "pg-test-server: start failed, cleaning up" >&2; [ -f "$dir/log" ] && tail -20 "$dir/log" >&2; stop; fi' EXIT

dir=$(mktemp -d /tmp/omnimap-pg.XXXXXX)
echo "$dir" > "$state/server-dir"
chmod 755 "$dir"
mkdir "$dir/data" "$dir/run"
admin_pw=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
analyst_pw=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$admin_pw" > "$dir/pwfile"
if [ "$(id -u)" -eq 0 ]; then
    chown nobody "$dir/data" "$dir/run" "$dir/pwfile"
fi
chmod 700 "$dir/data"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

as_owner "$PGBIN/initdb" -D "$dir/data" -U omnimap_admin --pwfile="$dir/pwfile" -A scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
rm -f "$dir/pwfile"
touch "$dir/log"
[ "$(id -u)" -eq 0 ] && chown nobody "$dir/log"
as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir/run -c shared_buffers=32MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=20 -c work_mem=32MB" \
    start >/dev/null

export PGHOST=127.0.0.1 PGPORT=$port PGUSER=omnimap_admin PGPASSWORD=$admin_pw PGDATABASE=postgres
psql=(psql -X -q -v ON_ERROR_STOP=1)
"${psql[@]}" -c "CREATE DATABASE warehouse" -c "CREATE ROLE analyst LOGIN PASSWORD '$analyst_pw'"

# The events: generated into SQLite, exported with the exact doubles and the import
# order (seq) as the tie-break for events at the same millisecond.
"$cli" generate-sample "$project" --events "$events" --seed 7 --out "$state/events.sqlite" --force >/dev/null
sqlite3 -csv "$state/events.sqlite" >"$state/events.csv" <<'SQL'
SELECT e.id, c.external_id, e.ts, ch.name, tp.name, st.name, et.name, printf('%.17g', e.revenue), printf('%.17g', e.cost),
       c.age_band, c.gender, c.region, c.signup_date
FROM events e JOIN customers c ON c.id = e.customer_id
LEFT JOIN channels ch ON ch.id = e.channel_id LEFT JOIN touchpoints tp ON tp.id = e.touchpoint_id
LEFT JOIN stages st ON st.id = e.stage_id JOIN event_types et ON et.id = e.event_type_id ORDER BY e.id;
SQL
export PGDATABASE=warehouse
"${psql[@]}" <<SQL
CREATE TABLE staging (seq bigint, customer text, ts_ms bigint, channel text, touchpoint text, stage text, event_type text,
                      revenue float8, cost float8, age_band text, gender text, region text, signup_date text);
\copy staging FROM '$state/events.csv' WITH (FORMAT csv)
CREATE TABLE events AS SELECT seq, customer, timestamptz 'epoch' + ts_ms * interval '1 millisecond' AS ts, channel, touchpoint,
       stage, event_type, revenue, cost, age_band, gender, region, signup_date FROM staging;
CREATE TABLE events_by_customer (LIKE events) PARTITION BY HASH (customer);
CREATE TABLE events_p0 PARTITION OF events_by_customer FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE events_p1 PARTITION OF events_by_customer FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE events_p2 PARTITION OF events_by_customer FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE events_p3 PARTITION OF events_by_customer FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO events_by_customer SELECT * FROM events WHERE ${OMNIMAP_PG_PARTITION_ALL:-false}
    OR customer IN (SELECT customer FROM events ORDER BY customer LIMIT 20000);
DROP TABLE staging;
-- Faults: no rows; a time column of the wrong type; NULL customers and times.
CREATE TABLE events_empty (LIKE events);
CREATE TABLE events_text_time (customer text, ts text, channel text, event_type text);
INSERT INTO events_text_time VALUES ('c1', '2024-01-01', 'web', 'visit');
CREATE TABLE events_nulls (LIKE events);
INSERT INTO events_nulls (seq, customer, ts, channel, event_type) VALUES
  (1, 'a', '2024-01-01 10:00+00', 'web', 'visit'), (2, 'a', '2024-01-01 11:00+00', 'email', 'visit'),
  (3, 'a', '2024-01-01 12:00+00', NULL, 'purchase'), (4, NULL, '2024-01-01 10:30+00', 'sns', 'visit'),
  (5, 'a', NULL, 'store', 'visit'), (6, 'b', '2024-01-02 10:00+00', 'sns', 'visit');
UPDATE events_nulls SET revenue = 10 WHERE seq = 3;
-- Time zones (worked by hand in the test): Seoul times (UTC+9) as an instant
-- (timestamptz), as Seoul wall-clock text without a zone (timestamp) and as a date.
CREATE TABLE events_zones (seq bigint, customer text, ts timestamptz, local_ts timestamp, day date, channel text,
                           event_type text, revenue float8);
INSERT INTO events_zones VALUES
  (1, 's1', '2024-01-01 08:00+09', '2024-01-01 08:00', '2024-01-01', 'web', 'visit', 0),
  (2, 's1', '2024-01-01 09:30+09', '2024-01-01 09:30', '2024-01-01', 'email', 'visit', 0),
  (3, 's1', '2024-01-03 09:00+09', '2024-01-03 09:00', '2024-01-03', 'app', 'purchase', 25);
GRANT SELECT ON events, events_by_customer, events_empty, events_text_time, events_nulls, events_zones TO analyst;
-- The test user's sessions run in Seoul time: every answer must still be the UTC one.
ALTER ROLE analyst SET timezone = 'Asia/Seoul';
-- Omnimap must not write even where it may: the test checks the read-only session.
GRANT INSERT ON events_empty TO analyst;
ANALYZE;
SQL
rm -f "$state/events.csv"

cat > "$state/env" <<ENV
PGHOST=127.0.0.1
PGPORT=$port
PGDATABASE=warehouse
OMNIMAP_PG_USER=analyst
OMNIMAP_PG_PASSWORD=$analyst_pw
OMNIMAP_PG_ADMIN=omnimap_admin
OMNIMAP_PG_ADMIN_PASSWORD=$admin_pw
OMNIMAP_PG_DATASET=$state/events.sqlite
OMNIMAP_PG_SERVER_DIR=$dir
OMNIMAP_PG_BIN=$PGBIN
ENV
chmod 600 "$state/env"
echo "pg-test-server: PostgreSQL on 127.0.0.1:$port with $events events ($dir)"
