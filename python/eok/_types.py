"""The value types of the Python package: figures, conversions, rates, checks and errors.

Everything here holds Python's own exact types: amounts are ``decimal.Decimal``, rates and other
ratios ``fractions.Fraction``, dates ``datetime.date``. Nothing is ever a float.

A ``Figure`` is a tuple subclass (like a named tuple) whose fields the compiled module fills in
one call; its field names come from the module itself (``_eok.figure_fields()``), so the two
cannot drift apart.
"""

import collections as _collections
import datetime
import decimal
import fractions
import operator
import warnings as _warnings

from . import _eok

__all__ = [
    "Error", "ParseError", "RateNotFound", "CurrencyMismatch",
    "Figure", "ScannedFigure", "Scan", "RateQuote", "Conversion", "Interval",
    "FigureRef", "Check", "Report", "Rates",
]


# ---- errors ------------------------------------------------------------------------------

class Error(Exception):
    """An error eok reports: the library's message, its code (``"invalid_number"``), and where it
    happened when it came from text: ``offset`` (bytes), ``line`` and ``column`` (1-based,
    columns in code points), and ``file`` for files."""

    def __init__(self, message, code=None, offset=None, line=None, column=None, file=None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.offset = offset
        self.line = line
        self.column = column
        self.file = file

    def __str__(self):
        return self.message


class ParseError(Error, ValueError):
    """Text that is not what was asked for: a figure, a date, an article's front matter."""


class RateNotFound(Error, LookupError):
    """No rate for the pair and date under the chosen policy (never a silent zero)."""


class CurrencyMismatch(Error, ValueError):
    """Arithmetic or comparison across two currencies."""


# ---- figures -----------------------------------------------------------------------------

_FIGURE_FIELDS, _SCANNED_FIELDS = _eok.figure_fields()


def _tuple_fields(cls, names):
    for i, name in enumerate(names):
        setattr(cls, name, property(operator.itemgetter(i), doc=name))
    cls._fields = tuple(names)
    return cls


class Figure(tuple):
    """One figure as written, made exact.

    ``value`` (Decimal, or None for ranges and vague magnitudes), ``low``/``high`` (the bounds of
    a range, band or vague magnitude), ``currency`` (ISO code or None), ``kind`` ("money",
    "number", "percent", "count", "rate"), ``approximate``, ``bound`` (None, "at_most",
    "less_than", "at_least", "more_than"), ``precision`` (Decimal place value of the last
    significant digit), ``vague``, ``text``, ``span`` (byte offsets), ``line``, ``unit``,
    ``range``, ``band``, ``each``, ``spelled``, ``currency_ambiguous``, ``ambiguous`` (why the
    reading is one of several, or None).
    """

    __slots__ = ()

    @property
    def span(self):
        """(start, end) byte offsets of the figure in the text it was read from."""
        return (self[1], self[2])

    def to_dict(self):
        """The fields as a dict (values stay Decimal)."""
        return dict(zip(self._fields, self))

    def __repr__(self):
        shown = ", ".join(f"{k}={v!r}" for k, v in zip(self._fields, self)
                          if k in ("text", "value", "low", "high", "currency", "approximate", "bound"))
        return f"{type(self).__name__}({shown})"


_tuple_fields(Figure, _FIGURE_FIELDS)


class ScannedFigure(Figure):
    """A figure the scanner found, with its links: ``index`` (its number in the scan),
    ``converted_from`` (for Y in ``X(약 Y)``: the index of X), ``total``, ``per`` ("year", ...),
    ``over`` (ISO 8601 duration such as "P5Y"), and for stated exchange rates ``rate_base`` and
    ``rate_per``."""

    __slots__ = ()


_tuple_fields(ScannedFigure, _FIGURE_FIELDS + _SCANNED_FIELDS)


class Scan(list):
    """The figures of one text, in order; ``article`` holds its front matter (``date`` as a
    ``datetime.date``, ``source``, ``title``, ``url``; None where absent)."""

    def __init__(self, figures, article):
        super().__init__(figures)
        self.article = article


# ---- rates and conversions ---------------------------------------------------------------

def _date(text):
    return None if text is None else datetime.date.fromisoformat(text)


def _fraction(text):
    return None if text is None else fractions.Fraction(text)


class RateQuote:
    """A rate actually used: ``rate`` units of ``to`` per unit of ``from_currency``, exact
    (Fraction); ``decimal`` the same as a Decimal when it has a finite expansion (a published rate
    always does; inverse and cross rates usually not), ``date`` its publication date, ``source``
    and ``path`` (("USD", "EUR", "KRW") for an ECB cross rate)."""

    __slots__ = ("from_currency", "to", "rate", "decimal", "date", "source", "path")

    def __init__(self, d):
        self.from_currency = d["from"]
        self.to = d["to"]
        self.rate = _fraction(d["rate"])
        self.decimal = d["decimal"]
        self.date = _date(d["date"])
        self.source = d["source"]
        self.path = tuple(d["path"])

    def __repr__(self):
        return (f"RateQuote({self.from_currency}->{self.to} {self.rate}, {self.date.isoformat()}, "
                f"{self.source})")


class Conversion:
    """Everything a conversion did: ``value`` (the result, rounded once to the target's minor unit
    by ``rounding``), ``currency``, ``exact`` (the unrounded result as a Decimal; to 30 places
    when it does not terminate, see ``exact_terminates``), ``exact_fraction`` (always exact),
    ``rate`` (Fraction), ``rate_decimal`` (the published decimal, or None for a rate that has no
    finite one), ``rate_date``, ``source``, ``path``, ``quote`` (the RateQuote), ``amount`` and
    ``amount_currency`` (what was converted), and ``average`` ({first, last, days} for an average
    rate, else None)."""

    __slots__ = ("amount", "amount_currency", "value", "currency", "exact", "exact_terminates",
                 "exact_fraction", "rounding", "quote", "average")

    def __init__(self, d):
        self.amount = d["from_value"]
        self.amount_currency = d["from_currency"]
        self.value = d["value"]
        self.currency = d["currency"]
        self.exact = d["exact"]
        self.exact_terminates = d["exact_terminates"]
        self.exact_fraction = _fraction(d["exact_fraction"])
        self.rounding = d["rounding"]
        self.quote = RateQuote(d["quote"])
        a = d["average"]
        self.average = None if a is None else {"first": _date(a["first"]), "last": _date(a["last"]),
                                               "days": a["days"]}

    rate = property(lambda self: self.quote.rate, doc="units of the target per unit of the amount (Fraction)")
    rate_decimal = property(lambda self: self.quote.decimal, doc="the rate as a finite Decimal, or None")
    rate_date = property(lambda self: self.quote.date, doc="the publication date of the rate used")
    source = property(lambda self: self.quote.source, doc="the rate source id")
    path = property(lambda self: self.quote.path, doc="the currencies the rate goes through")

    def __repr__(self):
        return (f"Conversion({self.amount} {self.amount_currency} -> {self.value} {self.currency} at "
                f"{self.rate_decimal if self.rate_decimal is not None else self.rate}, "
                f"{self.rate_date.isoformat()}, {self.source})")


class Rates:
    """A set of rate sources for ``convert`` and ``reconcile``.

    ``Rates()`` is the bundled ECB and Federal Reserve history; ``Rates("bok.yaml", "rates/")``
    adds tables from YAML files or directories (a table with an existing source id replaces that
    source); ``Rates(paths..., bundled=False)`` uses only the given tables. Errors name the file,
    line and column (``eok.Error``).
    """

    __slots__ = ("_store", "_spec")

    def __init__(self, *paths, bundled=True):
        self._store = _eok.RateStore.bundled() if bundled else _eok.RateStore()
        for p in paths:
            self._store.add_path(str(p))
        self._spec = (tuple(str(p) for p in paths), bundled)

    def __reduce__(self):
        # Sent to another process (a Dask worker) as what it was made from: the worker loads
        # the same files again.
        return (_rates_from, self._spec)

    @property
    def sources(self):
        """The loaded sources: dicts of id, name, publisher, citation, url."""
        return self._store.sources()

    def coverage(self, source="ecb"):
        """The series of a source with their coverage (first and last dates as datetime.date)."""
        out = []
        for s in self._store.coverage(source):
            s["first"] = _date(s["first"])
            s["last"] = _date(s["last"])
            out.append(s)
        return out

    def __repr__(self):
        return "Rates(" + ", ".join(s["id"] for s in self.sources) + ")"


_BUNDLED = None


def _rates_from(paths, bundled):
    return Rates(*paths, bundled=bundled)


def _bundled_rates():
    global _BUNDLED
    if _BUNDLED is None:
        _BUNDLED = Rates()
    return _BUNDLED


# ---- reconciliation ----------------------------------------------------------------------

class Interval(tuple):
    """An interval of exact ratios: ``low``/``high`` (Fraction, None when unbounded) and whether
    each end is excluded."""

    __slots__ = ()
    _fields = ("low", "high", "low_open", "high_open")
    low = property(operator.itemgetter(0))
    high = property(operator.itemgetter(1))
    low_open = property(operator.itemgetter(2))
    high_open = property(operator.itemgetter(3))

    def __repr__(self):
        return ("(" if self.low_open else "[") + f"{self.low}, {self.high}" + (")" if self.high_open else "]")


class FigureRef(tuple):
    """A figure of a reconciliation: the ``article`` id it is in and the ``figure``."""

    __slots__ = ()
    _fields = ("article", "figure")
    article = property(operator.itemgetter(0))
    figure = property(operator.itemgetter(1))


def _interval(t):
    return None if t is None else Interval((_fraction(t[0]), _fraction(t[1]), t[2], t[3]))


_DETAIL_READERS = {
    "implied_rate": _interval, "loose_rate": _interval, "reference_band": _interval, "expected": _interval,
    "rates": lambda qs: [RateQuote(q) for q in qs],
    "reference": lambda q: None if q is None else RateQuote(q),
    "best_date": _date, "slip_factor": _fraction, "factor": _fraction, "implied_count": _fraction,
}


class Check:
    """One check of a reconciliation: ``kind`` ("conversion", "relation", "agreement"),
    ``verdict`` ("consistent", "consistent_loose", "inconsistent", "undetermined"), ``reasons``,
    ``article`` (id), ``figures`` (FigureRefs), ``explanation`` (the report's sentence), and the
    findings of its kind as attributes: for a conversion ``implied_rate``, ``reference_band``,
    ``reference``, ``rates``, ``best_date``, ``corrected``, ``slip_factor``, ``fits_currency``,
    ``outlier_of``; for a relation ``relation``, ``factor``, ``cue``, ``expected``,
    ``implied_count``, ``corrected``; for an agreement ``currency`` and ``canonical``."""

    def __init__(self, d):
        self.kind = d["kind"]
        self.verdict = d["verdict"]
        self.reasons = tuple(d["reasons"])
        self.article = d["article"]
        self.figures = [FigureRef(f) for f in d["figures"]]
        self.explanation = d["explanation"]
        self.details = {k: _DETAIL_READERS.get(k, lambda v: v)(v) for k, v in d["details"].items()}

    def __getattr__(self, name):
        details = self.__dict__.get("details", {})
        if name in details:
            return details[name]
        raise AttributeError(f"a {self.__dict__.get('kind', '')} check has no '{name}'")

    @property
    def consistent(self):
        """Whether the verdict is consistent, strictly or loosely."""
        return self.verdict in ("consistent", "consistent_loose")

    def __repr__(self):
        texts = " / ".join(f.figure.text for f in self.figures[:4])
        return f"Check({self.verdict}: {self.kind} in {self.article}: {texts})"


class InputWarning(UserWarning):
    """An input ``eok.reconcile`` left out or read with a warning; its message is the line
    ``eok reconcile`` prints on standard error for the same input, without "eok reconcile: "."""


class InputProblem(_collections.namedtuple("InputProblem", "file line column message skipped text")):
    """A problem with one input: ``file``, ``line`` and ``column`` (1-based; 0 when unknown),
    ``message``, ``skipped`` (True: the record or file was left out; False: a warning, such as
    a claims key eok does not read) and ``text``, the CLI's own line
    (``"a.jsonl:3:22: \"date\" must be a string, not a number"``)."""


def _issue(problems):
    """The problems as InputProblem objects, each also issued as an InputWarning."""
    out = [InputProblem(*p) for p in problems]
    for p in out:
        _warnings.warn(p.text, InputWarning, stacklevel=3)
    return out


class Report:
    """The result of ``eok.reconcile``: ``checks`` (Check objects), ``articles`` (dicts of id,
    source, title, url, date, figures), and the reports exactly as ``eok reconcile`` writes them,
    by the library's own writers: ``to_json()``, ``to_markdown()``, ``to_html()``."""

    def __init__(self, run, lang, problems=None):
        self._run = run
        self.lang = lang
        self._checks = None
        self._articles = None
        #: The inputs left out, and the warnings, as ``InputProblem`` objects (also issued as
        #: ``InputWarning`` when the report was made).
        self.problems = problems if problems is not None else []

    @property
    def checks(self):
        """The checks as ``Check`` objects, made on first use (an archive run may only want
        ``to_json()``)."""
        if self._checks is None:
            self._checks = [Check(c) for c in self._run.checks(self.lang)]
        return self._checks

    @property
    def articles(self):
        if self._articles is None:
            self._articles = self._run.articles()
            for a in self._articles:
                a["date"] = _date(a["date"])
        return self._articles

    @property
    def all_consistent(self):
        """Whether every check is consistent (undetermined ones count as not)."""
        return self._run.all_consistent()

    def to_json(self, lang=None):
        return self._run.report("json", lang or self.lang)

    def to_markdown(self, lang=None):
        return self._run.report("markdown", lang or self.lang)

    def to_html(self, lang=None):
        return self._run.report("html", lang or self.lang)

    def __iter__(self):
        return iter(self.checks)

    def __len__(self):
        return len(self.checks)

    def __repr__(self):
        return f"Report({len(self.checks)} checks in {len(self.articles)} articles)"


def _register():
    _eok._set_types(decimal.Decimal, Figure, ScannedFigure, Error, ParseError, RateNotFound, CurrencyMismatch)


_register()
