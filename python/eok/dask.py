"""``eok reconcile`` over a news archive on a Dask cluster.

    >>> from distributed import Client, LocalCluster
    >>> import eok.dask
    >>> client = Client(LocalCluster(n_workers=2, processes=True))   # or Client("tcp://scheduler:8786")
    >>> report = eok.dask.reconcile_archive(["archive/2025-*.jsonl"], client)
    >>> report.to_json() == eok.reconcile(["archive/2025-01.jsonl", ...]).to_json()
    True

The map runs on the partitions of a Dask bag of archive records (JSON lines, or dicts
``{id, date, source, title, url, text}``): each partition reads its records, checks every
conversion, relation and stated rate, and writes one partial line per article
(``eok.reconcile_partial``). The candidates for agreements across articles are then shuffled by
their claim (currency, bound words, 씩: the part of the key "currency, value at precision" that
does not depend on precision, so each claim's precisions meet in one reduce), each claim is
reduced to its agreements on a worker, and the client merges the articles, their checks and the
agreements into the report, exactly the one ``eok reconcile`` writes on one machine.

Workers need the package too (``PYTHONPATH`` or an install). Rates are sent to workers as the
files they were loaded from (``eok.Rates(paths...)``), so the same files must exist there.
"""

import json as _json
import warnings as _warnings
import zlib as _zlib

import eok as _eok_pkg
from . import _eok


def _records(items, seen):
    """The records of a partition; ``seen`` counts each file's lines in it (blank ones too), so
    the client can number a record's line in its whole file (a block does not know where in
    its file it starts)."""
    out = []
    for item in items:
        path = None
        if isinstance(item, tuple):  # (line, path) from read_text(include_path=True)
            item, path = item
            seen[path] = seen.get(path, 0) + 1
        if isinstance(item, (str, bytes)):
            item = item.decode("utf-8") if isinstance(item, bytes) else item
            item = item.rstrip("\r\n")
            if not item.strip():
                continue  # blank lines separate nothing, as in `eok reconcile`
        out.append(item if path is None else (item, path, seen[path]))
    return out


def _map_partition(items, rates, tolerance, sources, errors):
    """One partition of records -> [(its partial lines, its InputProblems, the lines it saw in
    each file)] (the map step); bad records are left out (``errors="skip"``) or raise, as in
    ``eok.reconcile``. The problems travel back with the lines, so the client reports them, not
    a worker's log, at their line in the whole file (``_in_file`` adds the earlier partitions'
    counts from ``seen``)."""
    problems = []
    seen = {}
    lines = _eok_pkg.reconcile_partial(records=_records(items, seen), rates=rates, tolerance=tolerance,
                                       sources=sources, errors=errors, problems=problems)
    return [(lines, problems, seen)]


def _in_file(problems, before):
    """The partitions' problems with their lines numbered in their whole files: ``before`` is
    how many lines of the file earlier partitions held."""
    out = []
    for p in problems:
        skip = before.get(p.file, 0)
        if p.line and skip:
            old = f"{p.file}:{p.line}:"
            p = p._replace(line=p.line + skip,
                           text=p.text.replace(old, f"{p.file}:{p.line + skip}:", 1))
        out.append(p)
    return out


def _counts(part):
    """(articles, checks) of one partition's partial lines, so candidates get run-wide indices."""
    lines = part[0][0]
    checks = 0
    for line in lines:
        checks += len(_json.loads(line)["checks"])
    return [(len(lines), checks)]


def _candidates(part, first_article, first_check):
    """(shuffle key, candidate line) for every candidate of one partition, indices made
    run-wide. The key is the CRC-32 of the claim: Python's own hash of a str differs from one
    worker process to another, so a claim shuffled by it would be split; claims that share a
    CRC meet in one reduce, which separates them again."""
    out = []
    check = first_check
    for i, line in enumerate(part[0][0]):
        partial = _json.loads(line)
        for c in partial["candidates"]:
            text = _json.dumps(c, ensure_ascii=False)
            out.append((_zlib.crc32(_eok.candidate_claim(text).encode()), _json.dumps([first_article + i, check, c], ensure_ascii=False)))
        check += len(partial["checks"])
    return out


def _reduce_claim(group):
    """All candidates of the claims of one key -> their agreement lines (the reduce step)."""
    _claim, items = group
    return _eok.agreement_lines([line for _key, line in items])


def reconcile_archive(paths_or_bag, client=None, *, rates=None, lang="en", tolerance=None, sources=None,
                      blocksize="16MiB", errors="skip"):
    """The ``Report`` of reconciling an archive on a Dask cluster: ``paths_or_bag`` is a path,
    a glob or a list of them (JSONL files, read in order with ``dask.bag.read_text``), or a
    ``dask.bag.Bag`` of records (JSON lines or dicts). ``client`` is a ``distributed.Client``
    (default: Dask's current scheduler). ``rates``, ``tolerance``, ``sources`` and ``lang`` are
    those of ``eok.reconcile``. A record that cannot be read is left out, as ``eok reconcile``
    leaves it out, and the report is that of the other records (``errors="skip"``; it is
    issued on the client as an ``eok.InputWarning`` and listed in ``report.problems``, at its
    line and column in its file, as ``eok reconcile`` names it);
    ``errors="raise"`` raises ``eok.ParseError`` naming it instead."""
    if errors not in ("skip", "raise"):
        raise ValueError(f"errors must be 'skip' or 'raise', not {errors!r}")
    import dask
    import dask.bag as db

    if isinstance(paths_or_bag, db.Bag):
        bag = paths_or_bag
    else:
        paths = [paths_or_bag] if isinstance(paths_or_bag, str) else list(paths_or_bag)
        bag = db.read_text(paths, blocksize=blocksize, include_path=True)
    scheduler = {} if client is None else {"scheduler": client.get}

    partials = bag.map_partitions(_map_partition, rates, tolerance, sources, errors)
    parts = partials.to_delayed()
    (parts,) = dask.persist(parts, **scheduler) if client is None else (client.persist(parts),)
    counts = dask.compute(*[dask.delayed(_counts)(p) for p in parts], **scheduler)
    first_article = first_check = 0
    candidate_parts = []
    for p, [(n_articles, n_checks)] in zip(parts, counts):
        candidate_parts.append(dask.delayed(_candidates)(p, first_article, first_check))
        first_article += n_articles
        first_check += n_checks
    candidates = db.from_delayed(candidate_parts)
    agreements = candidates.groupby(lambda kv: kv[0]).map(_reduce_claim).flatten()
    mapped, agreement_lines = dask.compute(db.from_delayed(parts), agreements, **scheduler)
    lines = [line for part_lines, _, _ in mapped for line in part_lines]
    problems, before = [], {}
    for _, part_problems, seen in mapped:
        problems += _in_file(part_problems, before)
        for path, n in seen.items():
            before[path] = before.get(path, 0) + n
    for p in problems:  # on the client, in the archive's order, as eok.reconcile issues them
        _warnings.warn(p.text, _eok_pkg.InputWarning, stacklevel=2)
    report = _eok_pkg.merge_partials(lines, rates=rates, lang=lang, tolerance=tolerance, sources=sources,
                                     agreements=agreement_lines)
    report.problems = problems
    return report
