#!/usr/bin/env bash
# Opens `eok reconcile --html` on the example articles in headless Chromium and checks that the
# page renders with one chart per conversion check, each with round ticks and a legend in Korean.
# Exit 77 (ctest: skipped) without Chromium.
#
#   tests/browser/reconcile_html_test.sh path/to/eok repo-root work-dir
#
# Leaves work-dir/report.html, work-dir/dom.html and work-dir/report.png (a full-page screenshot
# to look at).
set -euo pipefail
eok="$1"
root="$2"
work="$3"

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "reconcile_html_test: chromium is not installed (scripts/install-deps --browser); skipped"
  exit 77
fi

mkdir -p "$work"
cd "$root"
status=0
"$eok" reconcile --html --lang ko examples/articles/*.txt > "$work/report.html" || status=$?
if [ "$status" -gt 1 ]; then
  echo "reconcile_html_test: eok reconcile failed with status $status" >&2
  exit 1
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile")
timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$work/report.html" > "$work/dom.html" 2> "$work/chromium.log"
timeout 120 "$browser" "${flags[@]}" --window-size=1000,7000 --screenshot="$work/report.png" \
  "file://$work/report.html" >> "$work/chromium.log" 2>&1

fail() { echo "reconcile_html_test: $*" >&2; exit 1; }
# The examples hold 12 conversions, all with rate data; each gets one chart.
charts="$(grep -o '<svg class="chart"' "$work/dom.html" | wc -l)"
[ "$charts" -eq 12 ] || fail "expected 12 charts in the rendered page, found $charts"
lines="$(grep -o '<polyline class="rate"' "$work/dom.html" | wc -l)"
[ "$lines" -ge 24 ] || fail "expected a rate line per source in every chart (at least 24), found $lines"
grep -q '<h1>수치 대조 보고서</h1>' "$work/dom.html" || fail "the page title did not render"
grep -q '<rect class="implied"' "$work/dom.html" || fail "no implied-rate interval drawn"
grep -q '<circle class="best"' "$work/dom.html" || fail "no best-date marker drawn"
# Round ticks on both axes (more than the two ends), a legend in Korean, and for the
# wrong_currency check (1090억 달러, 2025-02-11) the dashed series of the currency that fits.
ticks="$(grep -o 'class="ax tick"' "$work/dom.html" | wc -l)"
[ "$ticks" -ge 72 ] || fail "expected at least 6 axis ticks per chart (72), found $ticks"
legends="$(grep -o '<g class="legend">' "$work/dom.html" | wc -l)"
[ "$legends" -eq "$charts" ] || fail "expected a legend in each of the $charts charts, found $legends"
grep -q '기사에서 역산한 환율' "$work/dom.html" || fail "the legend is not in Korean"
grep -q '>1,500</text>' "$work/dom.html" || fail "no round rate tick (1,500) on a KRW/EUR axis"
grep -q '>2025-02-01</text>' "$work/dom.html" || fail "no month tick (2025-02-01) on a date axis"
grep -q '<polyline class="fits"' "$work/dom.html" || fail "the wrong_currency chart has no series of the currency that fits"
grep -q 'KRW/EUR 환율: 기사 금액이 EUR라면 맞음' "$work/dom.html" || fail "the legend does not name the currency that fits"
[ "$(grep -c '<script' "$work/dom.html")" -eq 0 ] || fail "the page must not contain scripts"
[ -s "$work/report.png" ] || fail "no screenshot"
size="$(stat -c %s "$work/report.png")"
[ "$size" -gt 20000 ] || fail "the screenshot is suspiciously small ($size bytes)"
echo "reconcile_html_test: $charts charts, $lines rate lines; screenshot $work/report.png ($size bytes)"
