#!/usr/bin/env python3
"""Convert published exchange-rate files into eok's rate-table YAML.

Inputs (see ../shared/rates-data/SOURCES.md):
  eurofxref-hist.csv                  European Central Bank reference rates
  fred_DEXKOUS.csv, fred_DEXJPUS.csv,
  fred_DEXCHUS.csv, fred_DEXUSEU.csv  Federal Reserve H.10 rates via FRED

Outputs:
  <out>/ecb.yaml, <out>/fred.yaml     schema described in rates/README.md

Every rate stays a string from the moment it is read until it is written:
no value ever passes through float, so the digits in the YAML are exactly
the digits the publisher printed.

Usage:
  python3 scripts/make_rates.py [--data DIR] [--out DIR]   generate
  python3 scripts/make_rates.py [--data DIR] [--out DIR] --check
      re-read the YAML with a small line-based reader and compare it
      with the CSV data; exit status 1 on any mismatch.

Standard library only. Output is deterministic: the same input files give
byte-identical YAML.
"""

import argparse
import csv
import datetime
import os
import re
import sys

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(SCRIPT_DIR)
DEFAULT_DATA = os.path.normpath(os.path.join(REPO_DIR, "..", "shared", "rates-data"))
DEFAULT_OUT = os.path.join(REPO_DIR, "rates")

SCHEMA_VERSION = 1

VALUE_RE = re.compile(r"^[0-9]+(\.[0-9]+)?$")
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
CODE_RE = re.compile(r"^[A-Z]{3}$")
SOURCE_ID_RE = re.compile(r"^[a-z0-9_-]+$")

ECB_FILE = "eurofxref-hist.csv"

ECB_META = {
    "source": "ecb",
    "name": "Euro foreign exchange reference rates",
    "publisher": "European Central Bank",
    "citation": "Source: ECB. Euro foreign exchange reference rates, "
                "published for information purposes.",
    "url": "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/"
           "euro_reference_exchange_rates/html/index.en.html",
}

# (file name, FRED series id, base, quote); FRED publishes each series as
# units of `quote` per 1 unit of `base`.
FRED_FILES = [
    ("fred_DEXKOUS.csv", "DEXKOUS", "USD", "KRW"),
    ("fred_DEXJPUS.csv", "DEXJPUS", "USD", "JPY"),
    ("fred_DEXCHUS.csv", "DEXCHUS", "USD", "CNY"),
    ("fred_DEXUSEU.csv", "DEXUSEU", "EUR", "USD"),
]

FRED_META = {
    "source": "fred",
    "name": "H.10 Foreign Exchange Rates (noon buying rates in New York)",
    "publisher": "Board of Governors of the Federal Reserve System",
    "citation": "Source: Board of Governors of the Federal Reserve System, "
                "H.10 Foreign Exchange Rates, retrieved from FRED, Federal "
                "Reserve Bank of St. Louis; series DEXKOUS, DEXJPUS, DEXCHUS, "
                "DEXUSEU.",
    "url": "https://www.federalreserve.gov/releases/h10/",
}

# Spot values quoted in ../shared/rates-data/SOURCES.md, used by --check to
# catch a column mix-up that a self-comparison could not see.
SPOT_CHECKS = [
    ("ecb", "EUR", "KRW", "2025-02-10", "1496.81"),
    ("ecb", "EUR", "USD", "2025-02-10", "1.032"),
    ("ecb", "EUR", "KRW", "2025-02-20", "1500.62"),
]


class DataError(Exception):
    """A malformed input or output line; str() is 'file:line: message'."""

    def __init__(self, path, line, message):
        where = "%s:%d" % (path, line) if line else path
        super().__init__("%s: %s" % (where, message))


# ----------------------------------------------------------------------------
# Validation helpers (strings only)

def check_date(path, line, text):
    if not DATE_RE.match(text):
        raise DataError(path, line, "bad date %r (want YYYY-MM-DD)" % text)
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        raise DataError(path, line, "no such calendar date %r" % text)
    return text


