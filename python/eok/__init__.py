"""eok: exact Korean money figures, from Python.

    >>> import eok, datetime
    >>> eok.parse("1090억유로").value
    Decimal('109000000000')
    >>> eok.convert("1090억유로", to="KRW", on=datetime.date(2025, 2, 10)).value
    Decimal('163152290000000')

Amounts are ``decimal.Decimal``, rates ``fractions.Fraction``, dates ``datetime.date``: no value
ever passes through a float. The work is done by eok's C++ library (the module ``eok._eok``),
which releases the GIL, so threads run in parallel. ``eok.pandas`` has helpers for DataFrames.
"""

import datetime as _datetime
import decimal as _decimal
import json as _json
import os as _os

from . import _eok
from ._types import (CurrencyMismatch, Check, Conversion, Error, Figure, FigureRef, InputProblem,
                     InputWarning, Interval, ParseError, RateNotFound, RateQuote, Rates, Report, Scan,
                     ScannedFigure, _bundled_rates, _date, _issue)

__version__ = _eok.version

__all__ = [
    "parse", "convert", "scan", "scan_file", "reconcile", "reconcile_partial", "merge_partials",
    "Figure", "ScannedFigure", "Scan", "Conversion", "RateQuote", "Rates", "Check", "FigureRef",
    "Interval", "Report", "Error", "ParseError", "RateNotFound", "CurrencyMismatch",
    "InputProblem", "InputWarning",
]


#: parse(text, *, significant_zeros=False) -> Figure: ``text`` as exactly one figure; raises
#: ``ParseError`` (with ``offset``, ``line``, ``column``) when it is not one. The compiled
#: function itself, without a Python frame in between (it is called once per figure).
parse = _eok.parse


def _date_text(on, what):
    if on is None:
        return None
    if isinstance(on, _datetime.datetime):
        raise TypeError(f"{what} is a date (datetime.date or 'YYYY-MM-DD'), not a datetime")
    if isinstance(on, _datetime.date):
        return on.isoformat()
    if isinstance(on, str):
        return _eok.read_date(on, what)  # eok's one date reader, with its messages
    raise TypeError(f"{what} is a datetime.date or a 'YYYY-MM-DD' string, not {type(on).__name__}")


def _decimal_text(value):
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError("a float is not an exact amount: pass a str, int or decimal.Decimal")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, _decimal.Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not an amount")
        return format(value, "f")
    if isinstance(value, str):
        return value
    raise TypeError(f"an amount is a str, int or decimal.Decimal, not {type(value).__name__}")


def _amount(amount, currency):
    """(digits, ISO code) of what `convert` was given: figure text, a Figure, or a number with
    `currency`."""
    if currency is not None:
        return _decimal_text(amount), currency
    if isinstance(amount, str):
        amount_text = amount
        amount = parse(amount)
    else:
        amount_text = getattr(amount, "text", repr(amount))
    if not isinstance(amount, Figure):
        raise TypeError("convert takes figure text ('1090억유로'), a Figure, or a number with currency=")
    if amount.value is None:
        raise ValueError(f"'{amount_text}' is not one amount; convert one amount at a time")
    if amount.currency is None:
        raise ValueError(f"'{amount_text}' has no currency; write one, as in 1090억유로 or '109000000000 EUR'")
    return _decimal_text(amount.value), amount.currency


def convert(amount, to="KRW", on=None, policy="on-or-before", source="ecb", rounding="half_even", *,
            currency=None, average=None, max_gap_days=7, rates=None):
    """``amount`` in currency ``to`` at the published rate of ``on`` (a ``datetime.date`` or
    'YYYY-MM-DD'; None: the latest rate the source has), exact, rounded once by ``rounding``
    (half_even, half_up, half_down, down, up, floor, ceiling) to the target's minor unit.

    ``amount`` is figure text ("1090억유로", "$500 billion"), a ``Figure``, or a number (str,
    int, Decimal) with ``currency="EUR"``. ``policy`` says what to do when ``on`` has no rate:
    "on-or-before" (the latest earlier one, at most ``max_gap_days`` back), "exact" or
    "nearest". ``average`` (a period such as "2024", "2024-03", "FY2024-04") uses the mean of the
    daily rates instead. ``rates`` is an ``eok.Rates`` (default: the bundled tables).
    Raises ``RateNotFound`` naming the pair, date and nearest dates when there is no rate.
    """
    value, code = _amount(amount, currency)
    store = (rates or _bundled_rates())._store
    return Conversion(_eok.convert(value, code, to, _date_text(on, "on"), average, policy, max_gap_days,
                                   source, rounding, store))


def _scan_result(front, figures, date):
    article = {"date": _date(front["date"]), "source": front["source"], "title": front["title"],
               "url": front["url"]}
    if date is not None:
        article["date"] = _date(_date_text(date, "date"))
    return Scan(figures, article)


def scan(text, date=None, *, first_index=0, front_matter=True):
    """Every figure in ``text`` (str or UTF-8 bytes), in order, as ``ScannedFigure`` objects
    with their links (``converted_from``, ``each``, ``total``, ``per``, ``over``), in a ``Scan``
    list whose ``article`` holds the front matter; ``date`` (a datetime.date or 'YYYY-MM-DD')
    overrides the front matter's date. Offsets are bytes of the UTF-8 text. Raises
    ``ParseError`` for malformed front matter."""
    front, figures = _eok.scan(text, first_index, front_matter)
    return _scan_result(front, figures, date)


