#!/bin/bash
# `eok rates import` end to end (issue 13): small downloads in the ECB's, FRED's and ECOS's own
# formats become exactly the tables in tests/data/rates/import/expected/; EOK_RATES adds them to
# every command; a second import merges; a bad file leaves the directory as it was.
# The ECB and FRED files are written below, by this test, in the publishers' layouts (the few
# rates in them are the published ones of those days); the ECOS export, which has a BOM and
# Korean column values, is tests/data/rates/import/ecos_731Y001.csv.
# Usage: rates_import_test.sh EOK SOURCE_DIR
set -u
eok=$1
cd "$2" || exit 2
data=tests/data/rates/import
failures=0
fail() { echo "FAILED: $*" >&2; failures=$((failures + 1)); }
same() { [ "$2" = "$3" ] || fail "$1: got '$2', expected '$3'"; }
out=$(mktemp -d)
in=$(mktemp -d)
trap 'rm -rf "$out" "$in"' EXIT
ls $data/ecos_731Y001.csv $data/expected/ecb.yaml $data/expected/fred.yaml $data/expected/bok.yaml >/dev/null || exit 1
mkdir "$in/bad"

# The ECB's history file: newest day first, a trailing comma on every line, N/A for a currency
# the day has no rate for (BGN after its euro changeover).
printf '%s\n' 'Date,USD,JPY,BGN,KRW,' '2026-04-13,1.1684,186.75,N/A,1740.86,' '2026-04-10,1.1711,186.43,N/A,1737.06,' \
  > "$in/eurofxref-hist.csv"
# The ECB's daily file: one day, written out, with a space after every comma.
printf '%s\n' 'Date, USD, JPY, BGN, KRW, ' '14 April 2026, 1.1690, 186.80, N/A, 1741.20, ' > "$in/eurofxref.csv"
# FRED's download as graphed (observation_date and the series id), a day without a rate left empty.
printf '%s\n' 'observation_date,DEXKOUS' '2026-04-09,1480.10' '2026-04-10,' '2026-04-13,1489.55' > "$in/DEXKOUS.csv"
# FRED's older date,value form, named by the series in the file name; '.' for a missing day.
printf '%s\n' 'date,value' '2026-04-10,147.20' '2026-04-13,.' '2026-04-14,147.85' > "$in/fred_DEXJPUS.csv"
# Bad files: a daily file that contradicts the history, a day that does not exist, a zip.
printf '%s\n' 'Date, USD, KRW, ' '13 April 2026, 1.1685, 1740.86, ' > "$in/bad/eurofxref.csv"
printf '%s\n' 'date,value' '2026-02-30,1.00' > "$in/bad/fred_DEXKOUS.csv"
printf 'PK\003\004fake' > "$in/bad/eurofxref-hist.zip"

got=$("$eok" rates import "$in/eurofxref-hist.csv" "$in/eurofxref.csv" "$in/DEXKOUS.csv" "$in/fred_DEXJPUS.csv" \
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
"$eok" rates import "$in/eurofxref.csv" --out "$out" >/dev/null 2>&1
same "re-import status" "$?" 0
cmp -s "$out/ecb.yaml" "$data/expected/ecb.yaml" || {
  # the first line names the inputs of this import; the rates must be the same
  [ "$(tail -n +2 "$out/ecb.yaml")" = "$(tail -n +2 "$data/expected/ecb.yaml")" ] || fail "merged ecb.yaml lost rates"
}

# A bad file: exit 2, the error names the place, and nothing is written.
before=$(cat "$out"/*.yaml | md5sum)
err=$("$eok" rates import "$in/eurofxref-hist.csv" "$in/bad/eurofxref.csv" --out "$out" 2>&1 >/dev/null)
same "conflict status" "$?" 2
same "conflict error" "$(echo "$err" | head -1)" "eok rates import: $in/bad/eurofxref.csv:2:16: EUR/USD on 2026-04-13 is 1.1685 here but 1.1684 in $in/eurofxref-hist.csv:2"
same "nothing written" "$(cat "$out"/*.yaml | md5sum)" "$before"
[ -z "$(ls -A "$out" | grep -v '\.yaml$')" ] || fail "temporary files left in $out"

# A date that does not exist in a FRED date,value file, explained by the one date reader.
err=$("$eok" rates import "$in/bad/fred_DEXKOUS.csv" --out /nonexistent/never 2>&1 >/dev/null)
same "bad date status" "$?" 2
same "bad date error" "$err" "eok rates import: $in/bad/fred_DEXKOUS.csv:2:9: 2026-02-30 does not exist: February 2026 has 28 days
  2026-02-30,1.00
          ^"

# A zipped download is refused with what to do.
err=$("$eok" rates import "$in/bad/eurofxref-hist.zip" --out /nonexistent/never 2>&1 >/dev/null)
same "zip status" "$?" 2
same "zip error" "$err" "eok rates import: $in/bad/eurofxref-hist.zip: this is a zip archive; unzip it first and import the CSV inside"

# EOK_RATES naming a bad table is reported by every command.
printf 'eok_rates: 2\n' > "$out/zz.yaml"
err=$(EOK_RATES=$out "$eok" rates 2>&1 >/dev/null)
same "bad EOK_RATES status" "$?" 2
case "$err" in "eok rates: $out/zz.yaml:1:"*) ;; *) fail "bad EOK_RATES error: $err" ;; esac

[ "$failures" -eq 0 ] && echo "rates import: all checks passed"
exit $((failures > 0))