def check_value(path, line, text, what):
    if not VALUE_RE.match(text):
        raise DataError(path, line, "bad value %r for %s (want digits with an "
                        "optional fractional part)" % (text, what))
    if not any(c in "123456789" for c in text):
        raise DataError(path, line, "value %r for %s is not > 0" % (text, what))
    return text


def read_lines(path):
    """Return [(line number, text)] for the data file, without line ends.

    Accepts LF or CRLF line ends and an optional UTF-8 byte order mark.
    Blank lines are an error except after the last line of data.
    """
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise DataError(path, 0, "cannot read: %s" % e.strerror)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DataError(path, 0, "not UTF-8: %s" % e)
    lines = text.split("\n")
    while lines and lines[-1].strip() == "":
        lines.pop()
    out = []
    for i, line in enumerate(lines, 1):
        if line.endswith("\r"):
            line = line[:-1]
        if "\r" in line:
            raise DataError(path, i, "stray carriage return")
        if line.strip() == "":
            raise DataError(path, i, "blank line inside the data")
        out.append((i, line))
    if not out:
        raise DataError(path, 0, "empty file")
    return out


# ----------------------------------------------------------------------------
# Parsers

def parse_ecb(data_dir):
    """Return {quote: {date: value}} with base EUR, per 1."""
    path = os.path.join(data_dir, ECB_FILE)
    lines = read_lines(path)
    hline, header = lines[0]
    cols = [c.strip() for c in header.split(",")]
    if cols[0] != "Date":
        raise DataError(path, hline, "first header column is %r, want 'Date'"
                        % cols[0])
    # The ECB file ends every line with a comma: an empty last column.
    trailing_empty = cols[-1] == ""
    codes = cols[1:-1] if trailing_empty else cols[1:]
    seen = set()
    for code in codes:
        if not CODE_RE.match(code):
            raise DataError(path, hline, "bad currency code %r in header" % code)
        if code in seen:
            raise DataError(path, hline, "currency %s appears twice" % code)
        seen.add(code)
    series = {code: {} for code in codes}
    dates = set()
    for lineno, line in lines[1:]:
        cells = [c.strip() for c in line.split(",")]
        if len(cells) != len(cols):
            raise DataError(path, lineno, "%d columns, header has %d"
                            % (len(cells), len(cols)))
        if trailing_empty and cells[-1] != "":
            raise DataError(path, lineno, "last column should be empty, got %r"
                            % cells[-1])
        date = check_date(path, lineno, cells[0])
        if date in dates:
            raise DataError(path, lineno, "date %s appears twice" % date)
        dates.add(date)
        for code, cell in zip(codes, cells[1:]):
            if cell == "" or cell == "N/A":
                continue
            series[code][date] = check_value(path, lineno, cell, "EUR/" + code)
    for code in codes:
        if not series[code]:
            sys.stderr.write("%s: note: column %s has no values; omitted\n"
                             % (path, code))
            del series[code]
    return series


def parse_fred(data_dir, fname, series_id):
    """Return {date: value} for one FRED download."""
    path = os.path.join(data_dir, fname)
    lines = read_lines(path)
    hline, header = lines[0]
    cols = [c.strip() for c in header.split(",")]
    # FRED has served both `date,value` and `observation_date,<SERIES>`.
    if (len(cols) != 2 or cols[0] not in ("date", "observation_date")
            or cols[1] not in ("value", series_id)):
        raise DataError(path, hline, "unexpected header %r (want 'date,value' "
                        "or 'observation_date,%s')" % (header, series_id))
    rates = {}
    for lineno, line in lines[1:]:
        cells = [c.strip() for c in line.split(",")]
        if len(cells) != 2:
            raise DataError(path, lineno, "%d columns, want 2" % len(cells))
        date = check_date(path, lineno, cells[0])
        if date in rates:
            raise DataError(path, lineno, "date %s appears twice" % date)
        # Holidays: an empty cell (current FRED) or '.' (older downloads).
        if cells[1] == "" or cells[1] == ".":
            continue
        rates[date] = check_value(path, lineno, cells[1], series_id)
    if not rates:
        raise DataError(path, 0, "no observations")
    return rates


