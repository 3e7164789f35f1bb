#!/usr/bin/env bash
# Runs a command next to a private PostgreSQL 15: initdb in a temporary folder, a free port on
# 127.0.0.1, password authentication, pg_stat_statements loaded (a database has it after CREATE EXTENSION). The
# command sees ATELIER_TEST_PG_URL (a superuser URL).
# The server is stopped and its folder removed whatever happens.
set -euo pipefail
pgbin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)
[ -x "$pgbin/initdb" ] || { echo "with-postgres: PostgreSQL 15 is not installed (/usr/lib/postgresql/15/bin)" >&2; exit 1; }

dir=$(mktemp -d /tmp/atelier-pg.XXXXXX)
run=()
stop() {
  [ -f "$dir/data/postmaster.pid" ] && "${run[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
chmod 755 "$dir"
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root: the Debian package's postgres account runs it.
  chown postgres: "$dir"
  run=(runuser -u postgres --)
fi

echo atelier > "$dir/pwfile"
[ ${#run[@]} -eq 0 ] || chown postgres: "$dir/pwfile"
"${run[@]}" "$pgbin/initdb" -D "$dir/data" -U atelier --auth=scram-sha-256 --pwfile="$dir/pwfile" \
  --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
# A port that looks free may be taken before the server binds it: try a few.
port=""
for _ in $(seq 1 10); do
  candidate=$(( 20000 + RANDOM % 40000 ))
  (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null && continue
  if "${run[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
       -o "-k $dir -p $candidate -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_preload_libraries=pg_stat_statements" \
       start >/dev/null; then
    port=$candidate
    break
  fi
done
[ -n "$port" ] || { echo "with-postgres: the server did not start" >&2; cat "$dir/server.log" >&2; exit 1; }

export ATELIER_TEST_PG_URL="postgresql://atelier:atelier@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL 15 on 127.0.0.1:$port (data in $dir)"
"$@"
