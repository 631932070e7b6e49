"""eok.parse: exact values in Python's own types, and errors with positions and the CLI's text."""
import decimal
import subprocess

import pytest

import eok
from eok import _eok

D = decimal.Decimal


def test_1090eok_euro_is_109_billion_euro_exactly():
    f = eok.parse("1090억유로")
    assert type(f.value) is D and f.value == D("109000000000") and str(f.value) == "109000000000"
    assert f.currency == "EUR"
    assert f.kind == "money"
    assert f.approximate is False and f.bound is None and f.vague is False
    assert f.precision == D("1000000000")
    assert f.text == "1090억유로"
    assert f.span == (0, 13) and f.line == 1
    assert f.low is None and f.high is None


def test_qualifiers_ranges_bands_and_vague():
    f = eok.parse("약 163조원")
    assert (f.value, f.currency, f.approximate, f.precision) == (D("163000000000000"), "KRW", True, D("1000000000000"))
    r = eok.parse("2조~3조원")
    assert r.value is None and r.range is True
    assert (r.low, r.high) == (D("2000000000000"), D("3000000000000"))
    b = eok.parse("최대 500억유로")
    assert b.bound == "at_most" and b.value == D("50000000000")
    v = eok.parse("수천억 원")
    assert v.vague is True and v.value is None and v.currency == "KRW"
    assert (v.low, v.high) == (D("200000000000"), D("1000000000000"))
    band = eok.parse("8천억원대")
    assert band.band is True and band.value == D("800000000000")
    assert (band.low, band.high) == (D("800000000000"), D("900000000000"))


def test_big_values_keep_every_digit():
    assert eok.parse("1경 3원").value == D("10000000000000003")
    assert eok.parse("1해원").value == D("100000000000000000000")
    assert eok.parse("7억5,000만 유로").value == D("750000000")
    assert eok.parse("1,234.56달러").value == D("1234.56")


def test_no_float_anywhere_in_a_figure():
    for text in ("1090억유로", "약 163조원", "2조~3조원", "10%", "12명", "$500 billion", "수천억 원"):
        for v in eok.parse(text):
            assert not isinstance(v, float), (text, v)


def test_significant_zeros():
    assert eok.parse("1조7,000억원").precision == D("100000000000")
    assert eok.parse("1조7,000억원", significant_zeros=True).precision == D("100000000")


def test_figure_fields_are_the_modules():
    names, more = _eok.figure_fields()
    assert eok.Figure._fields == names
    assert eok.ScannedFigure._fields == names + more
    f = eok.parse("1090억유로")
    assert len(f) == len(names)
    assert f.to_dict()["value"] == D("109000000000")


@pytest.mark.parametrize("text, offset, line, column, message", [
    ("1억억원", 4, 1, 3, "parse error at line 1, column 3: a scale word cannot follow another ('억' after '억')"),
    ("12,34원", 2, 1, 3, "parse error at line 1, column 3: a comma must be followed by exactly three digits"),
    ("", 0, 1, 1, "parse error at line 1, column 1: expected a figure, found nothing"),
])
def test_errors_name_the_position(text, offset, line, column, message):
    with pytest.raises(eok.ParseError) as info:
        eok.parse(text)
    e = info.value
    assert (e.offset, e.line, e.column) == (offset, line, column)
    assert str(e) == message
    assert isinstance(e, ValueError) and isinstance(e, eok.Error)
    assert e.code in ("invalid_unit", "invalid_number", "empty_input")


def test_error_text_is_the_clis(cli):
    for text in ("1억억원", "12,34원", "삼천억억", "1090억유로 그리고"):
        with pytest.raises(eok.ParseError) as info:
            eok.parse(text)
        run = subprocess.run([cli, "parse", "--", text], capture_output=True, text=True)
        assert run.returncode == 1
        assert run.stderr.splitlines()[0] == "eok parse: " + str(info.value)


def test_bytes_and_bad_types():
    assert eok.parse("1090억유로".encode()).value == D("109000000000")
    with pytest.raises(TypeError):
        eok.parse(1090)
    with pytest.raises(eok.ParseError) as info:
        eok.parse(b"1\xff\xfe")
    assert info.value.offset == 1


def test_figures_pickle_and_compare():
    import pickle
    f = eok.parse("약 163조원")
    g = pickle.loads(pickle.dumps(f))
    assert g == f and type(g) is eok.Figure and g.value == D("163000000000000")
    s = eok.scan("1090억유로(약 163조원)")
    assert pickle.loads(pickle.dumps(s[1])).converted_from == 0
