#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The server stopped during a sync and while a desktop edits offline, then started again:
# the interrupted sync wrote nothing, the offline edit waited and goes up once, nothing is lost.
# Runs on a throwaway server of its own, since it stops it: scripts/with-postgres.sh this-script CLI
set -euo pipefail
cli=$1
url=$CASHCYCLE_TEST_PG_URL
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

"$cli" server init --server "$url" >/dev/null
printf 'anna-password-123\n' >"$tmp/password"
"$cli" server add-user anna_down --role collector --server "$url" --password-file "$tmp/password" >/dev/null
psql -q "$url" <<'SQL'
INSERT INTO customers (id, name, currency, terms, collector)
    SELECT 'C' || i, 'Customer ' || i, 'EUR', 'NET30', 'anna_down' FROM generate_series(1, 200) i;
INSERT INTO invoices (number, customer_id, kind, invoice_date, due_date, currency, total_minor, status)
    SELECT 'I' || i, 'C' || (1 + i % 200), 0, DATE '2026-01-01' + i % 300, DATE '2026-02-01' + i % 300, 'EUR',
           10000 + i, 'open' FROM generate_series(1, 60000) i;
SQL
anna="${url/cashcycle_test:*@/anna_down:anna-password-123@}"
printf 'down test passphrase\n' >"$tmp/key"
ws=(--workspace "$tmp/ws" --key-file "$tmp/key")
count() { psql -qtA "$url" -c "$1"; }

# 1. The server stops in the middle of the first pull.
"$cli" sync --server "$anna" "${ws[@]}" >"$tmp/out" 2>"$tmp/err" &
sync_pid=$!
for _ in $(seq 1 2000); do
    [ "$(count "SELECT count(*) FROM pg_stat_activity WHERE usename = 'anna_down' AND query LIKE 'FETCH%'")" -gt 0 ] && break
    sleep 0.005
done
"$CASHCYCLE_TEST_PG_CTL" stop
if wait "$sync_pid"; then fail "a sync whose server stopped reported success"; fi
grep -q "cannot be reached\|server closed the connection\|terminating connection" "$tmp/err" \
    || fail "no clear message: $(cat "$tmp/err")"
"$CASHCYCLE_TEST_PG_CTL" start
"$cli" sync --server "$anna" "${ws[@]}" >"$tmp/out" || fail "the sync after the restart"
grep -q "60000 documents" "$tmp/out" || fail "not everything came: $(cat "$tmp/out")"

# 2. Offline edits while the server is down, pushed once it is back.
"$CASHCYCLE_TEST_PG_CTL" stop
"$cli" edit invoices I7 due_date=2026-12-24 "${ws[@]}" >/dev/null || fail "an offline edit"
"$cli" edit customers C7 segment=wholesale "${ws[@]}" >/dev/null || fail "an offline edit"
if "$cli" sync --server "$anna" "${ws[@]}" >"$tmp/out" 2>"$tmp/err"; then fail "sync without a server"; fi
grep -q "cannot be reached" "$tmp/err" || fail "no clear message: $(cat "$tmp/err")"
"$CASHCYCLE_TEST_PG_CTL" start
"$cli" sync --server "$anna" "${ws[@]}" >"$tmp/out" || fail "the sync after the restart"
grep -q "^Pushed 2 changes (0 conflicts)" "$tmp/out" || fail "the queued edits: $(cat "$tmp/out")"
[ "$(count "SELECT due_date FROM invoices WHERE number = 'I7'")" = 2026-12-24 ] || fail "edit lost"
[ "$(count "SELECT segment FROM customers WHERE id = 'C7'")" = wholesale ] || fail "edit lost"
[ "$(count "SELECT count(*) FROM audit_log WHERE operation = 'UPDATE'")" = 2 ] || fail "applied more than once"
echo "server-down test passed"
