#!/usr/bin/env bash
# The whole-process comparison of docs/performance.md: `eok convert` against ledger 3.3 converting
# the same amount with the same ECB history as its price database.
#
#   bench/ledger_compare.sh [RUNS_LEDGER [RUNS_EOK]]      (defaults 10 and 100)
#
# Writes a ledger price database from rates/ecb.yaml (one `P` line per published rate, 217,555
# lines) and a one-posting journal into a temporary directory, checks that both programs give
# 163,152,290,000,000 KRW for 109,000,000,000 EUR on 2025-02-10, then times RUNS of each with
# bash's `time` (wall, user and system seconds per run). Needs ledger (Debian package `ledger`)
# and a built eok (EOK=path/to/eok, default build/bin/eok). Nothing is written to the repository.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
eok=${EOK:-$root/build/bin/eok}
runs_ledger=${1:-10}
runs_eok=${2:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

awk '
  /^  - base: / { base = $3 }
  /^    quote: / { quote = $2 }
  /^      "[0-9-]+": "/ {
    gsub(/"/, "", $1); gsub(/"/, "", $2); sub(/:$/, "", $1); gsub(/-/, "/", $1)
    print "P " $1 " " base " " $2 " " quote
  }' "$root/rates/ecb.yaml" > "$work/ecb.prices"
printf '2025/02/10 Figure\n    Assets:Figure    109000000000 EUR\n    Equity\n' > "$work/figure.ledger"
echo "price database: $(wc -l < "$work/ecb.prices") P lines from rates/ecb.yaml"

ledger_cmd=(ledger -f "$work/figure.ledger" --price-db "$work/ecb.prices" -X KRW --now 2025-02-10 bal Assets)
eok_cmd=("$eok" convert 109000000000유로 --to KRW --on 2025-02-10)
echo "ledger: $("${ledger_cmd[@]}" | tr -s ' ')"
echo "eok:    $("${eok_cmd[@]}" | head -1)"

per_run() {  # name runs command...
  local name=$1 runs=$2
  shift 2
  local t
  TIMEFORMAT='%3R %3U %3S'
  t=$( { time (for ((i = 0; i < runs; i++)); do "$@" > /dev/null; done) ; } 2>&1 )
  awk -v n="$name" -v r="$runs" -v t="$t" 'BEGIN {
    split(t, a, " ");
    printf "%-7s %4d runs: %8.2f ms wall, %8.2f ms user+sys per run\n", n, r, a[1] * 1000 / r, (a[2] + a[3]) * 1000 / r }'
}
per_run ledger "$runs_ledger" "${ledger_cmd[@]}"
per_run eok "$runs_eok" "${eok_cmd[@]}"
