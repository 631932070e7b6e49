#!/bin/sh
# bench/header_cost.sh: what including each public header costs one translation unit.
#
# For every header under include/eok/ (and <string> as the baseline), compiles a file that
# includes only that header, with the compiler and flags a user's build would use (-std=c++17
# -O2), RUNS times, and prints the best wall time in seconds, slowest first, with the ratio to
# <string>. The value-type header and <eok/eok.hpp> have targets in docs/performance.md.
#
#   bench/header_cost.sh [RUNS]        (default 3; CXX overrides g++)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
cxx=${CXX:-g++}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

best_time() {  # header -> best wall seconds of $runs compiles
  printf '#include <%s>\n' "$1" > "$work/tu.cpp"
  best=""
  i=0
  while [ "$i" -lt "$runs" ]; do
    s=$(date +%s%N)
    "$cxx" -std=c++17 -O2 -I"$repo/include" -c "$work/tu.cpp" -o "$work/tu.o"
    e=$(date +%s%N)
    t=$(( (e - s) / 1000000 ))
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
    i=$((i + 1))
  done
  echo "$best"
}

base=$(best_time string)
{
  cd "$repo/include"
  find eok -name '*.hpp' -not -path '*/detail/*' | sort
} | while read -r h; do
  ms=$(best_time "$h")
  # ratio to <string> with two decimals, in integer arithmetic
  r=$(( ms * 100 / base ))
  printf '%6d.%03d s  %3d.%02dx  <%s>\n' $((ms / 1000)) $((ms % 1000)) $((r / 100)) $((r % 100)) "$h"
done | sort -rn
printf '%6d.%03d s    1.00x  <string> (baseline)\n' $((base / 1000)) $((base % 1000))
echo "compiler: $("$cxx" --version | head -n 1); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
