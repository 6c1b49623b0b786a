#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Loads the public IBM accounts-receivable sample (../shared/data/ar, not part of this project:
# it has no stated license) into a new workspace through the CSV import, to measure the
# payment-date forecast on real behaviour: customers on net-30, invoices, and one payment per
# invoice on its settlement date.
# Usage: scripts/ibm-ar-workspace.sh CASHCYCLE_CLI WORKSPACE_DIR KEY_FILE [SAMPLE_CSV]
set -eu
cli=$1 workspace=$2 key=$3
sample=${4:-$(dirname "$0")/../../shared/data/ar/ibm_watson_accounts_receivable/WA_Fn-UseC_-Accounts-Receivable.csv}
if [ ! -f "$sample" ]; then
    echo "ibm-ar-workspace: the IBM sample is not at $sample" >&2
    exit 3
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 - "$sample" "$tmp" <<'PY'
import csv, sys
from datetime import datetime
sample, out = sys.argv[1], sys.argv[2]
iso = lambda us: datetime.strptime(us, "%m/%d/%Y").date().isoformat()
rows = list(csv.DictReader(open(sample, newline="")))
customers = sorted({r["customerID"] for r in rows})
with open(f"{out}/customers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["customer_id", "name", "currency", "credit_limit", "payment_terms", "collector"])
    for c in customers:
        w.writerow([c, "Customer " + c, "USD", "0", "NET30", ""])
with open(f"{out}/invoices.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["invoice_number", "customer_id", "invoice_date", "due_date", "currency", "total"])
    for r in rows:
        w.writerow([r["invoiceNumber"], r["customerID"], iso(r["InvoiceDate"]), iso(r["DueDate"]), "USD", r["InvoiceAmount"]])
with open(f"{out}/payments.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["payment_id", "customer_id", "payment_date", "currency", "amount", "invoice_number"])
    for r in rows:
        w.writerow(["P" + r["invoiceNumber"], r["customerID"], iso(r["SettledDate"]), "USD", r["InvoiceAmount"], r["invoiceNumber"]])
PY
for kind in customers invoices payments; do
    "$cli" import "$kind" "$tmp/$kind.csv" --workspace "$workspace" --key-file "$key" >/dev/null
done
echo "ibm-ar-workspace: $(wc -l < "$tmp/invoices.csv") lines of invoices loaded into $workspace"
