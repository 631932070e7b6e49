#!/usr/bin/python3
"""Two eok_bench binaries side by side: for each benchmark, N rounds of baseline then candidate.

    bench/ab.py BASELINE_BENCH CANDIDATE_BENCH [--rounds N] BENCHMARK...

Each round runs one benchmark once in each binary (`--benchmark_filter=^NAME$`, CSV output),
baseline first, so both sides see the same load. Prints, per benchmark, the minimum and the
median CPU time of the rounds for each side and the change of the minima (candidate ÷ baseline
− 1), as docs/performance.md records it. The times are Google Benchmark's own figures, parsed
as decimals (no binary floating point between its output and this table).
"""
import argparse
import csv
import io
import statistics
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_EVEN

UNITS = {"ns": Decimal(1), "us": Decimal(1000), "ms": Decimal(1000000), "s": Decimal(1000000000)}


def cpu_time_ns(binary, name):
    out = subprocess.run([binary, f"--benchmark_filter=^{name}$", "--benchmark_format=csv"],
                         check=True, capture_output=True, text=True).stdout
    rows = [r for r in csv.DictReader(io.StringIO(out[out.index("name,"):])) if r["name"] == name]
    if len(rows) != 1:
        sys.exit(f"ab: {binary} has no benchmark named {name} (got {len(rows)} rows)")
    return Decimal(rows[0]["cpu_time"]) * UNITS[rows[0]["time_unit"]]


def shown(ns):
    for unit in ("s", "ms", "us", "ns"):
        if ns >= UNITS[unit] or unit == "ns":
            return f"{(ns / UNITS[unit]).quantize(Decimal('0.001'), ROUND_HALF_EVEN)} {unit}"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("baseline")
    p.add_argument("candidate")
    p.add_argument("benchmarks", nargs="+")
    p.add_argument("--rounds", type=int, default=7)
    a = p.parse_args()
    print("| benchmark | baseline min (median) | candidate min (median) | change of minima | rounds |")
    print("|---|---|---|---|---|")
    for name in a.benchmarks:
        base, cand = [], []
        for _ in range(a.rounds):
            base.append(cpu_time_ns(a.baseline, name))
            cand.append(cpu_time_ns(a.candidate, name))
        change = ((min(cand) / min(base) - 1) * 100).quantize(Decimal("0.1"), ROUND_HALF_EVEN)
        print(f"| `{name}` | {shown(min(base))} ({shown(statistics.median(base))}) | "
              f"{shown(min(cand))} ({shown(statistics.median(cand))}) | {change:+}% | {a.rounds} |", flush=True)


if __name__ == "__main__":
    main()
