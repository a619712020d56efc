"""newsprint.spark in local mode (local[2]): the fixtures and the fixture WARC become
DataFrame rows that agree with the command line's records, and the example job writes
Parquet."""

import importlib.util
import os

import pytest

from conftest import FIXTURES, ROOT, WARC, cli, fixture_url

if os.environ.get("NEWSPRINT_REQUIRE_SPARK") != "1":
    pyspark = pytest.importorskip("pyspark", reason="the spark extra is not installed")
from newsprint import spark as newsprint_spark  # noqa: E402

NOW = "2024-07-22T15:40:00+02:00"


def expected_row(record):
    """What a row holds for a CLI record (the columns compared)."""
    body = record.get("body", [])
    return {
        "headline": record.get("headline"),
        "published": record.get("published"),
        "authors": [
            {"name": a["name"], "kind": a["kind"], "url": a.get("url"), "role": a.get("role")}
            for a in record.get("authors", [])
        ],
        "paragraphs": [b["text"] for b in body if b["kind"] != "heading"],
        "tags": record.get("tags", []),
        "keywords": record.get("keywords", []),
        "publisher_name": (record.get("publisher") or {}).get("name"),
        "profile": (record.get("profile") or {}).get("id"),
    }


def row_dict(row):
    d = row.asDict(recursive=True)
    return {
        "headline": d["headline"],
        "published": d["published"],
        "authors": d["authors"] or [],
        "paragraphs": d["paragraphs"] or [],
        "tags": d["tags"] or [],
        "keywords": d["keywords"] or [],
        "publisher_name": (d["publisher"] or {}).get("name"),
        "profile": d["profile"],
    }


def test_fixtures_on_spark_equal_the_command_line(spark):
    rows = [(p.name, fixture_url(p), p.read_bytes()) for p in FIXTURES]
    df = spark.createDataFrame(rows, "name STRING, url STRING, html BINARY").repartition(2)
    out = newsprint_spark.extract(df, html="html", url="url", now=NOW)
    print("extract() schema:")
    out.printSchema()
    assert out.columns[:2] == ["name", "url"] and "html" not in out.columns
    got = {r["name"]: r for r in out.collect()}
    assert len(got) == len(FIXTURES)
    for page in FIXTURES:
        [record] = cli(str(page), "--url", fixture_url(page), "--now", NOW)
        row = got[page.name]
        assert row["error"] is None
        assert row["schema_version"] == 1
        assert row_dict(row) == expected_row(record), page.name
        body = record.get("body", [])
        assert row["text"] == "\n\n".join(b["text"] for b in body)
    print(f"spark: {len(got)} fixture rows equal the CLI's records")


def test_a_warc_file_on_spark_equals_the_command_line(spark, tmp_path):
    pages = newsprint_spark.read_warc(spark, [str(WARC), str(WARC)])
    assert pages.rdd.getNumPartitions() == 2
    assert pages.count() == 4
    out = newsprint_spark.extract(pages)
    rows = sorted(out.collect(), key=lambda r: r["url"])[::2]
    expected = sorted(cli(str(WARC)), key=lambda r: r["url"])
    assert [r["url"] for r in rows] == [r["url"] for r in expected]
    for row, record in zip(rows, expected):
        assert row_dict(row) == expected_row(record)
    print(f"spark: {len(rows)} WARC pages equal the CLI's records")


def test_a_page_that_cannot_be_read_is_an_error_row(spark):
    df = spark.createDataFrame([(b"\x1f\x8b\x08\x00broken",)], "html BINARY")
    [row] = newsprint_spark.extract(df).collect()
    assert row["error"].startswith("damaged gzip data")
    assert row["headline"] is None


def test_the_example_job_writes_parquet(spark, tmp_path):
    spec = importlib.util.spec_from_file_location("spark_warc", ROOT / "examples" / "spark_warc.py")
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    out_dir = str(tmp_path / "articles.parquet")
    example.run(spark, [str(WARC)], out_dir)
    back = spark.read.parquet(out_dir)
    assert sorted(r["headline"] is not None for r in back.collect()) == [True, True]
    assert back.schema == newsprint_spark.extract(newsprint_spark.read_warc(spark, [str(WARC)])).schema
