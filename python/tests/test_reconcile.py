"""eok.reconcile: the checks as objects, and the reports byte for byte as `eok reconcile` writes them."""
import datetime
import decimal
import fractions
import subprocess

import pytest

import eok
from conftest import ROOT

ARTICLES = sorted(str(p) for p in (ROOT / "examples" / "articles").glob("*.txt"))


def run_cli(cli, *args):
    return subprocess.run([cli, "reconcile", *args], capture_output=True, text=True).stdout


def test_articles_exist():
    assert len(ARTICLES) == 6


@pytest.mark.parametrize("fmt, lang", [("json", "en"), ("markdown", "en"), ("markdown", "ko"), ("html", "en"),
                                       ("json", "ko")])
def test_reports_are_the_clis(cli, fmt, lang):
    report = eok.reconcile(ARTICLES, lang=lang)
    ours = {"json": report.to_json, "markdown": report.to_markdown, "html": report.to_html}[fmt]()
    assert ours == run_cli(cli, "--" + fmt, "--lang", lang, *ARTICLES)


def test_checks_as_objects():
    report = eok.reconcile(ARTICLES)
    france = [c for c in report.checks if c.kind == "conversion" and c.article == "2025-02-10-france-ai"
              and c.figures[1].figure.text == "약 718조원"]
    assert france, [repr(c) for c in report.checks]
    c = france[0]
    assert c.verdict == "inconsistent" and "rate_date" in c.reasons
    assert c.best_date == datetime.date(2025, 1, 23)
    assert c.figures[0].figure.value == decimal.Decimal("500000000000")
    assert isinstance(c.implied_rate.low, fractions.Fraction)
    assert c.implied_rate.low == fractions.Fraction(7175, 5) and c.implied_rate.high == fractions.Fraction(7185, 5)
    assert c.reference.date == datetime.date(2025, 1, 23) and c.reference.source == "ecb"
    assert datetime.date(2025, 2, 10) in {q.date for q in c.rates}
    assert "1450.3973" in c.explanation
    assert not report.all_consistent
    assert len(report) == len(report.checks)
    assert {a["id"] for a in report.articles} >= {"2025-02-10-france-ai", "2025-02-11-typos"}


def test_dict_articles_read_as_the_claims_file(cli):
    claims = ROOT / "examples" / "claims.yaml"
    dicts = [
        {"id": "france-0210", "source": "예시경제", "date": datetime.date(2025, 2, 10),
         "text": "프랑스는 1090억유로(약 163조원)를 투자한다."},
        {"id": "stargate-0210", "source": "예시경제", "date": "2025-02-10", "text": "5000억달러(약 718조원) 규모의 스타게이트"},
    ]
    ours = eok.reconcile(dicts)
    assert [c.verdict for c in ours.checks][:2] == ["consistent", "inconsistent"]
    # the same two claims from a file give the same checks
    from_file = eok.reconcile([str(claims)])
    first_two = [c for c in from_file.checks if c.article in ("france-0210", "stargate-0210") and c.kind == "conversion"]
    assert [(c.article, c.verdict, c.reasons, c.explanation) for c in first_two] == \
        [(c.article, c.verdict, c.reasons, c.explanation) for c in ours.checks if c.kind == "conversion"]
    assert from_file.to_json() == run_cli(cli, "--json", str(claims))


def test_own_rates_and_errors(tmp_path):
    with pytest.raises(eok.Error) as info:
        eok.reconcile([str(tmp_path / "missing.txt")], errors="raise")
    assert str(info.value) == f"cannot read '{tmp_path / 'missing.txt'}'"
    # As the command line does: reported, left out, and the report of the rest (here: none).
    with pytest.warns(eok.InputWarning, match="^cannot read '.*missing.txt'$"):
        missing = eok.reconcile([str(tmp_path / "missing.txt")])
    assert missing.checks == [] and missing.problems[0].skipped
    no_date = tmp_path / "no-date.txt"
    no_date.write_text("1090억유로(약 163조원)\n", encoding="utf-8")
    undated = eok.reconcile([str(no_date)])  # issue 11: undetermined with the reason, not an error
    assert [c.verdict for c in undated.checks] == ["undetermined"]
    assert "has no date" in undated.checks[0].explanation
    with pytest.raises(ValueError, match="needs 'date'"):
        eok.reconcile([{"id": "x", "text": "1090억유로(약 163조원)"}])
    only_ecb = eok.reconcile(ARTICLES, sources=["ecb"])
    assert all(q.source == "ecb" for c in only_ecb.checks if c.kind == "conversion" for q in c.rates)
