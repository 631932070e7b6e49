"""eok.pandas: columns of exact Decimals (dtype object), and eok's JSONL read without a float."""
import datetime
import decimal
import fractions
import subprocess

import pandas as pd
import pytest

import eok
import eok.pandas as ep

D = decimal.Decimal

TEXTS = ["1090억유로", "약 163조원", "2조~3조원", None, "1억억원", "최대 500억유로", "1경 3원"]


def no_floats(df):
    for col in df.columns:
        assert df[col].dtype == object, col
        for v in df[col]:
            assert not isinstance(v, float), (col, v)


def test_parse_column_values():
    s = pd.Series(TEXTS, index=list("abcdefg"))
    df = ep.parse_column(s)
    assert list(df.columns)[:6] == ["value", "currency", "low", "high", "approximate", "bound"]
    assert list(df.index) == list("abcdefg")
    no_floats(df)
    assert df.loc["a", "value"] == D("109000000000") and df.loc["a", "currency"] == "EUR"
    assert df.loc["b", "approximate"] is True
    assert df.loc["c", "value"] is None and (df.loc["c", "low"], df.loc["c", "high"]) == (D("2000000000000"), D("3000000000000"))
    assert df.loc["d"].isna().all() or all(v is None for v in df.loc["d"])
    assert df.loc["e", "value"] is None
    assert df.loc["e", "error"] == "parse error at line 1, column 3: a scale word cannot follow another ('억' after '억')"
    assert df.loc["f", "bound"] == "at_most"
    assert df.loc["g", "value"] == D("10000000000000003")
    # the same as eok.parse, row by row
    for text, value in zip(TEXTS, df["value"]):
        if text and text != "1억억원":
            assert eok.parse(text).value == value


def test_parse_column_raise():
    with pytest.raises(eok.ParseError) as info:
        ep.parse_column(pd.Series(["1090억유로", "1억억원"]), errors="raise")
    assert info.value.column == 3


def test_read_jsonl_of_the_cli_keeps_every_digit(cli, tmp_path):
    lines = "1경 3원\n1090억유로\n약 163조원\n"
    out = subprocess.run([cli, "parse", "--jsonl"], input=lines, capture_output=True, text=True, check=True).stdout
    path = tmp_path / "figures.jsonl"
    path.write_text(out, encoding="utf-8")
    df = ep.read_jsonl(str(path))
    no_floats(df[["value", "low", "high", "precision"]])
    assert list(df["value"]) == [D("10000000000000003"), D("109000000000"), D("163000000000000")]
    # and they equal what parse_column reads from the same strings
    assert list(df["value"]) == list(ep.parse_column(pd.Series(lines.splitlines()))["value"])
    # what pandas' default does to the same line: the digits are lost
    naive = pd.read_json(str(path), lines=True)
    assert str(naive["value"][0]) != "10000000000000003"


def test_round_trip_through_jsonl(tmp_path):
    df = ep.parse_column(pd.Series(["1경 3원", "7억5,000만 유로", "1,234.56달러", "2조~3조원"]))
    text = ep.to_jsonl(df)
    back = ep.read_jsonl(text.splitlines())
    no_floats(back[["value", "low", "high", "precision"]])
    for col in ("value", "currency", "low", "high", "approximate", "bound", "precision"):
        assert list(back[col]) == list(df[col]), col
    assert back["value"][2] == D("1234.56")


def test_convert_column():
    amounts = pd.Series(["1090억유로", "1해원", "2조~3조원", None])
    dates = pd.Series([datetime.date(2025, 2, 10), pd.Timestamp("2025-02-10"), datetime.date(2025, 2, 10), None])
    df = ep.convert_column(amounts, to="USD", on=dates)
    no_floats(df)
    assert df["value"][1] == D("68946626492340377.20")
    assert df["rate"][1] == fractions.Fraction(516, 748405)
    assert df["rate_date"][0] == datetime.date(2025, 2, 10)
    assert "is not one amount" in df["error"][2]
    assert df["value"][3] is None
    won = ep.convert_column(pd.Series(["1", "100"]), to="KRW", on="2025-02-10", currency="EUR")
    assert list(won["value"]) == [D("1497"), D("149681")]


def test_scan_frame():
    articles = pd.DataFrame({
        "id": ["fr", "us"],
        "date": [datetime.date(2025, 2, 10), datetime.date(2025, 2, 11)],
        "text": ["프랑스가 1090억유로(약 163조원)를 투자한다.", "5000억달러(약 718조원) 규모"],
    })
    df = ep.scan_frame(articles, text="text", date="date", id="id")
    no_floats(df)
    assert list(df["text"]) == ["1090억유로", "약 163조원", "5000억달러", "약 718조원"]
    assert list(df["id"]) == ["fr", "fr", "us", "us"]
    assert list(df["row"]) == [0, 0, 1, 1]
    assert list(df["converted_from"]) == [None, 0, None, 0]
    assert df["date"][3] == datetime.date(2025, 2, 11)
    assert df["value"][1] == D("163000000000000")
