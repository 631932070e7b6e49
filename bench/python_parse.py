#!/usr/bin/env python3
"""Speed of the Python package: eok.parse per figure, and eok.pandas.parse_column over a column.

    cmake --build build --target eok_python_package
    PYTHONPATH=build/python /usr/bin/python3 bench/python_parse.py [--rows 1000000]

Targets (docs/performance.md): eok.parse at most 2 µs per figure; parse_column over 1,000,000
strings at most 3 s. Each timing is the best of --repeat runs (the machine is shared).
"""
import argparse
import time

import eok

FIGURES = ["1090억유로", "약 163조원", "2조~3조원", "최대 500억유로", "7억5,000만 유로", "5000억달러",
           "1천90억유로", "수천억 원", "8천억원대", "$500 billion"]


def best(repeat, fn):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter_ns()
        fn()
        times.append(time.perf_counter_ns() - t0)
    return min(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=200000, help="eok.parse calls per run")
    ap.add_argument("--rows", type=int, default=1000000, help="strings in the parse_column series")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    texts = (FIGURES * (args.calls // len(FIGURES) + 1))[:args.calls]
    parse = eok.parse

    def run_parse():
        for t in texts:
            parse(t)

    ns = best(args.repeat, run_parse)
    print(f"eok.parse: {ns / len(texts) / 1000:.2f} µs per figure ({len(texts)} calls, mixed figures)")

    try:
        import pandas as pd
        import eok.pandas as ep
    except ImportError:
        print("parse_column: pandas is not installed")
        return
    series = pd.Series((FIGURES * (args.rows // len(FIGURES) + 1))[:args.rows])
    ns = best(max(1, args.repeat // 2), lambda: ep.parse_column(series))
    print(f"eok.pandas.parse_column: {ns / 1e9:.2f} s for {len(series):,} strings "
          f"({ns / len(series) / 1000:.2f} µs per string)")


if __name__ == "__main__":
    main()