def scan_file(path, date=None, *, first_index=0, front_matter=True):
    """``scan`` of a file's bytes (any encoding errors are skipped, as ``eok scan`` does);
    errors name the file."""
    with open(path, "rb") as f:
        data = f.read()
    front, figures = _eok.scan(data, first_index, front_matter, _os.fspath(path))
    return _scan_result(front, figures, date)


def _record_input(record):
    """An archive record (a dict, or its JSON line; or a pair of it and the name of the file it
    comes from, or a triple with its line number in that file) as eok reads a line of a .jsonl
    file."""
    a = _eok.ArticleInput()
    if isinstance(record, tuple):
        if len(record) == 3:
            a.line = record[2]
        record, a.path = record[0], _os.fspath(record[1])
    if isinstance(record, dict):
        for key, value in record.items():
            if isinstance(value, float):
                raise TypeError(f"record {record.get('id')!r}: '{key}' is a float; eok reads no binary floats")
        a.record = _json.dumps(record, ensure_ascii=False)
    elif isinstance(record, (str, bytes)):
        a.record = record.decode("utf-8") if isinstance(record, bytes) else record
    else:
        raise TypeError(f"an archive record is a dict or a JSON line, not {type(record).__name__}")
    return a


def _article_input(item):
    a = _eok.ArticleInput()
    if isinstance(item, (str, _os.PathLike)):
        # The id comes from the library's rule (the file name without its extension).
        a.path = _os.fspath(item)
        return a
    if not isinstance(item, dict):
        raise TypeError(f"an article is a path or a dict {{id, date, source, text}}, not {type(item).__name__}")
    for key in ("id", "date", "text"):
        if item.get(key) is None:
            raise ValueError(f"an article dict needs '{key}' (got keys {sorted(item)})")
    a.id = str(item["id"])
    a.date = _date_text(item["date"], "an article's date")
    a.source = str(item.get("source") or "")
    a.text = item["text"]
    return a


def _inputs(articles, records):
    if isinstance(articles, (str, dict, _os.PathLike)):
        articles = [articles]
    inputs = [_article_input(a) for a in (articles or [])]
    inputs += [_record_input(r) for r in (records or [])]
    return inputs


def reconcile(articles, *, rates=None, lang="en", tolerance=None, sources=None, errors="skip"):
    """Checks every conversion, relation and repeated amount in ``articles`` (paths of article
    files or claims files, or dicts ``{id, date, source, text}``), as ``eok reconcile`` does, and
    returns a ``Report``: ``report.checks`` and ``report.to_json()``, ``to_markdown()``,
    ``to_html()``. ``rates`` is an ``eok.Rates`` (default: the bundled tables), ``sources`` the
    source ids to check against (default: all loaded), ``tolerance`` the allowed spread between
    sources in percent (a str or Decimal; default 0.5), ``lang`` "en" or "ko".

    A bad input (an archive record that is not well formed, a file with malformed front matter
    or that cannot be read) is left out and the others are reconciled, as ``eok reconcile``
    does (``errors="skip"``, the default): each is issued as an ``InputWarning`` with the CLI's
    message and listed in ``report.problems`` (``InputProblem``: file, line, column, message,
    skipped, text), with the warnings of claims files (keys eok does not read).
    ``errors="raise"`` raises ``ParseError`` (with its position) at the first bad input."""
    inputs = _inputs(articles, None)
    tol = None if tolerance is None else _decimal_text(tolerance)
    store = (rates or _bundled_rates())._store
    run = _eok.Reconciliation(inputs, store, tol, list(sources or []), errors)
    return Report(run, lang, _issue(run.problems()))


def reconcile_partial(articles=None, *, records=None, rates=None, tolerance=None, sources=None, errors="skip",
                      problems=None):
    """The map step of ``reconcile`` (``eok reconcile --partial``): for ``articles`` (as
    ``reconcile`` takes them; a ``.jsonl`` path is an archive) and then ``records`` (archive
    records: dicts ``{id, date, source, title, url, text}`` or their JSON lines), one partial
    line (str) per article with its checks and agreement candidates. Runs anywhere; give the
    lines of every run, in order, to ``merge_partials``. Bad inputs are taken as ``reconcile``
    takes them (``errors``); their ``InputProblem``s are appended to ``problems`` when it is a
    list, else issued as ``InputWarning``s."""
    tol = None if tolerance is None else _decimal_text(tolerance)
    store = (rates or _bundled_rates())._store
    lines, found = _eok.partial_lines(_inputs(articles, records), store, tol, list(sources or []), errors)
    if problems is not None:
        problems.extend(InputProblem(*p) for p in found)
    else:
        _issue(found)
    return lines


def merge_partials(lines, *, rates=None, lang="en", tolerance=None, sources=None, agreements=None):
    """The reduce step (``eok reconcile --merge``): the ``Report`` of the whole run from partial
    lines in run order, the same as ``reconcile`` on one machine. ``agreements`` (optional) are
    agreement lines found elsewhere (``eok.dask`` finds them per claim on the cluster); without
    them the agreements are found here. The rates and tolerance must be the map step's."""
    tol = None if tolerance is None else _decimal_text(tolerance)
    store = (rates or _bundled_rates())._store
    lines = [l.rstrip("\n") for l in lines if l.strip()]
    run = _eok.merge_partials(lines, store, tol, list(sources or []),
                              None if agreements is None else list(agreements))
    return Report(run, lang)
