"""Archives, the map and reduce steps, and the Dask cluster: each gives exactly what
`eok reconcile` gives on one machine."""
import json
import os
import subprocess
import sys

import pytest

import eok
import eok.dask

from conftest import ROOT

sys.path.insert(0, str(ROOT / "examples"))
import dask_archive  # noqa: E402  (the archive generator of examples/dask_archive.py)

EXAMPLES = sorted(str(p) for p in (ROOT / "examples" / "articles").glob("*.txt"))
CLEAN = str(ROOT / "tests" / "data" / "archive" / "clean.jsonl")


def test_examples_exist():
    assert len(EXAMPLES) == 6


def test_partial_then_merge_is_the_one_machine_report():
    one = eok.reconcile(EXAMPLES)
    lines = []
    for path in EXAMPLES:  # each file on its own "machine"
        lines += eok.reconcile_partial([path])
    assert len(lines) == 6
    assert all(json.loads(l)["eok_partial"] == 3 for l in lines)
    merged = eok.merge_partials(lines)
    assert merged.to_json() == one.to_json()
    assert merged.to_markdown(lang="ko") == one.to_markdown(lang="ko")
    assert len(merged.checks) == len(one.checks) == 18


def test_records_and_archive_files_read_alike(cli):
    path_report = eok.reconcile([CLEAN]).to_json()
    with open(CLEAN, encoding="utf-8") as f:
        records = [(json.loads(line), CLEAN) for line in f]
    lines = eok.reconcile_partial(records=records)
    assert eok.merge_partials(lines).to_json() == path_report
    out = subprocess.run([cli, "reconcile", "--json", os.path.relpath(CLEAN, ROOT)], cwd=ROOT, capture_output=True,
                         check=False)
    assert out.returncode == 1  # one record has no date
    assert eok.reconcile([os.path.relpath(CLEAN, ROOT)]).to_json() == out.stdout.decode("utf-8")
    report = eok.reconcile([CLEAN])
    assert [a["id"] for a in report.articles] == ["fr-1", "fr-2", "undated"]
    assert [c.kind for c in report.checks] == ["conversion", "relation", "agreement", "agreement"]


def test_a_float_in_a_record_is_refused():
    with pytest.raises(TypeError, match="'date' is a float"):
        eok.reconcile_partial(records=[{"id": "x", "date": 2025.0, "text": "1억원"}])


