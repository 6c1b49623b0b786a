#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds everything with warnings as errors and runs all tests
# inside a private D-Bus session with an unlocked gnome-keyring (the real OS keychain).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test

build=${CASHCYCLE_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASHCYCLE_WERROR=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
exec scripts/with-keyring.sh scripts/with-postgres.sh ctest --test-dir "$build" --output-on-failure --timeout 600 "$@"
