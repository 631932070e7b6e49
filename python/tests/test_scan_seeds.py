"""eok.scan and eok.scan_file: the seed articles' figures, exactly, with their links."""
import datetime
import decimal

import pytest

import eok

D = decimal.Decimal

# (seed, line, text, value, currency, approximate, bound, text of the figure it converts, links),
# read by hand from the articles in ../shared/seeds (the same facts as tests/unit/scan_seeds_test.cpp).
SEED_MONEY = [
    ("000", 11, "1090억유로", "109000000000", "EUR", False, None, None, ""),
    ("000", 15, "약 163조원", "163000000000000", "KRW", True, None, "1090억유로", ""),
    ("000", 19, "약 718조원", "718000000000000", "KRW", True, None, "5000억달러", ""),
    ("000", 23, "최대 500억유로", "50000000000", "EUR", False, "at_most", None, ""),
    ("000", 23, "200억유로", "20000000000", "EUR", False, None, None, "over P5Y"),
    ("000", 29, "약 718조원", "718000000000000", "KRW", True, "at_least", "최소 5000억 달러", ""),
    ("001", 14, "1억유로씩", "100000000", "EUR", False, None, None, "each"),
    ("001", 14, "약 4400억원", "440000000000", "KRW", True, None, "3억유로", "total"),
    ("001", 16, "수십조 원", "vague", "KRW", False, None, None, ""),
    ("001", 32, "14억달러", "1400000000", "USD", False, None, None, "per year"),
    ("002", 8, "약 2조2,600억원", "2260000000000", "KRW", True, None, "15억 유로", "total"),
    ("002", 10, "약 7조원", "7000000000000", "KRW", True, None, "50억 유로", "per year over P5Y"),
    ("002", 16, "약 1경3,000조원", "13000000000000000", "KRW", True, None, "68조6,000억 위안", ""),
    ("003", 18, "약 1540억원", "154000000000", "KRW", True, None, "1억1300만 달러", ""),
    ("003", 22, "약 3조원", "3000000000000", "KRW", True, None, "22억 유로", "over P5Y"),
    ("004", 33, "약 164조원", "164000000000000", "KRW", True, None, "1천90억유로", ""),
    ("004", 39, "약 300조원", "300000000000000", "KRW", True, None, "2천억 유로", "total"),
]


def links(f):
    words = []
    if f.each:
        words.append("each")
    if f.total:
        words.append("total")
    if f.per:
        words.append("per " + f.per)
    if f.over:
        words.append("over " + f.over)
    return " ".join(words)


@pytest.mark.parametrize("seed, line, text, value, cur, approx, bound, converts, link", SEED_MONEY)
def test_seed_figure(seeds, seed, line, text, value, cur, approx, bound, converts, link):
    found = eok.scan_file(seeds[seed])
    by_index = {f.index: f for f in found}
    matches = [f for f in found if f.line == line and f.text == text and f.kind == "money"]
    assert matches, f"{seed}:{line} {text} not found"
    f = matches[0]
    if value == "vague":
        assert f.vague and f.value is None
    else:
        assert f.value == D(value) and type(f.value) is D
        # the same figure read alone is the same value
        assert eok.parse(text).value == D(value)
    assert (f.currency, f.approximate, f.bound, links(f)) == (cur, approx, bound, link)
    if converts is None:
        assert f.converted_from is None
    else:
        assert by_index[f.converted_from].text == converts


def test_seed_money_count(seeds):
    # every money figure of the five articles: 68 in all (tests/unit/scan_seeds_test.cpp)
    total = sum(sum(1 for f in eok.scan_file(seeds[s]) if f.kind == "money") for s in sorted(seeds))
    assert total == 68


def test_scan_text_links_and_offsets():
    text = "프랑스가 1090억유로(약 163조원)를 투자한다."
    found = eok.scan(text)
    assert [f.text for f in found] == ["1090억유로", "약 163조원"]
    x, y = found
    assert y.converted_from == x.index == 0
    assert text.encode()[x.start:x.end].decode() == "1090억유로"
    assert y.value == D("163000000000000")
    assert found.article["date"] is None
    dated = eok.scan(text, date=datetime.date(2025, 2, 10))
    assert dated.article["date"] == datetime.date(2025, 2, 10)


def test_front_matter_date_and_errors(tmp_path):
    ok = eok.scan("---\ndate: 2025-02-10\nsource: 예시\n---\n1090억유로(약 163조원)\n")
    assert ok.article == {"date": datetime.date(2025, 2, 10), "source": "예시", "title": None, "url": None}
    assert ok[0].line == 5
    bad = tmp_path / "bad.txt"
    bad.write_text("---\ndate: 2025-02-30\n---\n본문\n", encoding="utf-8")
    with pytest.raises(eok.ParseError) as info:
        eok.scan_file(bad)
    e = info.value
    assert e.line == 2 and e.file == str(bad)
    assert str(e).startswith(f"{bad}:2:")
    assert "2025-02-30 does not exist" in str(e)
