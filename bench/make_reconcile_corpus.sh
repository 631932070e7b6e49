#!/usr/bin/env bash
# Writes N articles (default 10,000) into DIR for timing `eok reconcile` as a whole process:
# the six example articles in turn, article i dated 2019-01-02 plus 13·i mod 2370 days, the same
# corpus bench/reconcile_bench.cpp builds in memory.
#
#   bench/make_reconcile_corpus.sh /tmp/corpus 10000
#   time build/bin/eok reconcile --json /tmp/corpus/*.txt > /dev/null
set -euo pipefail
dir="$1"
count="${2:-10000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
names=(2024-10-08-sovereign-ai 2024-12-13-eu-ai-factories 2024-12-13-us-budget
       2025-02-10-france-ai 2025-02-11-typos 2025-02-20-ai-race)
mkdir -p "$dir"
base="$(date -u -d 2019-01-02 +%s)"
for ((i = 0; i < count; i++)); do
  name="${names[$((i % 6))]}"
  day="$(( (13 * i) % 2370 ))"
  d="$(date -u -d "@$((base + day * 86400))" +%F)"
  sed "s/^date: .*/date: $d/" "$root/examples/articles/$name.txt" > "$(printf '%s/a%05d.txt' "$dir" "$i")"
done
