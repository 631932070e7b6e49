"""eok.convert and eok.Rates: exact results, exact rates, named rounding, dated lookups."""
import datetime
import decimal
import fractions

import pytest

import eok

D = decimal.Decimal
F = fractions.Fraction


def test_1090eok_euro_in_won_on_2025_02_10():
    c = eok.convert("1090억유로", to="KRW", on=datetime.date(2025, 2, 10), policy="on-or-before", source="ecb",
                    rounding="half_even")
    assert c.value == D("163152290000000") and type(c.value) is D
    assert c.currency == "KRW"
    assert c.exact == D("163152290000000")
    assert c.rate == F(149681, 100) and type(c.rate) is F
    assert c.rate_decimal == D("1496.81")
    assert c.rate_date == datetime.date(2025, 2, 10)
    assert c.source == "ecb"
    assert c.path == ("EUR", "KRW")
    assert c.amount == D("109000000000") and c.amount_currency == "EUR"


def test_1hae_won_in_dollars_to_the_cent():
    # 10^20 KRW at the ECB cross rate of 2025-02-10: 1 EUR = 1.0320 USD = 1496.81 KRW.
    c = eok.convert("1해원", to="USD", on=datetime.date(2025, 2, 10))
    rate = F("1.0320") / F("1496.81")
    assert c.rate == rate == F(516, 748405)
    assert c.rate_decimal is None  # a cross rate has no finite decimal
    assert c.path == ("KRW", "EUR", "USD")
    assert c.exact_fraction == 10 ** 20 * rate
    assert c.value == D("68946626492340377.20")
    assert c.exact_terminates is False
    assert c.exact == D("68946626492340377.202183309838924111944735804812")
    # the cent is the half-even rounding of the exact fraction
    exact = 10 ** 20 * rate
    cents = round(exact * 100)  # Fraction.__round__ rounds half to even, exactly
    assert c.value == D(cents).scaleb(-2)


def test_weekend_uses_fridays_rate_and_exact_policy_says_why_not():
    c = eok.convert("1090억유로", to="KRW", on="2025-02-08")
    assert c.rate_date == datetime.date(2025, 2, 7)
    with pytest.raises(eok.RateNotFound) as info:
        eok.convert("1090억유로", to="KRW", on=datetime.date(2025, 2, 8), policy="exact")
    assert str(info.value) == ("no ecb rate for EUR/KRW on 2025-02-08 under policy exact; nearest dates with a "
                               "rate: 2025-02-07 before, 2025-02-10 after")
    assert isinstance(info.value, LookupError)


def test_numbers_with_a_currency_and_rounding_modes():
    c = eok.convert(D("1"), currency="USD", to="KRW", on=datetime.date(2025, 2, 10), rounding="down")
    assert c.rounding == "down"
    assert c.value == D("1450")
    assert eok.convert(D("1"), currency="USD", to="KRW", on=datetime.date(2025, 2, 10), rounding="up").value == D("1451")
    assert eok.convert(100, currency="EUR", to="KRW", on=datetime.date(2025, 2, 10)).value == D("149681")
    assert eok.convert("100", currency="EUR", to="KRW", on=datetime.date(2025, 2, 10)).value == D("149681")


def test_refuses_floats_ranges_and_no_currency():
    with pytest.raises(TypeError):
        eok.convert(1.5, currency="EUR", to="KRW", on=datetime.date(2025, 2, 10))
    with pytest.raises(ValueError, match="is not one amount"):
        eok.convert("2조~3조원", to="USD", on=datetime.date(2025, 2, 10))
    with pytest.raises(ValueError, match="has no currency"):
        eok.convert("1090억", to="USD", on=datetime.date(2025, 2, 10))
    with pytest.raises(ValueError, match="unknown rounding"):
        eok.convert("1090억유로", on=datetime.date(2025, 2, 10), rounding="banker")
    with pytest.raises(eok.ParseError) as info:
        eok.convert("1090억유로", on="2025-02-30")
    assert str(info.value) == "on: 2025-02-30 does not exist: February 2025 has 28 days"
    with pytest.raises(TypeError):
        eok.convert("1090억유로", on=datetime.datetime(2025, 2, 10))


def test_average_and_fred():
    c = eok.convert(D("1"), currency="USD", to="KRW", average="2024-03")
    assert c.average["first"] == datetime.date(2024, 3, 1)
    assert c.average["days"] > 15
    f = eok.convert("5000억달러", to="KRW", on=datetime.date(2025, 2, 10), source="fred")
    assert f.source == "fred" and f.path == ("USD", "KRW")


def test_rates_bundled_and_from_yaml(tmp_path):
    r = eok.Rates()
    ids = [s["id"] for s in r.sources]
    assert ids[:2] == ["ecb", "fred"]
    table = tmp_path / "bok.yaml"
    table.write_text(
        'eok_rates: 1\nsource: bok\nname: 매매기준율\npublisher: Bank of Korea\ncitation: "Bank of Korea"\n'
        'url: https://ecos.bok.or.kr\nseries:\n  - base: USD\n    quote: KRW\n    per: 1\n    rates:\n'
        '      "2025-02-10": "1453.10"\n', encoding="utf-8")
    own = eok.Rates(table)
    assert [s["id"] for s in own.sources] == ids + ["bok"]
    c = eok.convert(D("2"), currency="USD", to="KRW", on=datetime.date(2025, 2, 10), source="bok", rates=own)
    assert c.value == D("2906") and c.exact == D("2906.20") and c.rate == F("1453.10")  # won have no minor unit
    only = eok.Rates(table, bundled=False)
    assert [s["id"] for s in only.sources] == ["bok"]
    bad = tmp_path / "bad.yaml"
    bad.write_text(table.read_text(encoding="utf-8").replace('"1453.10"', '"-1"'), encoding="utf-8")
    with pytest.raises(eok.Error) as info:
        eok.Rates(bad)
    assert info.value.file.endswith("bad.yaml") and info.value.line == 12
