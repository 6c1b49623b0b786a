#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command next to a throwaway PostgreSQL 15 on loopback: a new cluster in a temporary
# folder on a free port, stopped and removed afterwards, also when the command fails.
# The command finds it in CASHCYCLE_TEST_PG_URL (a superuser connection URI).
set -euo pipefail
pgbin=/usr/lib/postgresql/15/bin
[ -x "$pgbin/initdb" ] || { echo "PostgreSQL 15 is missing: run scripts/install-deps.sh test" >&2; exit 1; }

tmp=$(mktemp -d)
chmod 755 "$tmp"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" >"$tmp/pwfile"
mkdir "$tmp/socket"

# initdb refuses root: run the cluster as the postgres system user then.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres "$tmp"
    as_owner=(runuser -u postgres --)
fi
stop() {
    "${as_owner[@]}" "$pgbin/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap stop EXIT

port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as_owner[@]}" "$pgbin/initdb" -D "$tmp/data" -U cashcycle_test --pwfile="$tmp/pwfile" -A scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; exit 1; }
# fsync off: the cluster is thrown away, and tests should not wait for the disk.
"${as_owner[@]}" "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -o \
    "-h 127.0.0.1 -p $port -k $tmp/socket -c fsync=off -c synchronous_commit=off -c max_connections=200" \
    start >/dev/null || { cat "$tmp/server.log" >&2; exit 1; }

export CASHCYCLE_TEST_PG_URL="postgresql://cashcycle_test:$password@127.0.0.1:$port/postgres"
"$@"
