#!/bin/bash
# Output that fails and input that is not there (issue 12): every command checks its standard
# output and exits 2 with `eok: write error: REASON`; a broken pipe with SIGPIPE ignored stops
# the work at once; a closed standard input is a read error, not empty input.
# Usage: output_errors_test.sh EOK SOURCE_DIR
set -u
eok=$1
src=$2
failures=0
fail() { echo "FAILED: $*" >&2; failures=$((failures + 1)); }

# expect_status_err WHAT STATUS STDERR STATUS_GOT STDERR_GOT
expect() {
  [ "$4" = "$2" ] || fail "$1: exit status $4, expected $2"
  [ "$5" = "$3" ] || fail "$1: stderr '$5', expected '$3'"
}

cd "$src" || exit 2
[ -f examples/claims.yaml ] || { echo "FAILED: examples/claims.yaml is missing" >&2; exit 1; }
seed=$(ls ../shared/seeds/*.txt 2>/dev/null | head -1)
[ -n "$seed" ] || { echo "FAILED: no seed article in ../shared/seeds" >&2; exit 1; }

full='eok: write error: No space left on device'
for cmd in "parse 1억원" "parse --json 1억원" "scan $seed" "convert 1억원 --to USD --on 2025-02-10" \
           "rates" "rates show USD KRW" "reconcile examples/claims.yaml" "--help" "parse --help" "--version"; do
  err=$("$eok" $cmd 2>&1 >/dev/full)
  expect "eok $cmd > /dev/full" 2 "$full" $? "$err"
done
err=$(printf '1억원\n2조원\n' | "$eok" parse --jsonl 2>&1 >/dev/full)
expect "eok parse --jsonl > /dev/full" 2 "$full" $? "$err"

# A closed standard output (>&-) is a write error too.
err=$("$eok" parse 1억원 2>&1 >&-)
expect "eok parse >&-" 2 'eok: write error: Bad file descriptor' $? "$err"

# A closed standard input.
closed='eok: read error: standard input: Bad file descriptor'
err=$("$eok" parse --jsonl 2>&1 >/dev/null <&-)
expect "eok parse --jsonl <&-" 2 "$closed" $? "$err"
err=$("$eok" scan 2>&1 >/dev/null <&-)
expect "eok scan <&-" 2 "$closed" $? "$err"
err=$("$eok" scan - 2>&1 >/dev/null <&-)
expect "eok scan - <&-" 2 "$closed" $? "$err"
# ...while empty input is still empty input.
out=$("$eok" parse --jsonl </dev/null 2>&1)
expect "eok parse --jsonl </dev/null" 0 "" $? "$out"

# A broken pipe with SIGPIPE ignored: the reader goes away after one byte; eok stops at once
# with exit 2, so it stops reading too: the writer feeding it 2,000,000 lines finds its own pipe
# closed long before the end (it records how many lines it got out). No clock is involved, so
# the check holds on a slow sanitizer build as on an optimized one.
errf=$(mktemp)
countf=$(mktemp)
trap 'rm -f "$errf" "$countf"' EXIT
feed='import sys
n = 0
try:
    for n in range(2000000):
        sys.stdout.write("매출 1억원\n")
    sys.stdout.flush()
    n = 2000000
except BrokenPipeError:
    pass
open(sys.argv[1], "w").write(str(n))
sys.stderr.close()'
( trap '' PIPE; /usr/bin/python3 -c "$feed" "$countf" 2>/dev/null | exec "$eok" scan - 2>"$errf" ) | head -c 1 >/dev/null
status=${PIPESTATUS[0]}
expect "eok scan - | head -c 1 (SIGPIPE ignored)" 2 'eok: write error: Broken pipe' "$status" "$(cat "$errf")"
fed=$(cat "$countf")
[ -n "$fed" ] && [ "$fed" -lt 2000000 ] || fail "a broken pipe did not stop eok scan: it read all ${fed:-?} lines"
( trap '' PIPE; yes 1억원 2>/dev/null | head -n 200000 2>/dev/null | exec "$eok" parse --jsonl 2>"$errf" ) | head -c 1 >/dev/null
expect "eok parse --jsonl | head -c 1 (SIGPIPE ignored)" 2 'eok: write error: Broken pipe' "${PIPESTATUS[0]}" "$(cat "$errf")"

[ "$failures" -eq 0 ] || { echo "output_errors: $failures failure(s)" >&2; exit 1; }
echo "output_errors: passed"
