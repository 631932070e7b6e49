#!/bin/bash
# `eok rates import` end to end (issue 13): the small downloads in tests/data/rates/import/ (in
# the ECB's, FRED's and ECOS's own formats) become exactly the tables in expected/; EOK_RATES
# adds them to every command; a second import merges; a bad file leaves the directory as it was.
# Usage: rates_import_test.sh EOK SOURCE_DIR
set -u
eok=$1
cd "$2" || exit 2
data=tests/data/rates/import
failures=0
fail() { echo "FAILED: $*" >&2; failures=$((failures + 1)); }
same() { [ "$2" = "$3" ] || fail "$1: got '$2', expected '$3'"; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
ls $data/eurofxref-hist.csv $data/eurofxref.csv $data/DEXKOUS.csv $data/fred_DEXJPUS.csv $data/ecos_731Y001.csv >/dev/null || exit 1

got=$("$eok" rates import $data/eurofxref-hist.csv $data/eurofxref.csv $data/DEXKOUS.csv $data/fred_DEXJPUS.csv \
      $data/ecos_731Y001.csv --out "$out" 2>/dev/null)
same "import status" "$?" 0
same "import summary" "$got" "wrote $out/bok.yaml: 2 series, 3 rates, 2026-04-13 to 2026-04-14
wrote $out/ecb.yaml: 3 series, 9 rates, 2026-04-10 to 2026-04-14
wrote $out/fred.yaml: 2 series, 4 rates, 2026-04-09 to 2026-04-14"
for t in bok ecb fred; do
  cmp -s "$out/$t.yaml" "$data/expected/$t.yaml" || fail "$t.yaml differs from $data/expected/$t.yaml"
done

# EOK_RATES: the ECB's daily rate of 2026-04-14 and the ECOS 매매기준율 are used.
got=$(EOK_RATES=$out "$eok" convert 1000유로 --to KRW --on 2026-04-14 | head -1)
same "EOK_RATES ecb" "$got" "1,741,200 KRW"
got=$(EOK_RATES=$out "$eok" convert 100만엔 --to KRW --on 2026-04-14 --source bok | head -1)
same "EOK_RATES bok per 100" "$got" "10,083,300 KRW"
got=$(EOK_RATES=$out "$eok" convert 1유로 --to KRW --on 2026-05-01 2>&1)
same "past the data" "$got" "eok convert: no ecb rate for EUR/KRW on 2026-05-01 under policy on-or-before (at most 7 days back); nearest dates with a rate: 2026-04-14 before, none after; the rates end on 2026-04-14; add newer ones with eok rates import"

# A second import of the daily file alone merges with the table already there.
"$eok" rates import $data/eurofxref.csv --out "$out" >/dev/null 2>&1
same "re-import status" "$?" 0
cmp -s "$out/ecb.yaml" "$data/expected/ecb.yaml" || {
  # the first line names the inputs of this import; the rates must be the same
  [ "$(tail -n +2 "$out/ecb.yaml")" = "$(tail -n +2 "$data/expected/ecb.yaml")" ] || fail "merged ecb.yaml lost rates"
}

# A bad file: exit 2, the error names the place, and nothing is written.
before=$(cat "$out"/*.yaml | md5sum)
err=$("$eok" rates import $data/eurofxref-hist.csv $data/bad/eurofxref.csv --out "$out" 2>&1 >/dev/null)
same "conflict status" "$?" 2
same "conflict error" "$(echo "$err" | head -1)" "eok rates import: $data/bad/eurofxref.csv:2:16: EUR/USD on 2026-04-13 is 1.1685 here but 1.1684 in $data/eurofxref-hist.csv:2"
same "nothing written" "$(cat "$out"/*.yaml | md5sum)" "$before"
[ -z "$(ls -A "$out" | grep -v '\.yaml$')" ] || fail "temporary files left in $out"

# EOK_RATES naming a bad table is reported by every command.
printf 'eok_rates: 2\n' > "$out/zz.yaml"
err=$(EOK_RATES=$out "$eok" rates 2>&1 >/dev/null)
same "bad EOK_RATES status" "$?" 2
case "$err" in "eok rates: $out/zz.yaml:1:"*) ;; *) fail "bad EOK_RATES error: $err" ;; esac

[ "$failures" -eq 0 ] && echo "rates import: all checks passed"
exit $((failures > 0))
