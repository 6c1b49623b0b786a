#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages CashCycle needs. Idempotent: quiet when all are present.
# Usage: scripts/install-deps.sh [build|test|all]
set -euo pipefail

build_pkgs=(cmake ninja-build ccache pkg-config g++ qt6-base-dev libqt6opengl6-dev qt6-charts-dev libpq-dev
    qtkeychain-qt6-dev libsqlcipher-dev sqlcipher libqt6sql6-psql libqt6svg6 qt6-tools-dev qt6-l10n-tools
    qt6-tools-dev-tools qt6-translations-l10n libgl-dev libcurl4-openssl-dev libkainjow-mustache-dev
    libqrencode-dev libxlsxwriter-dev)
test_pkgs=(libgtest-dev libgmock-dev libbenchmark-dev postgresql-15 openssl xvfb xauth gnome-keyring
    dbus libsecret-1-0 poppler-utils zbar-tools fonts-dejavu-core python3-aiosmtpd
    libreoffice-calc-nogui)

case "${1:-all}" in
    build) wanted=("${build_pkgs[@]}") ;;
    test | all) wanted=("${build_pkgs[@]}" "${test_pkgs[@]}") ;;
    *) echo "usage: $0 [build|test|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
$sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
