#!/usr/bin/python3
"""Wall time of reconciling an archive of N records (default 100,000) in one process and on a
Dask LocalCluster of 1 and 2 worker processes, with the reports checked equal.

    PYTHONPATH=build/python /usr/bin/python3 bench/dask_scaling.py [N]
"""
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "examples"))
import dask_archive  # noqa: E402


def main():
    import eok
    import eok.dask
    from distributed import Client, LocalCluster

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory() as d:
        paths = dask_archive.write_archive(d, n, root)
        mb = sum(os.path.getsize(p) for p in paths) / 1e6
        t = time.perf_counter()
        one = eok.reconcile(paths).to_json()
        single = time.perf_counter() - t
        print(f"{n} records ({mb:.0f} MB): one process (eok.reconcile) {single:.1f} s", flush=True)
        for workers in (1, 2):
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                t = time.perf_counter()
                got = eok.dask.reconcile_archive(paths, client, blocksize="8MiB").to_json()
                wall = time.perf_counter() - t
            print(f"  {workers} worker(s): {wall:.1f} s ({single / wall:.2f}x one process); identical: {got == one}",
                  flush=True)


if __name__ == "__main__":
    main()
