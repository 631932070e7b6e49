#!/usr/bin/python3
"""bench/scan_vs_grep.py: eok scan against `LC_ALL=C grep -c '[0-9]'` on the same file (issue 14).

Builds, in a temporary directory (deleted afterwards), the seed articles repeated to 50 MB
(whole lines) and a figure-free copy of it (every ASCII digit and every numeral syllable
removed), then runs, interleaved, RUNS times each (default 7):

  news     eok scan --jsonl FILE           CPU time (user+sys)  against grep's CPU time
  jobs2    eok scan --jsonl --jobs 2 FILE   wall time            against grep's wall time
  nofig    eok scan --jsonl FIGURE-FREE     CPU time              against grep's CPU time on it

Every command writes to a file in the temporary directory (GNU grep stops at its first match
when its output is /dev/null). Prints the minimum and median of each side and the ratios of
the minima and of the medians, checks that --jobs 2 wrote exactly the bytes one thread wrote,
and prints the load average and the CPU model.

    bench/scan_vs_grep.py [path/to/eok]    (default build/bin/eok; SEEDS=dir, RUNS=n, MB=n,
                                            ROWS=news,jobs2,nofig to run only some rows)
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EOK = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "build", "bin", "eok")
SEEDS = os.environ.get("SEEDS", os.path.join(REPO, "..", "shared", "seeds"))
RUNS = int(os.environ.get("RUNS", "7"))
MEGABYTES = int(os.environ.get("MB", "50"))

# Numeral syllables (Hangul and Hanja) removed for the figure-free text, with every ASCII digit.
NUMERAL_SYLLABLES = "영공일이삼사오육륙칠팔구십백천만억조경해" "零一二三四五六七八九十百千萬億兆"


def die(message):
    print("scan_vs_grep: " + message, file=sys.stderr)
    sys.exit(2)


def make_files(work):
    names = sorted(n for n in os.listdir(SEEDS) if n.endswith(".txt"))
    if not names:
        die("no seed articles in " + SEEDS)
    seed = b"".join(open(os.path.join(SEEDS, n), "rb").read() for n in names)
    if not seed.endswith(b"\n"):
        seed += b"\n"
    target = MEGABYTES * 1000 * 1000
    data = seed * (target // len(seed) + 1)
    data = data[: data.rfind(b"\n", 0, target) + 1]  # whole lines only
    news = os.path.join(work, "news.txt")
    with open(news, "wb") as f:
        f.write(data)
    text = data.decode("utf-8")
    table = {ord(c): None for c in "0123456789" + NUMERAL_SYLLABLES}
    nofig = os.path.join(work, "nofig.txt")
    with open(nofig, "wb") as f:
        f.write(text.translate(table).encode("utf-8"))
    return news, nofig


def run(argv, out_path, env=None):
    """Runs argv with stdout to out_path; returns (cpu seconds, wall seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out_path, "wb") as out:
        t0 = time.perf_counter()
        p = subprocess.run(argv, stdout=out, stderr=subprocess.PIPE, env=env)
        wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode not in (0, 1):  # grep -c exits 1 when it counts nothing
        die("%s failed (%d): %s" % (" ".join(argv), p.returncode, p.stderr.decode(errors="replace")))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def main():
    if not os.access(EOK, os.X_OK):
        die("no eok binary at %s (build first)" % EOK)
    with tempfile.TemporaryDirectory() as work:
        news, nofig = make_files(work)
        genv = dict(os.environ, LC_ALL="C")
        grep = ["grep", "-c", "[0-9]"]
        rows = {
            "news": (["%s" % EOK, "scan", "--jsonl", news], grep + [news], 0),
            "jobs2": ([EOK, "scan", "--jsonl", "--jobs", "2", news], grep + [news], 1),
            "nofig": ([EOK, "scan", "--jsonl", nofig], grep + [nofig], 0),
        }
        only = os.environ.get("ROWS")
        if only:
            rows = {k: v for k, v in rows.items() if k in only.split(",")}
        times = {k: ([], []) for k in rows}
        for _ in range(RUNS):
            for key, (eok_argv, grep_argv, which) in rows.items():
                e = run(eok_argv, os.path.join(work, key + ".out"))
                g = run(grep_argv, os.path.join(work, key + ".grep"), genv)
                times[key][0].append(e[which])
                times[key][1].append(g[which])
        size = os.path.getsize(news)
        same = "jobs2" not in rows or (open(os.path.join(work, "news.out"), "rb").read() ==
                                       open(os.path.join(work, "jobs2.out"), "rb").read())
        def figures_in(key):
            path = os.path.join(work, key + ".out")
            return open(path, "rb").read().count(b'"index"') if os.path.exists(path) else -1
        figures, nofig_figures = figures_in("news"), figures_in("nofig")
        print("files: news %d bytes, %d figures; figure-free %d bytes, %d figures; %d runs each, interleaved"
              % (size, figures, os.path.getsize(nofig), nofig_figures, RUNS))
        labels = {"news": "eok scan --jsonl (CPU)", "jobs2": "eok scan --jsonl --jobs 2 (wall)",
                  "nofig": "eok scan --jsonl, figure-free (CPU)"}
        for key in rows:
            e, g = times[key]
            em, gm = min(e), min(g)
            ed, gd = statistics.median(e), statistics.median(g)
            print("%-38s eok min %.4f s median %.4f s | grep min %.4f s median %.4f s | ratio min %.2fx median %.2fx"
                  % (labels[key], em, ed, gm, gd, em / gm, ed / gd))
        print("--jobs 2 output identical to one thread: %s" % ("yes" if same else "NO"))
        print("load average: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
        print("CPU: %s, %d online" % (cpu_model(), os.cpu_count()))
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
