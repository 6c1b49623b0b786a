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
fi
exec "$build/app/gui/cashcycle" --workspace "$workspace" "$@"
