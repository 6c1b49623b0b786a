#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds CashCycle and starts it on a demo workspace
# (created on first run; its key goes into your desktop keyring).
# Usage: scripts/run.sh [extra cashcycle options]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build

build=${CASHCYCLE_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASHCYCLE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"

workspace=${CASHCYCLE_DEMO_WORKSPACE:-${XDG_DATA_HOME:-$HOME/.local/share}/CashCycle/demo-workspace}
if [ ! -e "$workspace/workspace.ini" ]; then
    echo "Creating a demo workspace in $workspace ..."
    "$build/app/cli/cashcycle-cli" demo --workspace "$workspace" --invoices 20000 --customers 800
    # A letterhead and bank account, so invoices print whole, GiroCode included.
    while IFS='=' read -r key value; do
        "$build/app/cli/cashcycle-cli" settings set "$key" "$value" --workspace "$workspace"
    done <<SETTINGS
company.name=CashCycle Demo GmbH
company.address=Speicherstadt 12, 20457 Hamburg
company.vat_id=DE123456789
company.iban=DE89 3704 0044 0532 0130 00
company.bic=COBADEFFXXX
company.logo=$PWD/resources/icons/cashcycle.svg
SETTINGS
fi
exec "$build/app/gui/cashcycle" --workspace "$workspace" "$@"
