#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Performance targets of the foundation, measured end to end through cashcycle-cli's timing
# mode (never in unit tests). Usage: tests/bench/run-benchmarks.sh [BUILD_DIR] [INVOICES]
# Prints one line per figure; compare ratios, or note the machine with absolute times.
set -euo pipefail
build=${1:-build}
invoices=${2:-1000000}
cli="$build/app/cli/cashcycle-cli"
[ -x "$cli" ] || { echo "build first: $cli is missing" >&2; exit 1; }
command -v sqlcipher >/dev/null || { echo "the sqlcipher shell is needed (scripts/install-deps.sh)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'bench passphrase\n' >"$tmp/key"
asof=2026-11-23

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m)"

/usr/bin/time -f '%e %M' -o "$tmp/demo.time" "$cli" demo --workspace "$tmp/ws" --key-file "$tmp/key" \
    --invoices "$invoices" --today "$asof" >/dev/null
read -r demo_s demo_kb <"$tmp/demo.time"
echo "demo_${invoices}_invoices_seconds=$demo_s (target <= 30)"
echo "demo_${invoices}_invoices_max_rss_mb=$((demo_kb / 1024)) (target <= 1024)"
echo "workspace_mb=$(( $(stat -c %s "$tmp/ws/workspace.db") / 1048576 ))"

best() { sort -n | head -1; }
for i in 1 2 3; do
    start=$(date +%s%N)
    "$cli" aging --workspace "$tmp/ws" --key-file "$tmp/key" --as-of "$asof" --format json >/dev/null
    echo $(( ($(date +%s%N) - start) / 1000000 ))
done | best >"$tmp/aging.ms"
echo "aging_end_to_end_ms=$(cat "$tmp/aging.ms") (target <= 1000)"

# One hand-written GROUP BY over the same encrypted file in the sqlcipher shell, same key cost.
julian=$(( $(date -d "$asof" +%s) / 86400 + 2440588 ))
for i in 1 2 3; do
    start=$(date +%s%N)
    sqlcipher "$tmp/ws/workspace.db" >/dev/null <<SQL
PRAGMA key = 'bench passphrase';
PRAGMA cipher_page_size = 4096;
PRAGMA kdf_iter = 256000;
SELECT customer_id, currency, SUM(total_minor) FROM invoices
WHERE invoice_day <= $julian AND (settled_day IS NULL OR settled_day > $julian)
GROUP BY customer_id, currency;
SQL
    echo $(( ($(date +%s%N) - start) / 1000000 ))
done | best >"$tmp/groupby.ms"
echo "sqlcipher_shell_group_by_ms=$(cat "$tmp/groupby.ms")"
awk -v a="$(cat "$tmp/aging.ms")" -v g="$(cat "$tmp/groupby.ms")" \
    'BEGIN { printf "aging_vs_group_by_ratio=%.2f (target <= 2.0)\n", a / g }'

# The GUI targets on a 100k-customer workspace: list load and search per keystroke
# (Google Benchmark), and the whole app from start to a rendered window with data.
if [ -x "$build/tests/bench/cashcycle_bench" ]; then
    QT_QPA_PLATFORM=offscreen "$build/tests/bench/cashcycle_bench" --benchmark_format=console
fi
if [ -x "$build/app/gui/cashcycle" ]; then
    "$cli" demo --workspace "$tmp/ws100k" --key-file "$tmp/key" --invoices 300000 --customers 100000 \
        --today "$asof" >/dev/null
    start=$(date +%s%N)
    QT_QPA_PLATFORM=offscreen "$build/app/gui/cashcycle" --workspace "$tmp/ws100k" --key-file "$tmp/key" \
        --screenshot "$tmp/open.png"
    echo "gui_open_100k_customers_to_rendered_ms=$(( ($(date +%s%N) - start) / 1000000 )) (target <= 2000)"
fi

# Bank statement import: a 100k-entry camt.053 into the demo workspace (target <= 5 s), then the
# same file again (every line a duplicate).
/usr/bin/python3 "$(dirname "$0")/make-camt.py" 100000 "$tmp/camt100k.xml"
for pass in first again; do
    "$cli" statement import "$tmp/camt100k.xml" --workspace "$tmp/ws" --key-file "$tmp/key" --timing \
        2>"$tmp/camt.timing" >/dev/null
    echo "camt053_100k_entries_import_${pass}_ms=$(sed -n 's/^elapsed_ms=//p' "$tmp/camt.timing") (target <= 5000)"
done

# Cash application: 100k credits matched against 1M open invoices (target <= 10 s), then posted.
"$build/tests/bench/cashcycle_cash_bench" --benchmark_format=console

# Matching quality on noisy generated statements: precision, recall, auto-posted accuracy.
"$build/tests/bench/cashcycle_match_quality"
