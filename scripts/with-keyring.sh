#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command in a throwaway HOME with its own D-Bus session and an unlocked gnome-keyring,
# so keychain code talks to a real Secret Service without touching the user's keyring.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m700 "$tmp/run"
export HOME="$tmp" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
cmd=$(printf '%q ' "$@")
dbus-run-session -- sh -c "printf cashcycle | gnome-keyring-daemon --unlock --components=secrets >/dev/null && $cmd"