def load_tables(data_dir):
    """Parse every input; return [(file name, meta, inputs, [series])].

    A series is a dict with keys base, quote, per, series_id (or None) and
    rates ({date: value}). Series are sorted by (base, quote).
    """
    ecb = parse_ecb(data_dir)
    ecb_series = [{"base": "EUR", "quote": q, "per": 1, "series_id": None,
                   "rates": r} for q, r in ecb.items()]
    fred_series = []
    for fname, sid, base, quote in FRED_FILES:
        fred_series.append({"base": base, "quote": quote, "per": 1,
                            "series_id": sid,
                            "rates": parse_fred(data_dir, fname, sid)})
    tables = [
        ("ecb.yaml", ECB_META, [ECB_FILE], ecb_series),
        ("fred.yaml", FRED_META, [f[0] for f in FRED_FILES], fred_series),
    ]
    for _, _, _, series in tables:
        series.sort(key=lambda s: (s["base"], s["quote"]))
        keys = [(s["base"], s["quote"]) for s in series]
        if len(set(keys)) != len(keys):
            raise DataError("(tables)", 0, "duplicate currency pair")
    return tables


# ----------------------------------------------------------------------------
# Writer

def yaml_quoted(text):
    # Only characters that need no escaping are allowed through.
    if '"' in text or "\\" in text or any(ord(c) < 0x20 for c in text):
        raise ValueError("cannot quote %r" % text)
    return '"%s"' % text


def render(meta, inputs, series):
    assert SOURCE_ID_RE.match(meta["source"])
    out = []
    out.append("# Generated by scripts/make_rates.py from %s; do not edit by hand."
               % ", ".join(inputs))
    out.append("eok_rates: %d" % SCHEMA_VERSION)
    out.append("source: %s" % meta["source"])
    out.append("name: %s" % meta["name"])
    out.append("publisher: %s" % meta["publisher"])
    out.append("citation: %s" % yaml_quoted(meta["citation"]))
    out.append("url: %s" % meta["url"])
    out.append("series:")
    for s in series:
        out.append("  - base: %s" % s["base"])
        out.append("    quote: %s" % s["quote"])
        out.append("    per: %d" % s["per"])
        if s["series_id"]:
            out.append("    series_id: %s" % s["series_id"])
        out.append("    rates:")
        for date in sorted(s["rates"]):
            out.append('      "%s": "%s"' % (date, s["rates"][date]))
    return "\n".join(out) + "\n"


def write_file(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, path)


def coverage_rows(tables):
    rows = []
    for fname, meta, _, series in tables:
        for s in series:
            dates = sorted(s["rates"])
            rows.append((meta["source"], "%s/%s" % (s["base"], s["quote"]),
                         s["series_id"] or "", dates[0], dates[-1], len(dates)))
    return rows


def print_coverage(tables, sizes):
    print("| source | series (base/quote) | FRED id | first | last | observations |")
    print("|---|---|---|---|---|---:|")
    for src, pair, sid, first, last, n in coverage_rows(tables):
        print("| %s | %s | %s | %s | %s | %d |" % (src, pair, sid, first, last, n))
    print()
    for fname, meta, _, series in tables:
        n = sum(len(s["rates"]) for s in series)
        print("%s: %d series, %d observations, %d bytes"
              % (fname, len(series), n, sizes[fname]))


def generate(data_dir, out_dir):
    tables = load_tables(data_dir)  # everything validated before any write
    os.makedirs(out_dir, exist_ok=True)
    sizes = {}
    for fname, meta, inputs, series in tables:
        text = render(meta, inputs, series)
        write_file(os.path.join(out_dir, fname), text)
        sizes[fname] = len(text.encode("utf-8"))
    print_coverage(tables, sizes)
    return 0


# ----------------------------------------------------------------------------
# --check: independent re-reading of both sides

