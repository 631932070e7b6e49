"""pandas helpers: columns of figures, conversions and scans, with Decimal values (dtype object).

pandas is optional: ``import eok`` never needs it; this module imports it when it is imported.

    import eok.pandas
    df = eok.pandas.parse_column(sheet["금액"])      # value, currency, low, high, ... as Decimal
    won = eok.pandas.convert_column(df_amounts["amount"], to="KRW", on=df_amounts["date"])
    figures = eok.pandas.scan_frame(articles, text="text", date="date")

Reading eok's JSONL without losing digits: eok writes every value as a JSON string of digits
("109000000000"), but ``pandas.read_json(lines=True)`` by default guesses a number type for
such columns and reads it through a float, so 1경 3원 ("10000000000000003") becomes
10000000000000004 (pandas 1.5; other versions give 1.0000000000000004e+16). Use
``read_jsonl`` below (``json.loads`` with ``parse_float=Decimal``, then the decimal string
columns as Decimal), or at least ``pandas.read_json(path, lines=True, dtype=False)`` and convert
the string columns with ``.map(decimal.Decimal)`` yourself.
"""

import decimal
import json

import pandas as _pd

from . import _eok, convert as _convert, scan as _scan
from ._types import Error

__all__ = ["parse_column", "convert_column", "scan_frame", "read_jsonl", "to_jsonl", "DECIMAL_KEYS"]

#: The keys whose values eok writes as decimal strings, read back as Decimal by ``read_jsonl``.
DECIMAL_KEYS = ("value", "low", "high", "precision", "exact", "rate_per", "amount")

_PARSE_COLUMNS = list(_eok.parse_column_fields())


def _missing(v):
    # None, NaN and pandas.NA are missing; they give a row of None rather than an error.
    return v is None or v is _pd.NA or (isinstance(v, float) and v != v)


def parse_column(series, *, significant_zeros=False, errors="coerce"):
    """Parses every string of ``series`` as one figure (as ``eok.parse`` does) and returns a
    DataFrame on the series' index with the columns value, currency, low, high (Decimal or None),
    approximate, bound, kind, precision, vague and error (the ParseError message, or None). All
    columns have dtype object, so no value is ever a float. Missing entries (None, NaN) give a row
    of None; ``errors="raise"`` raises the first ParseError instead of filling ``error``."""
    if errors not in ("coerce", "raise"):
        raise ValueError("errors is 'coerce' or 'raise'")
    series = _pd.Series(series) if not isinstance(series, _pd.Series) else series
    values = [None if _missing(v) else v for v in series.tolist()]
    cells = _eok.parse_columns(values, significant_zeros)  # an object array, one row per string
    if errors == "raise":
        for i, message in enumerate(cells[:, len(_PARSE_COLUMNS) - 1]):
            if message is not None:
                _eok.parse(values[i], significant_zeros=significant_zeros)  # raises the ParseError
    return _pd.DataFrame(cells, index=series.index, columns=_PARSE_COLUMNS, dtype=object, copy=False)


def convert_column(series, to="KRW", on=None, policy="on-or-before", source="ecb", rounding="half_even", *,
                   currency=None, rates=None, errors="coerce"):
    """Converts every amount of ``series`` (figure text, or numbers with ``currency``) into
    ``to``, as ``eok.convert`` does; ``on`` is one date or a Series of dates aligned with
    ``series``. Returns a DataFrame on the series' index with value (Decimal), currency, rate
    (Fraction), rate_decimal (Decimal or None), rate_date, source and error (None, or why the row
    was not converted); ``errors="raise"`` raises instead."""
    if errors not in ("coerce", "raise"):
        raise ValueError("errors is 'coerce' or 'raise'")
    series = _pd.Series(series) if not isinstance(series, _pd.Series) else series
    if isinstance(on, _pd.Series):
        dates = on.reindex(series.index).tolist()
    else:
        dates = [on] * len(series)
    currencies = currency.reindex(series.index).tolist() if isinstance(currency, _pd.Series) else [currency] * len(series)
    rows = []
    for amount, day, cur in zip(series.tolist(), dates, currencies):
        row = dict.fromkeys(("value", "currency", "rate", "rate_decimal", "rate_date", "source", "error"))
        if _missing(amount):
            rows.append(row)
            continue
        if isinstance(day, _pd.Timestamp):
            day = day.date()
        elif _missing(day):
            day = None
        try:
            c = _convert(amount, to, day, policy, source, rounding, currency=cur, rates=rates)
        except (Error, ValueError, TypeError) as e:
            if errors == "raise":
                raise
            row["error"] = str(e)
        else:
            row.update(value=c.value, currency=c.currency, rate=c.rate, rate_decimal=c.rate_decimal,
                       rate_date=c.rate_date, source=c.source)
        rows.append(row)
    return _pd.DataFrame(rows, index=series.index, dtype=object)


