#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command next to a throwaway PostgreSQL 15 on loopback: a new cluster in a temporary
# folder on a free port, stopped and removed afterwards, also when the command fails.
# The command finds it in CASHCYCLE_TEST_PG_URL (a superuser connection URI); the server speaks
# TLS with a certificate from the CA in $CASHCYCLE_TEST_PG_TLS_DIR/ca.crt.
set -euo pipefail
pgbin=/usr/lib/postgresql/15/bin
[ -x "$pgbin/initdb" ] || { echo "PostgreSQL 15 is missing: run scripts/install-deps.sh test" >&2; exit 1; }

tmp=$(mktemp -d)
chmod 755 "$tmp"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" >"$tmp/pwfile"
mkdir "$tmp/socket"

# TLS as in production: a throwaway CA signs a server certificate for localhost and 127.0.0.1,
# so clients can be tested with sslmode=verify-full.
tls="$tmp/tls"
mkdir "$tls"
ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
openssl req -x509 "${ec[@]}" -days 2 -subj "/CN=CashCycle test CA" -keyout "$tls/ca.key" -out "$tls/ca.crt" 2>/dev/null
openssl req "${ec[@]}" -subj "/CN=localhost" -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$tls/san.ext"
openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial -days 2 \
    -extfile "$tls/san.ext" -out "$tls/server.crt" 2>/dev/null
chmod 600 "$tls/server.key"

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
ssl="-c ssl=on -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key"
# fsync off: the cluster is thrown away, and tests should not wait for the disk.
server_options="-h 127.0.0.1 -p $port -k $tmp/socket -c fsync=off -c synchronous_commit=off -c max_connections=200 $ssl"
"${as_owner[@]}" "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -o "$server_options" start >/dev/null \
    || { cat "$tmp/server.log" >&2; exit 1; }

# Tests that take the server away and bring it back: "$CASHCYCLE_TEST_PG_CTL" stop|start.
cat >"$tmp/pgctl" <<CTL
#!/usr/bin/env bash
set -euo pipefail
case "\$1" in
    stop) ${as_owner[*]} "$pgbin/pg_ctl" -D "$tmp/data" -m fast -w stop >/dev/null ;;
    start) ${as_owner[*]} "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -o "$server_options" start >/dev/null ;;
    *) echo "usage: \$0 stop|start" >&2; exit 2 ;;
esac
CTL
chmod 755 "$tmp/pgctl"

export CASHCYCLE_TEST_PG_URL="postgresql://cashcycle_test:$password@127.0.0.1:$port/postgres"
export CASHCYCLE_TEST_PG_TLS_DIR="$tls" # ca.crt signed server.crt
export CASHCYCLE_TEST_PG_CTL="$tmp/pgctl"
"$@"
