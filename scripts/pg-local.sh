#!/usr/bin/env bash
# Private PostgreSQL cluster for ./eboi run and ./eboi test (shared/reference/stack.md §7).
#   pg-local.sh start DIR PORT   initdb if needed, start, create roles eboi_owner/eboi_app and database eboi
#   pg-local.sh stop DIR         fast stop
#   pg-local.sh status DIR
# Only password (scram-sha-256) logins are accepted, over the socket and over TCP on 127.0.0.1. The passwords of
# postgres, eboi_owner and eboi_app are generated once into a password file (PGLOCAL_PASSFILE, default DIR/pgpass,
# mode 0600, libpq/Npgsql passfile format: use it with PGPASSFILE or Passfile=). A cluster of an older checkout
# (trust authentication) is switched over on its next start.
# As root the server runs as the 'postgres' OS user (initdb refuses root); DIR's parents must be traversable.
set -euo pipefail
cmd="${1:?start|stop|status}"; DIR="$(realpath -m "${2:?cluster dir}")"; PORT="${3:-54329}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -x "$BIN/initdb" ] || { echo "pg-local: PostgreSQL server not installed" >&2; exit 1; }
if [ "$(id -u)" = 0 ]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi
DATA="$DIR/data"; SOCK="$DIR/sock"; LOG="$DIR/postgres.log"
PASSFILE="$(realpath -m "${PGLOCAL_PASSFILE:-$DIR/pgpass}")"
running() { [ -f "$DATA/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

# The password of a role from the password file (lines 127.0.0.1:*:*:ROLE:PASSWORD), generated when missing.
# Hex passwords: nothing to escape in the passfile or in SQL.
password() {
  local role="$1" pw
  pw="$(awk -F: -v r="$role" '$4 == r { print $5; exit }' "$PASSFILE" 2>/dev/null || true)"
  if [ -z "$pw" ]; then
    pw="$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
    mkdir -p "$(dirname "$PASSFILE")"
    (umask 077; printf '127.0.0.1:*:*:%s:%s\n' "$role" "$pw" >>"$PASSFILE")
  fi
  printf '%s' "$pw"
}

write_hba() {
  as_pg tee "$DATA/pg_hba.conf" >/dev/null <<'HBA'
# eboi private cluster (scripts/pg-local.sh): passwords only; TCP on loopback only.
local   all           all                  scram-sha-256
host    all           all   127.0.0.1/32   scram-sha-256
host    all           all   ::1/128        scram-sha-256
local   replication   all                  scram-sha-256
host    replication   all   127.0.0.1/32   scram-sha-256
HBA
}

case "$cmd" in
  start)
    SUPER_PW="$(password postgres)"; OWNER_PW="$(password eboi_owner)"; APP_PW="$(password eboi_app)"
    if ! running; then
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres: "$DIR" && chmod 700 "$DIR"
      if [ ! -s "$DATA/PG_VERSION" ]; then
        # initdb reads the superuser's password from a file only the server's user can read, removed right after.
        printf '%s\n' "$SUPER_PW" | as_pg sh -c "umask 077; cat > '$DIR/initdb.pw'"
        as_pg "$BIN/initdb" -D "$DATA" -U postgres --auth=scram-sha-256 --pwfile="$DIR/initdb.pw" -E UTF8 --locale=C.UTF-8 \
          --no-sync >"$DIR/initdb.log" 2>&1 || { rm -f "$DIR/initdb.pw"; cat "$DIR/initdb.log" >&2; exit 1; }
        rm -f "$DIR/initdb.pw"
        write_hba
      fi
      as_pg mkdir -p "$SOCK"
      as_pg "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -p $PORT -k $SOCK -c max_connections=200 ${PGLOCAL_FAST:+-c fsync=off -c synchronous_commit=off -c full_page_writes=off}" \
        >/dev/null || { tail -n 30 "$LOG" >&2; exit 1; }
    fi
    if grep -qE '^[[:space:]]*[^#].*[[:space:]]trust([[:space:]]|$)' "$DATA/pg_hba.conf"; then
      # Cluster of an older checkout: set the superuser's password while trust still lets us in, then require passwords.
      echo "pg-local: switching $DIR from trust to password authentication" >&2
      psql -X -q -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 >/dev/null <<SQL
ALTER ROLE postgres PASSWORD '$SUPER_PW';
SQL
      write_hba
      as_pg "$BIN/pg_ctl" -D "$DATA" reload >/dev/null
      sleep 0.2
    fi
    PGPASSFILE="$PASSFILE" psql -X -q -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'eboi_owner') THEN CREATE ROLE eboi_owner LOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'eboi_app') THEN CREATE ROLE eboi_app LOGIN NOSUPERUSER NOBYPASSRLS; END IF;
END \$\$;
ALTER ROLE postgres PASSWORD '$SUPER_PW';
ALTER ROLE eboi_owner PASSWORD '$OWNER_PW';
ALTER ROLE eboi_app PASSWORD '$APP_PW';
SELECT 'CREATE DATABASE eboi OWNER eboi_owner' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'eboi') \gexec
SQL
    ;;
  stop) if running; then as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; fi ;;
  status) if running; then echo "running: $DIR port $PORT"; else echo "not running: $DIR"; exit 3; fi ;;
  *) echo "usage: $0 start|stop|status DIR [PORT]" >&2; exit 2 ;;
esac