_SCAN_COLUMNS = ("index", "text", "start", "end", "line", "kind", "value", "currency", "low", "high",
                 "approximate", "bound", "precision", "converted_from", "each", "total", "per", "over")


def scan_frame(df, text="text", date="date", *, id=None):
    """Scans the ``text`` column of every row of ``df`` and returns one row per figure: ``row``
    (the label of the row it came from), ``id`` (from the ``id`` column when given), ``date``
    (the row's ``date`` column, else the text's front matter date), then the figure's index in
    its text, text, byte span, line, kind, value, currency, low, high, approximate, bound,
    precision and links (converted_from, each, total, per, over). Values are Decimal (dtype
    object)."""
    rows = []
    has_date = date is not None and date in df.columns
    for label, record in df.iterrows():
        body = record[text]
        if _missing(body):
            continue
        day = record[date] if has_date else None
        if isinstance(day, _pd.Timestamp):
            day = day.date()
        elif _missing(day):
            day = None
        found = _scan(body, day)
        for f in found:
            row = {"row": label}
            if id is not None:
                row["id"] = record[id]
            row["date"] = found.article["date"]
            for k in _SCAN_COLUMNS:
                row[k] = getattr(f, k)
            rows.append(row)
    columns = ["row"] + (["id"] if id is not None else []) + ["date"] + list(_SCAN_COLUMNS)
    return _pd.DataFrame(rows, columns=columns, dtype=object)


def read_jsonl(path_or_lines, decimal_keys=DECIMAL_KEYS):
    """A DataFrame of eok's JSONL output (``eok parse --jsonl``, ``eok scan --jsonl``) with every
    digit kept: numbers are read with ``parse_float=Decimal`` and the decimal-string columns in
    ``decimal_keys`` become Decimal. ``path_or_lines`` is a path or an iterable of lines."""
    if isinstance(path_or_lines, str):
        with open(path_or_lines, encoding="utf-8") as f:
            lines = f.read().splitlines()
    else:
        lines = list(path_or_lines)
    records = [json.loads(line, parse_float=decimal.Decimal) for line in lines if line.strip()]
    for r in records:
        for k in decimal_keys:
            v = r.get(k)
            if isinstance(v, str):
                r[k] = decimal.Decimal(v)
    return _pd.DataFrame.from_records(records).astype(object) if records else _pd.DataFrame()


def to_jsonl(df, path=None):
    """``df`` as JSON lines with Decimal values written as strings of digits (eok's convention),
    so ``read_jsonl`` reads them back exactly. Writes to ``path`` when given, else returns the
    text."""
    def plain(v):
        if isinstance(v, decimal.Decimal):
            return format(v, "f")
        if _missing(v):
            return None
        return str(v)

    out = "".join(json.dumps({k: (v if isinstance(v, (bool, int, str)) and not isinstance(v, decimal.Decimal)
                                  else plain(v)) for k, v in row.items()}, ensure_ascii=False) + "\n"
                  for row in df.to_dict(orient="records"))
    if path is None:
        return out
    with open(path, "w", encoding="utf-8") as f:
        f.write(out)
    return None
