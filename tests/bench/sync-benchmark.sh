#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Initial pull throughput: fills a throwaway server with C customers and N invoices (one line
# and one payment with its allocation each), times `cashcycle-cli sync` as a CFO into a new workspace,
# and compares it with a plain COPY … TO STDOUT of the same tables in the same run.
# Usage: tests/bench/sync-benchmark.sh [BUILD_DIR] [INVOICES] [CUSTOMERS]
set -euo pipefail
build=${1:-build}
invoices=${2:-1000000}
customers=${3:-100000}
cd "$(dirname "$0")/../.."
[ -x "$build/app/cli/cashcycle-cli" ] || { echo "build first" >&2; exit 1; }
exec scripts/with-postgres.sh bash -s "$build" "$invoices" "$customers" <<'BENCH'
set -euo pipefail
build=$1 invoices=$2 customers=$3
cli="$build/app/cli/cashcycle-cli"
url=$CASHCYCLE_TEST_PG_URL
"$cli" server init --server "$url" >/dev/null
psql -q "$url" <<SQL
INSERT INTO customers (id, name, currency, terms, collector)
    SELECT 'C' || i, 'Customer ' || i, 'EUR', 'NET30', 'anna' FROM generate_series(1, $customers) i;
INSERT INTO invoices (number, customer_id, kind, invoice_date, due_date, currency, total_minor, status)
    SELECT 'I' || i, 'C' || (1 + i % $customers), 0, DATE '2025-01-01' + i % 600, DATE '2025-01-31' + i % 600,
           'EUR', 10000 + i % 5000, 'open' FROM generate_series(1, $invoices) i;
INSERT INTO invoice_lines (invoice_number, line_no, description, quantity_milli, unit_price_minor)
    SELECT 'I' || i, 1, 'Service', 1000, 10000 + i % 5000 FROM generate_series(1, $invoices) i;
INSERT INTO payments (id, customer_id, payment_date, currency, amount_minor)
    SELECT 'P' || i, 'C' || (1 + i % $customers), DATE '2025-02-01' + i % 600, 'EUR', 10000 + i % 5000
    FROM generate_series(1, $invoices) i;
INSERT INTO allocations (id, invoice_number, payment_id, amount_minor, alloc_date)
    SELECT gen_random_uuid(), 'I' || i, 'P' || i, 10000 + i % 5000, DATE '2025-02-01' + i % 600
    FROM generate_series(1, $invoices) i;
ANALYZE;
SQL
rows=$((customers * 2 + invoices * 4))
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'bench passphrase\n' >"$tmp/key"
# The sync runs as a CFO, who sees everything through row-level security, as a real user would.
printf 'cfo bench password\n' >"$tmp/cfo-password"
"$cli" server add-user bench_cfo --role cfo --server "$url" --password-file "$tmp/cfo-password" >/dev/null
cfo_url="postgresql://bench_cfo:cfo%20bench%20password@${url#*@}"
start=$(date +%s%N)
"$cli" sync --server "$cfo_url" --workspace "$tmp/ws" --key-file "$tmp/key" >/dev/null
sync_ms=$(( ($(date +%s%N) - start) / 1000000 ))
start=$(date +%s%N)
for table in customers contacts invoices invoice_lines payments allocations; do
    psql -q "$url" -c "COPY $table TO STDOUT" >/dev/null
done
copy_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "machine: $(nproc) cores, $(uname -m)"
echo "initial_sync_rows=$rows"
echo "initial_sync_ms=$sync_ms"
awk -v r="$rows" -v s="$sync_ms" -v c="$copy_ms" 'BEGIN {
    printf "initial_sync_rows_per_s=%.0f (target >= 150000)\n", r / (s / 1000)
    printf "copy_to_stdout_ms=%d\nsync_vs_copy_ratio=%.1f\n", c, s / c }'
BENCH
