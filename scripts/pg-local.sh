#!/usr/bin/env bash
# Private PostgreSQL cluster for ./eboi run and ./eboi test (shared/reference/stack.md §7).
#   pg-local.sh start DIR PORT   initdb if needed, start, create roles eboi_owner/eboi_app and database eboi
#   pg-local.sh stop DIR         fast stop
#   pg-local.sh status DIR
# As root the server runs as the 'postgres' OS user (initdb refuses root); DIR's parents must be traversable.
set -euo pipefail
cmd="${1:?start|stop|status}"; DIR="$(realpath -m "${2:?cluster dir}")"; PORT="${3:-54329}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -x "$BIN/initdb" ] || { echo "pg-local: PostgreSQL server not installed" >&2; exit 1; }
if [ "$(id -u)" = 0 ]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi
DATA="$DIR/data"; SOCK="$DIR/sock"; LOG="$DIR/postgres.log"
running() { [ -f "$DATA/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }
case "$cmd" in
  start)
    if ! running; then
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres: "$DIR" && chmod 700 "$DIR"
      if [ ! -s "$DATA/PG_VERSION" ]; then
        as_pg "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 \
          || { cat "$DIR/initdb.log" >&2; exit 1; }
      fi
      as_pg mkdir -p "$SOCK"
      as_pg "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -p $PORT -k $SOCK -c max_connections=200 ${PGLOCAL_FAST:+-c fsync=off -c synchronous_commit=off -c full_page_writes=off}" \
        >/dev/null || { tail -n 30 "$LOG" >&2; exit 1; }
    fi
    psql -X -q -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'eboi_owner') THEN CREATE ROLE eboi_owner LOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'eboi_app') THEN CREATE ROLE eboi_app LOGIN NOSUPERUSER NOBYPASSRLS; END IF;
END $$;
SELECT 'CREATE DATABASE eboi OWNER eboi_owner' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'eboi') \gexec
SQL
    ;;
  stop) if running; then as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; fi ;;
  status) if running; then echo "running: $DIR port $PORT"; else echo "not running: $DIR"; exit 3; fi ;;
  *) echo "usage: $0 start|stop|status DIR [PORT]" >&2; exit 2 ;;
esac
