#!/usr/bin/python3
"""Reconcile a generated news archive on a Dask LocalCluster of 2 worker processes, and check the
result against ``eok.reconcile`` on one machine.

    PYTHONPATH=build/python /usr/bin/python3 examples/dask_archive.py [ARTICLES] [DIR]

The archive is ARTICLES records (default 5,000) written as JSON lines into DIR (default a
temporary directory), in four files: the six example articles in turn, record i dated
2019-01-02 plus 13·i mod 2370 days (the corpus of bench/make_reconcile_corpus.sh). On a real
cluster, start `dask scheduler` and `dask worker tcp://scheduler:8786` on the machines (each with
the eok package on its PYTHONPATH) and pass ``Client("tcp://scheduler:8786")`` instead.
"""

import datetime
import glob
import json
import os
import sys
import tempfile
import time

EXAMPLE_NAMES = ["2024-10-08-sovereign-ai", "2024-12-13-eu-ai-factories", "2024-12-13-us-budget",
                 "2025-02-10-france-ai", "2025-02-11-typos", "2025-02-20-ai-race"]


def example_records(source_dir):
    """The example articles as (front matter dict, body): the keys are written `key: value`."""
    out = []
    for name in EXAMPLE_NAMES:
        with open(os.path.join(source_dir, "examples", "articles", name + ".txt"), encoding="utf-8") as f:
            text = f.read()
        _, head, body = text.split("---\n", 2)
        meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        out.append((meta, body))
    return out


def write_archive(directory, count, source_dir, files=4):
    """Writes `count` records into `files` JSONL files in `directory`; returns their paths in order."""
    examples = example_records(source_dir)
    start = datetime.date(2019, 1, 2)
    paths = [os.path.join(directory, f"archive-{k}.jsonl") for k in range(files)]
    per_file = (count + files - 1) // files
    for k, path in enumerate(paths):
        with open(path, "w", encoding="utf-8") as out:
            for i in range(k * per_file, min(count, (k + 1) * per_file)):
                meta, body = examples[i % len(examples)]
                day = start + datetime.timedelta(days=(13 * i) % 2370)
                record = {"id": f"a{i:06d}", "date": day.isoformat(), "source": meta.get("source", ""),
                          "title": meta.get("title", "").strip('"'), "url": "", "text": body}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return paths


def main():
    import eok
    import eok.dask
    from distributed import Client, LocalCluster

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    source_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory() as tmp:
        directory = sys.argv[2] if len(sys.argv) > 2 else tmp
        paths = write_archive(directory, count, source_dir)
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            t = time.perf_counter()
            report = eok.dask.reconcile_archive(paths, client, blocksize="4MiB")
            distributed = time.perf_counter() - t
        t = time.perf_counter()
        one = eok.reconcile(paths)
        single = time.perf_counter() - t
        same = report.to_json() == one.to_json()
        print(f"{count} articles, {len(report.checks)} checks: 2 workers {distributed:.2f} s, "
              f"one process {single:.2f} s; reports identical: {same}")
        return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
