#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: installs Debian's postgresql when it is missing,
# runs initdb in a temporary directory, starts the server on a free loopback port (as the
# `postgres` user when run as root: root may not run postgres), runs the given command with
# RASD_TEST_PG_URL pointing at it, and stops and removes the server afterwards, whatever happens.
#   .ci/postgres.sh npm test
set -euo pipefail

pg_bindir() {
  local dirs
  dirs=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  echo "$dirs"
}

if [ -z "$(pg_bindir)" ]; then
  echo "postgres.sh: installing postgresql (apt-get)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=900 update -q
  apt-get -o DPkg::Lock::Timeout=900 install -y -q postgresql
fi
BIN=$(pg_bindir)

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

PGTMP=$(mktemp -d /tmp/rasd-pg.XXXXXX)
cleanup() {
  as_owner "$BIN/pg_ctl" -D "$PGTMP/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGTMP"
}
trap cleanup EXIT INT TERM
if [ "$(id -u)" = 0 ]; then chown postgres "$PGTMP"; fi

PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
as_owner "$BIN/initdb" -D "$PGTMP/data" -U rasd --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$BIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w \
  -o "-p $PORT -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >/dev/null
export RASD_TEST_PG_URL="postgres://rasd@127.0.0.1:$PORT/postgres"
echo "postgres.sh: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') at $RASD_TEST_PG_URL" >&2
"$@"
