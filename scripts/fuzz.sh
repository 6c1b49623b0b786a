#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes every bank statement parser with libFuzzer and AddressSanitizer (clang), each seeded
# from the shared statement files of its format. Fails on the first crash, leak or sanitizer
# report, leaving the input in build-fuzz/crashes/. Usage: scripts/fuzz.sh [SECONDS_PER_PARSER]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
command -v clang++ >/dev/null || { echo "clang++ is needed (scripts/install-deps.sh)" >&2; exit 1; }
shared=../shared/data/bank
cmake -S tests/fuzz -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz
mkdir -p build-fuzz/crashes
declare -A seeds=([camt]="$shared/camt" [mt940]="$shared/mt940" [bai2]="$shared/bai2" [ofx]="$shared/ofx"
    [csv]="$shared/csv")
for format in camt mt940 bai2 ofx csv; do
    corpus=build-fuzz/corpus/$format
    mkdir -p "$corpus"
    if [ -d "${seeds[$format]}" ]; then
        find "${seeds[$format]}" -type f ! -name '*.py' ! -name '*.php' ! -name '*.go' ! -name '*.json' ! -name '*.yml' \
            ! -name 'LICENSE*' -size -200k -exec cp -t "$corpus" {} + 2>/dev/null || true
    fi
    echo "fuzzing $format for ${seconds}s from $(ls "$corpus" | wc -l) seeds"
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 \
        build-fuzz/fuzz_$format "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix=build-fuzz/crashes/$format- -print_final_stats=1 2>&1 | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==|SUMMARY)" || true
    if ls build-fuzz/crashes/$format-* >/dev/null 2>&1; then
        echo "fuzz_$format found a crash: $(ls build-fuzz/crashes/$format-*)" >&2
        exit 1
    fi
done
echo "no crash in any parser"
