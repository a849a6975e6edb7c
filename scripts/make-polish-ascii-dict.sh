#!/usr/bin/env bash
# Writes pl_pl_ascii.dict, pl_pl_ascii.affix (hunspell-pl with diacritics folded to ASCII) and polish_ascii.stop
# into PostgreSQL's tsearch_data directory (needs root). The migration Core/0002_polish_search uses them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
TS="${1:-$("$PGBIN/pg_config" --sharedir)/tsearch_data}"
SRC=/var/cache/postgresql/dicts
[ -s "$SRC/pl_pl.dict" ] || pg_updatedicts >/dev/null 2>&1 || true
[ -s "$SRC/pl_pl.dict" ] || { echo "no $SRC/pl_pl.dict: apt-get install -y hunspell-pl" >&2; exit 1; }
perl -CSD -Mutf8 -pe 'tr/ąćęłńóśźżĄĆĘŁŃÓŚŹŻ/acelnoszzACELNOSZZ/' "$SRC/pl_pl.dict" > "$TS/pl_pl_ascii.dict"
perl "$here/fold-affix.pl" < "$SRC/pl_pl.affix" > "$TS/pl_pl_ascii.affix"
cp "$here/polish_ascii.stop" "$TS/polish_ascii.stop"
