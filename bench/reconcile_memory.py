#!/usr/bin/python3
"""bench/reconcile_memory.py: peak memory of `eok reconcile --json` per claim (issue 14).

Writes two archives (JSON lines, one record per article) into a temporary directory, deleted
afterwards, and runs `eok reconcile --json` on each with the report written to a file:

  overlapping  CLAIMS records of one claim each (default 1,000,000): the corpus of
               BM_reconcile_overlapping_100000 (bench/reconcile_bench.cpp), nine in ten
               약 10조xxxx억원, one in ten 약 10조/11조/12조원, each naming one of 5,000 agencies
  examples     ARTICLES records (default 100,000) of the six example articles in turn, dated as
               examples/dask_archive.py dates them (several figures per article)

A claim is a figure the scanner finds (counted with `eok scan --jsonl --input jsonl`, one line
per figure). The examples are also reconciled as map and reduce (`--partial`, then `--merge` of
its lines), and the merged report is checked to be the one-process report. Prints, for each, the claims, the wall and CPU time, the peak resident memory of
the process (getrusage's ru_maxrss) and that memory per claim against the target of 2 KB, and
the CPU model and load average.

    bench/reconcile_memory.py [path/to/eok]      (default build/bin/eok; CLAIMS=n, ARTICLES=n)
"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EOK = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "build", "bin", "eok")
CLAIMS = int(os.environ.get("CLAIMS", "1000000"))
ARTICLES = int(os.environ.get("ARTICLES", "100000"))
TARGET_BYTES = 2 * 1024

# The agency names of bench/reconcile_bench.cpp: 25 × 20 × 10 three-syllable names + 공단.
FIRST = "한대신국미세동서남북중광평화안청금은해산강백소용진"
SECOND = "성림원양주천구포진경수명영현석호윤정훈빈"


def write_overlapping(path, n):
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            if i % 10 == 0:
                amount = "약 %d조원" % (10 + (i // 10) % 3)
            else:
                units = (i * 7919) % 20001  # 0 .. 2조 in steps of 1억
                rest = units % 10000
                amount = "약 %d조%s원" % (10 + units // 10000, ("%d억" % rest) if rest else "")
            agency = i % 5000
            text = FIRST[agency % 25] + SECOND[(agency // 25) % 20] + SECOND[agency // 500] + "공단은 " + amount + "을 배정했다."
            record = {"id": "c%d" % i, "date": "2025-02-10", "source": "", "title": "", "url": "", "text": text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_examples(directory, n):
    sys.path.insert(0, os.path.join(REPO, "examples"))
    import dask_archive  # the archive writer of the Dask example; needs no Dask to write

    return dask_archive.write_archive(directory, n, REPO, files=1)[0]


def count_claims(archive, work):
    out = os.path.join(work, "scan.jsonl")
    with open(out, "wb") as f:
        subprocess.run([EOK, "scan", "--jsonl", "--input", "jsonl", archive], stdout=f, check=True)
    claims = 0
    with open(out, "rb") as f:
        for line in f:
            if not line.startswith(b'{"article"'):
                claims += 1
    return claims


def measure(name, archive, work, claims, argv=("reconcile", "--json")):
    report = os.path.join(work, name + ".out")
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far: run each in its own process.
    code = ("import resource, subprocess, sys, time\n"
            "t = time.perf_counter()\n"
            "with open(sys.argv[3], 'wb') as f:\n"
            "    rc = subprocess.run([sys.argv[1]] + sys.argv[4:] + [sys.argv[2]], stdout=f).returncode\n"
            "wall = time.perf_counter() - t\n"
            "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print(rc, wall, u.ru_utime + u.ru_stime, u.ru_maxrss)\n")
    line = subprocess.run([sys.executable, "-c", code, EOK, archive, report] + list(argv), capture_output=True, text=True,
                          check=True).stdout
    rc, wall, cpu, maxrss_kb = line.split()
    if int(rc) not in (0, 1):  # 1: some check is inconsistent
        sys.exit("reconcile_memory: eok reconcile failed (%s) on %s" % (rc, archive))
    per_claim = int(maxrss_kb) * 1024 / claims
    print("%-20s %9d claims  wall %6.2f s  CPU %6.2f s  peak RSS %8.1f MB  %6.0f bytes per claim  (target %d: %s)"
          % (name, claims, float(wall), float(cpu), int(maxrss_kb) / 1024, per_claim, TARGET_BYTES,
             "met" if per_claim <= TARGET_BYTES else "NOT met"))


def cpu_model():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "unknown"


def same_file(a, b):
    with open(a, "rb") as x, open(b, "rb") as y:
        while True:
            p, q = x.read(1 << 20), y.read(1 << 20)
            if p != q:
                return False
            if not p:
                return True


def main():
    if not os.access(EOK, os.X_OK):
        sys.exit("reconcile_memory: no eok at " + EOK)
    with tempfile.TemporaryDirectory() as work:
        overlapping = os.path.join(work, "overlapping.jsonl")
        write_overlapping(overlapping, CLAIMS)
        measure("overlapping", overlapping, work, count_claims(overlapping, work))
        examples = write_examples(work, ARTICLES)
        claims = count_claims(examples, work)
        measure("examples", examples, work, claims)
        # Map and reduce: the partial lines, then the merge (the reduce holds every claim).
        measure("examples --partial", examples, work, claims, ("reconcile", "--partial", "--jsonl"))
        measure("examples --merge", os.path.join(work, "examples --partial.out"), work, claims, ("reconcile", "--merge", "--json"))
        if not same_file(os.path.join(work, "examples.out"), os.path.join(work, "examples --merge.out")):
            sys.exit("reconcile_memory: the merged report is not the one-process report")
        print("merged report identical to the one-process report: yes")
    print("load average: %.2f %.2f %.2f" % os.getloadavg())
    print("CPU: %s, %d online" % (cpu_model(), os.cpu_count()))


if __name__ == "__main__":
    main()