def read_yaml_table(path):
    """Minimal line-based reader for exactly the schema this script writes.

    Returns (meta, {(base, quote): {"per", "series_id", "rates"}}).
    """
    top_re = re.compile(r"^([a-z_]+):(?: (.+))?$")
    base_re = re.compile(r"^  - base: ([A-Z]{3})$")
    field_re = re.compile(r"^    (quote|per|series_id): (\S+)$")
    rate_re = re.compile(r'^      "([0-9]{4}-[0-9]{2}-[0-9]{2})": "([0-9]+(?:\.[0-9]+)?)"$')
    meta = {}
    series = []
    cur = None
    last_date = None
    in_series = False
    with open(path, "r", encoding="utf-8", newline="") as f:
        text = f.read()
    if not text.endswith("\n") or "\r" in text:
        raise DataError(path, 0, "must be LF-terminated text")
    for lineno, line in enumerate(text[:-1].split("\n"), 1):
        if line.startswith("#"):
            if lineno != 1:
                raise DataError(path, lineno, "comment after line 1")
            continue
        if not in_series:
            m = top_re.match(line)
            if not m:
                raise DataError(path, lineno, "unexpected line %r" % line)
            key, val = m.group(1), m.group(2) or ""
            if key == "series":
                if val != "":
                    raise DataError(path, lineno, "series: takes no value")
                in_series = True
                continue
            if key in meta:
                raise DataError(path, lineno, "key %s repeated" % key)
            if val.startswith('"'):
                if len(val) < 2 or not val.endswith('"'):
                    raise DataError(path, lineno, "unterminated string")
                val = val[1:-1]
            meta[key] = val
            continue
        m = base_re.match(line)
        if m:
            cur = {"base": m.group(1), "quote": None, "per": None,
                   "series_id": None, "rates": {}, "in_rates": False}
            last_date = None
            series.append(cur)
            continue
        if cur is None:
            raise DataError(path, lineno, "line outside a series: %r" % line)
        m = field_re.match(line)
        if m and not cur["in_rates"]:
            key, val = m.group(1), m.group(2)
            if cur[key] is not None:
                raise DataError(path, lineno, "%s repeated" % key)
            if key == "per":
                if not re.match(r"^[1-9][0-9]*$", val):
                    raise DataError(path, lineno, "per must be an integer >= 1")
                val = int(val)
            cur[key] = val
            continue
        if line == "    rates:" and not cur["in_rates"]:
            cur["in_rates"] = True
            continue
        m = rate_re.match(line)
        if m and cur["in_rates"]:
            date, value = m.group(1), m.group(2)
            check_date(path, lineno, date)
            check_value(path, lineno, value, "%s/%s" % (cur["base"], cur["quote"]))
            if last_date is not None and date <= last_date:
                raise DataError(path, lineno, "date %s not after %s"
                                % (date, last_date))
            last_date = date
            cur["rates"][date] = value
            continue
        raise DataError(path, lineno, "unexpected line %r" % line)
    result = {}
    prev_key = None
    for s in series:
        if s["quote"] is None or s["per"] is None or not s["in_rates"]:
            raise DataError(path, 0, "series %s/%s incomplete"
                            % (s["base"], s["quote"]))
        key = (s["base"], s["quote"])
        if key in result:
            raise DataError(path, 0, "pair %s/%s repeated" % key)
        if prev_key is not None and key <= prev_key:
            raise DataError(path, 0, "series not sorted at %s/%s" % key)
        prev_key = key
        result[key] = {"per": s["per"], "series_id": s["series_id"],
                       "rates": s["rates"]}
    return meta, result


