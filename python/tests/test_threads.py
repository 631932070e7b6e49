"""Threads: the GIL is released while C++ works, and results do not depend on the threads."""
import concurrent.futures
import decimal

import eok

TEXTS = ["1090억유로", "약 163조원", "2조~3조원", "최대 500억유로", "수천억 원", "7억5,000만 유로", "1경 3원",
         "$500 billion", "8천억원대", "1억억원"] * 500


def parse_all(texts):
    out = []
    for t in texts:
        try:
            out.append(tuple(eok.parse(t)))
        except eok.ParseError as e:
            out.append((str(e), e.offset))
    return out


def test_four_threads_parse_the_same():
    expected = parse_all(TEXTS)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = list(pool.map(parse_all, [TEXTS] * 4))
    assert all(r == expected for r in results)
    assert expected[0][5] == decimal.Decimal("109000000000")


def test_threads_convert_scan_and_reconcile():
    text = "프랑스가 1090억유로(약 163조원)를 투자한다. 5000억달러(약 718조원)"

    def work(_):
        c = eok.convert("1해원", to="USD", on="2025-02-10")
        s = eok.scan(text)
        return (c.value, [tuple(f) for f in s])

    expected = work(0)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        assert all(r == expected for r in pool.map(work, range(16)))