def test_a_bad_record_is_left_out_as_the_cli_leaves_it_out(tmp_path, cli):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "a", "date": "2025-02-10", "text": "1090억유로(약 163조원)"}\n'
                 '{"id": "b", "date": "2025-02-30", "text": "x"}\n'
                 '{"id": "c", "date": 5, "text": "y"}\n'
                 '{"id": "d", "text": "1억유로씩 3명, 총 3억유로"\n'
                 '{"id": "e", "date": "2025-02-20", "text": "200억유로"}\n', encoding="utf-8")
    expected = [f'{p}:2:21: "date": 2025-02-30 does not exist: February 2025 has 28 days',
                f'{p}:3:21: "date" must be a string, not a number',
                f"{p}:4:39: JSON: expected ',' or '}}' in an object, found 'end of text'"]
    with pytest.warns(eok.InputWarning) as issued:
        report = eok.reconcile([str(p)])
    assert [str(w.message) for w in issued] == expected
    assert [a["id"] for a in report.articles] == ["a", "e"]
    assert [(q.file, q.line, q.column, q.skipped) for q in report.problems] == [
        (str(p), 2, 21, True), (str(p), 3, 21, True), (str(p), 4, 39, True)]
    assert report.problems[1].message == '"date" must be a string, not a number'
    # The command line says the same, line for line, and reconciles the same two records.
    run = subprocess.run([cli, "reconcile", "--json", str(p)], capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.splitlines() == ["eok reconcile: " + t for t in expected]
    assert run.stdout == report.to_json()
    # The map step skips them too, and says so in the list it is given.
    problems = []
    lines = eok.reconcile_partial([str(p)], problems=problems)
    assert len(lines) == 2 and [q.text for q in problems] == expected


def test_errors_raise_stops_at_the_first_bad_record(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "a", "text": "1억원"}\n{"id": "b", "date": "2025-02-30", "text": "x"}\n', encoding="utf-8")
    with pytest.raises(eok.ParseError) as e:
        eok.reconcile([str(p)], errors="raise")
    assert str(e.value) == f'{p}:2:21: "date": 2025-02-30 does not exist: February 2025 has 28 days'
    assert (e.value.line, e.value.column) == (2, 21)
    with pytest.raises(ValueError, match="errors must be 'skip' or 'raise'"):
        eok.reconcile([str(p)], errors="ignore")


def test_a_bad_file_among_several_is_left_out(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("---\ndate: 2025-02-10\n---\n1090억유로(약 163조원)\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("---\ndate: 2025-02-30\n---\n1억원\n", encoding="utf-8")
    with pytest.warns(eok.InputWarning, match="bad.txt:2:15: 2025-02-30 does not exist"):
        report = eok.reconcile([str(bad), str(good)])
    assert [a["id"] for a in report.articles] == ["good"]
    assert report.problems[0].skipped and report.problems[0].line == 2


def test_claims_warnings_reach_python(tmp_path, cli):
    p = tmp_path / "claims.yaml"
    p.write_text('- id: c1\n  date: 2025-02-10\n  source: x\n  text: "1090억유로(약 163조원)"\n  colour: red\n',
                 encoding="utf-8")
    text = f"warning: {p}:5:3: unknown key 'colour' in a claim, ignored (expected id, source, date, text)"
    with pytest.warns(eok.InputWarning) as issued:
        report = eok.reconcile([str(p)])
    assert [str(w.message) for w in issued] == [text]
    assert report.problems == [eok.InputProblem(str(p), 5, 3, "unknown key 'colour' in a claim, ignored (expected id, source, date, text)", False, text)]
    assert len(report.checks) == 1  # the claim is still read
    run = subprocess.run([cli, "reconcile", str(p)], capture_output=True, text=True)
    assert run.stderr.splitlines() == ["eok reconcile: " + text]


def test_two_files_with_one_name_get_their_paths_as_ids():
    walk = ROOT / "tests" / "data" / "pages" / "walk"
    files = [str(walk / "d1" / "x.txt"), str(walk / "d2" / "x.txt")]
    assert all(os.path.exists(f) for f in files)
    ids = [a["id"] for a in eok.reconcile(files).articles]
    assert ids == [f[:-4] for f in files]


def test_dask_local_cluster_equals_eok_reconcile(tmp_path, cli):
    from distributed import Client, LocalCluster

    paths = dask_archive.write_archive(str(tmp_path), 5000, str(ROOT))
    one = subprocess.run([cli, "reconcile", "--json", *paths], capture_output=True, check=False)
    assert one.returncode == 1  # the examples hold inconsistencies on purpose
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        report = eok.dask.reconcile_archive(paths, client, blocksize="2MiB")
    expected = one.stdout.decode("utf-8")
    got = report.to_json()
    # Check for check, then byte for byte.
    assert got.count('"index": ') == expected.count('"index": ')
    assert [l for l in got.splitlines() if '"kind": "agreement"' in l] == \
        [l for l in expected.splitlines() if '"kind": "agreement"' in l]
    assert got == expected
    assert len(report.articles) == 5000


def test_dask_reports_skipped_records_on_the_client(tmp_path):
    # The local scheduler runs the same map and reduce. A bad record is left out, issued as an
    # InputWarning where reconcile_archive was called and listed in report.problems, at its
    # line in the whole file however the file is cut into blocks, as eok.reconcile names it.
    import dask

    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "a", "date": "2025-02-10", "text": "1090억유로(약 163조원)"}\n'
                 '\n'
                 '{"id": "b", "date": 5, "text": "y"}\n'
                 '{"id": "e", "date": "2025-02-20", "text": "200억유로"}\n'
                 '{"id": "f", "date": "2025-02-30", "text": "z"}\n', encoding="utf-8")
    with pytest.warns(eok.InputWarning) as issued:
        whole = eok.reconcile([str(p)])
    expected = [str(w.message) for w in issued]
    assert expected == [f'{p}:3:21: "date" must be a string, not a number',
                        f'{p}:5:21: "date": 2025-02-30 does not exist: February 2025 has 28 days']
    for blocksize in ("16MiB", 40):  # one block; a block per line or two
        with dask.config.set(scheduler="synchronous"), pytest.warns(eok.InputWarning) as issued:
            report = eok.dask.reconcile_archive(str(p), blocksize=blocksize)
        assert [a["id"] for a in report.articles] == ["a", "e"]
        assert [q.text for q in report.problems] == expected
        assert [(q.line, q.column, q.skipped) for q in report.problems] == [(3, 21, True), (5, 21, True)]
        assert [str(w.message) for w in issued] == expected
        assert report.to_json() == whole.to_json()
