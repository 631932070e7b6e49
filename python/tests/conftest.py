"""Shared paths for the Python package's tests (run by ctest, or by hand with
PYTHONPATH=build/python /usr/bin/python3 -m pytest python/tests)."""
import os
import pathlib
import shutil

import pytest

ROOT = pathlib.Path(os.environ.get("EOK_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
SHARED = pathlib.Path(os.environ.get("EOK_SHARED_DIR", ROOT / ".." / "shared"))


@pytest.fixture
def seeds():
    """The five seed articles in ../shared/seeds by prefix ("000" ... "004"); a missing
    directory or file FAILS the test (never skips)."""
    d = SHARED / "seeds"
    files = sorted(d.glob("*.txt")) if d.is_dir() else []
    by_prefix = {f.name[:3]: f for f in files}
    missing = [p for p in ("000", "001", "002", "003", "004") if p not in by_prefix]
    if missing:
        pytest.fail(f"the seed articles {missing} are missing from {d}")
    return by_prefix


@pytest.fixture
def cli():
    """The eok command-line program of this build (EOK_CLI, set by ctest); fails when absent."""
    path = os.environ.get("EOK_CLI") or shutil.which("eok")
    if not path or not os.path.exists(path):
        pytest.fail("EOK_CLI does not name the eok program (ctest sets it)")
    return path