def csv_expected(data_dir):
    """Read the inputs again with the csv module, by column name.

    Deliberately a second implementation (no shared parsing code) so the
    comparison catches misaligned columns and the like.
    """
    exp = {"ecb.yaml": {}, "fred.yaml": {}}
    with open(os.path.join(data_dir, ECB_FILE), newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            date = row["Date"].strip()
            for col, cell in row.items():
                if col in ("Date", "", None) or cell is None:
                    continue
                cell = cell.strip()
                if cell in ("", "N/A"):
                    continue
                exp["ecb.yaml"].setdefault(("EUR", col.strip()), {})[date] = cell
    for fname, sid, base, quote in FRED_FILES:
        with open(os.path.join(data_dir, fname), newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            next(reader)
            rates = {}
            for row in reader:
                if not row:
                    continue
                cell = row[1].strip()
                if cell in ("", "."):
                    continue
                rates[row[0].strip()] = cell
        exp["fred.yaml"][(base, quote)] = {"series_id": sid, "rates": rates}
    return exp


def check(data_dir, out_dir):
    problems = []

    def bad(msg):
        problems.append(msg)
        if len(problems) <= 50:
            sys.stderr.write("MISMATCH: %s\n" % msg)

    exp = csv_expected(data_dir)
    tables = load_tables(data_dir)
    metas = {fname: (meta, inputs, series) for fname, meta, inputs, series in tables}
    read = {}
    for fname in ("ecb.yaml", "fred.yaml"):
        path = os.path.join(out_dir, fname)
        if not os.path.exists(path):
            bad("%s missing" % path)
            continue
        meta, got = read_yaml_table(path)
        read[fname] = got
        want_meta, inputs, series = metas[fname]
        if meta.get("eok_rates") != str(SCHEMA_VERSION):
            bad("%s: eok_rates is %r" % (fname, meta.get("eok_rates")))
        for k, v in want_meta.items():
            if meta.get(k) != v:
                bad("%s: %s is %r, want %r" % (fname, k, meta.get(k), v))
        want = exp[fname]
        for key in sorted(set(want) | set(got)):
            pair = "%s/%s" % key
            if key not in got:
                bad("%s: series %s missing" % (fname, pair))
                continue
            if key not in want:
                bad("%s: series %s not in the CSV data" % (fname, pair))
                continue
            g = got[key]
            w = want[key] if fname == "fred.yaml" else {"rates": want[key]}
            if g["per"] != 1:
                bad("%s: %s per is %r" % (fname, pair, g["per"]))
            if g["series_id"] != w.get("series_id"):
                bad("%s: %s series_id %r, want %r"
                    % (fname, pair, g["series_id"], w.get("series_id")))
            gr, wr = g["rates"], w["rates"]
            for d in sorted(set(gr) | set(wr)):
                if gr.get(d) != wr.get(d):
                    bad("%s: %s %s: yaml %r, csv %r"
                        % (fname, pair, d, gr.get(d), wr.get(d)))
        # The file must also be exactly what this script would write now.
        with open(path, "r", encoding="utf-8", newline="") as f:
            if f.read() != render(want_meta, inputs, series):
                bad("%s: differs from a fresh rendering (stale? rerun the script)"
                    % fname)
    for src, base, quote, date, value in SPOT_CHECKS:
        got = read.get(src + ".yaml", {}).get((base, quote), {}).get("rates", {})
        if got.get(date) != value:
            bad("spot check %s %s/%s %s: %r, want %r"
                % (src, base, quote, date, got.get(date), value))
    if problems:
        sys.stderr.write("check FAILED: %d mismatch(es)\n" % len(problems))
        return 1
    n = sum(len(s["rates"]) for g in read.values() for s in g.values())
    print("check OK: %d series, %d observations match the CSV data; "
          "%d spot checks pass" % (sum(len(g) for g in read.values()), n,
                                   len(SPOT_CHECKS)))
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA,
                    help="directory with the source CSV files (default: %(default)s)")
    ap.add_argument("--out", default=DEFAULT_OUT,
                    help="directory for ecb.yaml and fred.yaml (default: %(default)s)")
    ap.add_argument("--check", action="store_true",
                    help="verify the YAML in --out against the CSV data instead "
                         "of writing it")
    args = ap.parse_args(argv)
    try:
        if args.check:
            return check(args.data, args.out)
        return generate(args.data, args.out)
    except DataError as e:
        sys.stderr.write("make_rates.py: error: %s\n" % e)
        return 2


if __name__ == "__main__":
    sys.exit(main())
