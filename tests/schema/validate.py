#!/usr/bin/python3
"""Validates eok's JSON outputs against docs/schema/*.json (issue 13).

    validate.py EOK SOURCE_DIR SEEDS_DIR

(a) the stdout of every golden test tests/cli/*.test whose arguments ask for JSON, the schema
picked by the command and its options; (b) live outputs of EOK over the seeds and
examples/articles. Fails on any object that does not match (a key added, removed or of the
wrong shape), and when fewer documents than expected were validated.
"""
import json
import pathlib
import subprocess
import sys

import jsonschema

# The least each part must validate: a golden or an input that silently disappears fails.
MIN_GOLDEN_DOCUMENTS = 90
MIN_LIVE_DOCUMENTS = 400

VARIED_FIGURES = ["1090억유로", "약 163조원", "2조~3조원", "$500 billion", "8천억원대", "수천억원", "최대 5억 달러",
                  "1억2천", "5천~1억원", "10억위안씩", "3명", "12.5%", "-3억원", "3억억원", "", "100엔당 900원"]


def load_schemas(schema_dir):
    store = {}
    for path in sorted(schema_dir.glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        store[path.as_uri()] = schema
    if len(store) < 14:
        sys.exit(f"validate.py: only {len(store)} schema files in {schema_dir}")
    return store


class Checker:
    def __init__(self, schema_dir):
        self.dir = schema_dir
        self.store = load_schemas(schema_dir)
        self.validators = {}
        self.count = 0
        self.failures = []

    def validator(self, name):
        if name not in self.validators:
            file, _, fragment = name.partition("#")
            uri = (self.dir / file).as_uri()
            schema = {"$ref": uri + ("#" + fragment if fragment else "")}
            resolver = jsonschema.RefResolver(base_uri=uri, referrer=self.store[uri], store=self.store)
            self.validators[name] = jsonschema.Draft202012Validator(schema, resolver=resolver)
        return self.validators[name]

    def check(self, name, doc, where):
        errors = sorted(self.validator(name).iter_errors(doc), key=lambda e: list(e.absolute_path))
        self.count += 1
        for e in errors[:3]:
            self.failures.append(f"{where}: {name}: at {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:300]}")

    def document(self, name, text, where):
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as e:
            self.failures.append(f"{where}: not JSON: {e}")
            return
        self.check(name, doc, where)

    def lines(self, name, text, where):
        n = 0
        for i, line in enumerate(text.splitlines(), 1):
            if line.strip():
                self.document(name, line, f"{where}:{i}")
                n += 1
        if n == 0:
            self.failures.append(f"{where}: no JSON lines")


def schema_of(args):
    """The schema of an eok invocation's stdout and whether it is one document or lines; None if not JSON."""
    if not args:
        return None
    cmd, opts = args[0], set(a.split("=")[0] for a in args[1:])
    if "-h" in opts or "--help" in opts:
        return None
    if cmd == "parse":
        return ("parse.json", "document") if "--json" in opts else ("parse.json#/$defs/line", "lines") if "--jsonl" in opts else None
    if cmd == "convert":
        return ("conversion.json", "document") if "--json" in opts else ("convert-line.json", "lines") if "--jsonl" in opts else None
    if cmd == "scan":
        if "--json" in opts:
            return ("scan.json", "document")
        return None if "--table" in opts else ("scan-line.json", "lines")
    if cmd == "reconcile":
        if "--partial" in opts:
            return ("reconcile-partial.json", "lines")
        return ("reconcile.json", "document") if "--json" in opts else None
    if cmd == "rates" and len(args) > 1 and args[1] == "show" and "--json" in opts:
        return ("rates-show.json", "lines")
    return None


def golden_sections(path):
    args, sections, section, exit_code = [], {"stdout": ""}, None, None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("args:"):
            args += [a for a in line[5:].lstrip(" ").split(" ") if a]
            section = None
        elif line.startswith("args+:"):
            args.append(line[6:].lstrip(" "))
        elif line in ("stdin:", "stdout:", "stderr:"):
            section = line[:-1]
            sections[section] = ""
        elif line.startswith("exit:"):
            section, exit_code = None, int(line[5:])
        elif section:
            sections[section] += line + "\n"
    return args, sections["stdout"], exit_code


def check_goldens(c, source):
    before = c.count
    for path in sorted((source / "tests/cli").glob("*.test")):
        args, stdout, exit_code = golden_sections(path)
        kind = schema_of(args)
        if kind is None or not stdout.strip():
            continue
        name, shape = kind
        (c.document if shape == "document" else c.lines)(name, stdout, path.name)
    return c.count - before


def run(eok, source, args, stdin=None):
    r = subprocess.run([eok] + args, cwd=source, input=stdin, capture_output=True, text=True, encoding="utf-8")
    if r.returncode not in (0, 1) or not r.stdout.strip():
        sys.exit(f"validate.py: eok {' '.join(args)} exited {r.returncode} with no output:\n{r.stderr}")
    return r.stdout


def check_live(c, eok, source, seeds):
    before = c.count
    seed_files = sorted(str(p) for p in seeds.glob("*.txt"))
    articles = sorted(str(p.relative_to(source)) for p in (source / "examples/articles").glob("*.txt"))
    archives = ["tests/data/archive/clean.jsonl"]
    if len(seed_files) < 5 or len(articles) < 5:
        sys.exit(f"validate.py: inputs missing: {len(seed_files)} seeds in {seeds}, {len(articles)} articles")
    for name, inputs in (("seeds", seed_files), ("articles", articles), ("archives", archives)):
        dated = ["--date", "2025-02-12"] if name == "seeds" else []
        c.lines("scan-line.json", run(eok, source, ["scan", "--jsonl"] + dated + inputs), f"scan --jsonl {name}")
        c.document("scan.json", run(eok, source, ["scan", "--json"] + dated + inputs), f"scan --json {name}")
        c.lines("scan-line.json", run(eok, source, ["scan", "--convert-to", "USD"] + dated + inputs), f"scan --convert-to USD {name}")
        c.document("reconcile.json", run(eok, source, ["reconcile", "--json"] + dated + inputs), f"reconcile --json {name}")
        c.lines("reconcile-partial.json", run(eok, source, ["reconcile", "--partial", "--jsonl"] + dated + inputs),
                f"reconcile --partial --jsonl {name}")
    c.lines("parse.json#/$defs/line", run(eok, source, ["parse", "--jsonl", "-"], "\n".join(VARIED_FIGURES) + "\n"), "parse --jsonl")
    c.document("parse.json", run(eok, source, ["parse", "--json", "--"] + [f for f in VARIED_FIGURES if f]), "parse --json")
    for amount, extra in (("1090억유로", ["--to", "KRW", "--on", "2025-02-10"]), ("2조~3조원", ["--to", "USD", "--average", "2024"]),
                          ("약 5000억달러", ["--to", "KRW", "--on", "2025-02-10"]), ("8천억원대", ["--to", "EUR", "--on", "2025-02-10"])):
        c.document("conversion.json", run(eok, source, ["convert", "--json", amount] + extra), f"convert --json {amount}")
    c.lines("convert-line.json", run(eok, source, ["convert", "--jsonl", "--to", "KRW", "--on", "2025-02-10"],
                                     '1090억유로\n{"amount": "5억달러", "on": "2025-01-23"}\n3억억원\n수천억원\n'), "convert --jsonl")
    c.lines("rates-show.json", run(eok, source, ["rates", "show", "EUR", "KRW", "--from", "2025-01-01", "--to", "2025-02-28", "--json"]),
            "rates show --json")
    return c.count - before


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    eok, source, seeds = sys.argv[1], pathlib.Path(sys.argv[2]).resolve(), pathlib.Path(sys.argv[3])
    if not seeds.is_absolute():
        seeds = (source / seeds).resolve()
    if not seeds.is_dir():
        sys.exit(f"validate.py: no seeds directory {seeds}")
    c = Checker(source / "docs/schema")
    golden = check_goldens(c, source)
    live = check_live(c, eok, source, seeds)
    for f in c.failures:
        print(f)
    print(f"{golden} golden and {live} live JSON documents validated, {len(c.failures)} failures")
    if c.failures:
        return 1
    if golden < MIN_GOLDEN_DOCUMENTS or live < MIN_LIVE_DOCUMENTS:
        print(f"too few documents: at least {MIN_GOLDEN_DOCUMENTS} golden and {MIN_LIVE_DOCUMENTS} live expected")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
