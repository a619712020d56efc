"""Shared helpers: the repository's fixtures and the command line to compare with."""

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = sorted(ROOT.glob("fixtures/*/*.html"))
WARC = ROOT / "fixtures" / "warc" / "three-records.warc.gz"

# Spark's Python workers run this interpreter (the one with newsprint and pyarrow), not the
# first python3 on the PATH.
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)


def cli_path() -> Path:
    """The newsprint binary: $NEWSPRINT_BIN, else the one cargo built last."""
    if os.environ.get("NEWSPRINT_BIN"):
        return Path(os.environ["NEWSPRINT_BIN"])
    built = [ROOT / "target" / kind / "newsprint" for kind in ("debug", "release")]
    built = [p for p in built if p.exists()]
    if not built:
        pytest.fail("no newsprint binary: run cargo build first, or set NEWSPRINT_BIN")
    return max(built, key=lambda p: p.stat().st_mtime)


def cli(*args: str) -> list:
    """The command line's JSON records for these arguments (one per line with --compact)."""
    out = subprocess.run(
        [str(cli_path()), *args, "--compact", "--quiet"],
        check=True,
        capture_output=True,
    )
    return [json.loads(line) for line in out.stdout.decode().splitlines() if line.strip()]


def fixture_url(page: Path) -> str:
    with open(page.with_suffix(".toml"), "rb") as f:
        return tomllib.load(f)["url"]


@pytest.fixture(scope="session")
def spark():
    """A local[2] Spark session for the whole run, quiet."""
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsprint-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("WARN")
    yield session
    session.stop()
