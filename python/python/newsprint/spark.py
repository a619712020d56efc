"""newsprint on Spark: extraction as a DataFrame transformation, WARC files as a DataFrame.

Needs the ``spark`` extra (``pip install './python[spark]'``): pyspark, pyarrow, pandas.

``extract(df)`` runs on ``mapInArrow``: each Python worker process builds one ``Extractor``
(per reference time) and keeps it for every batch it is handed, and each batch is extracted
by ``extract_many`` on the library's threads. Its output is ``df``'s columns without the
HTML column, then the record's columns as ``SCHEMA`` lists them, then ``error``.
"""

from __future__ import annotations

import json
from typing import Dict, Iterable, Iterator, List, Optional, Sequence

from . import _native
from .warc import read_warc as _read_warc

_TIMESTAMP = "STRUCT<iso: STRING, precision: STRING, offset_source: STRING, raw: STRING>"

#: The record's columns on Spark, in order. Timestamps, the dateline, authors, the image and
#: the publisher are structs; paragraphs (the body's paragraph-like blocks, headings left
#: out), tags, keywords and section are arrays of strings; ``text`` is the whole body as plain text
#: (blocks joined by blank lines); ``profile`` is the site profile's id. ``error`` holds the
#: library's message for a page it could not read (the other columns are then null).
SCHEMA_DDL = ", ".join(
    [
        "schema_version INT",
        "headline STRING",
        "description STRING",
        f"published {_TIMESTAMP}",
        f"modified {_TIMESTAMP}",
        "dateline STRUCT<place: STRING, agency: STRING, raw: STRING>",
        "authors ARRAY<STRUCT<name: STRING, kind: STRING, url: STRING, role: STRING>>",
        "byline STRING",
        "paragraphs ARRAY<STRING>",
        "text STRING",
        "tags ARRAY<STRING>",
        "keywords ARRAY<STRING>",
        "section ARRAY<STRING>",
        "language STRING",
        "canonical_url STRING",
        "image STRUCT<url: STRING, caption: STRING, credit: STRING>",
        "site_name STRING",
        "publisher STRUCT<name: STRING, legal_name: STRING, tagline: STRING, editor: STRING, "
        "registration: STRING, address: STRING, email: STRING, phone: STRING, url: STRING, "
        "logo: STRING, copyright: STRING>",
        "profile STRING",
        "warnings ARRAY<STRING>",
        "error STRING",
    ]
)

#: The columns ``read_warc`` gives: one row per HTML page of the WARC files.
WARC_DDL = "url STRING, html BINARY, fetched_at STRING, charset STRING"

_extractors: Dict[Optional[str], "_native.Extractor"] = {}


def _extractor(now: Optional[str]) -> "_native.Extractor":
    """The worker process's extractor for this reference time, built on first use."""
    extractor = _extractors.get(now)
    if extractor is None:
        extractor = _extractors.setdefault(now, _native.Extractor(None, True, now))
    return extractor


def _row(ok: bool, text: str) -> dict:
    """One output row from the library's JSON record (or its error message)."""
    if not ok:
        return {"error": text}
    record = json.loads(text)
    body = record.get("body", [])
    row = dict(record)
    row.pop("body", None)
    row.pop("provenance", None)
    row["paragraphs"] = [b["text"] for b in body if b["kind"] != "heading"]
    row["text"] = "\n\n".join(b["text"] for b in body)
    row["profile"] = (record.get("profile") or {}).get("id")
    row["publisher"] = record.get("publisher") or None
    return row


def records(
    pages: Sequence[tuple], now: Optional[str] = None, jobs: Optional[int] = None
) -> List[dict]:
    """The output rows of ``(html, url, charset)`` pages, as ``extract`` makes them."""
    results = _extractor(now).extract_many_json(list(pages), jobs)
    return [_row(ok, text) for ok, text in results]


def extract(df, html: str = "html", url: Optional[str] = "url", now: Optional[str] = None,
            charset: Optional[str] = "charset"):
    """The DataFrame of extracted records: ``df``'s columns without ``html``, then the record
    (``SCHEMA_DDL``). ``url`` and ``charset`` name optional columns (used when present);
    ``now`` is the reference time for relative dates (RFC 3339)."""
    import pyarrow as pa
    from pyspark.sql.pandas.types import to_arrow_schema
    from pyspark.sql.types import StructType

    record_schema = StructType.fromDDL(SCHEMA_DDL)
    kept = [f for f in df.schema.fields if f.name != html]
    out_schema = StructType(kept + record_schema.fields)
    arrow_schema = to_arrow_schema(out_schema)
    url_col = url if url in df.columns else None
    charset_col = charset if charset in df.columns else None
    kept_names = [f.name for f in kept]

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            columns = batch.to_pydict()
            count = batch.num_rows
            htmls = columns[html]
            urls = columns[url_col] if url_col else [None] * count
            charsets = columns[charset_col] if charset_col else [None] * count
            pages = [(h if h is not None else "", u, c) for h, u, c in zip(htmls, urls, charsets)]
            rows = records(pages, now)
            for name in kept_names:
                for row, value in zip(rows, columns[name]):
                    row[name] = value
            yield pa.RecordBatch.from_pylist(rows, schema=arrow_schema)

    return df.mapInArrow(run, out_schema)


def read_warc(spark, paths: Iterable[str]):
    """A DataFrame of ``(url, html, fetched_at, charset)``, one row per HTML page of the WARC
    files at ``paths`` (local paths, or any the workers can open), read in one task per file.
    The command line's limits apply (see ``newsprint.read_warc``)."""
    paths = list(paths)
    rdd = spark.sparkContext.parallelize(paths, max(len(paths), 1))
    rows = rdd.flatMap(
        lambda path: ((p.url, p.html, p.fetched_at, p.charset) for p in _read_warc(path))
    )
    return spark.createDataFrame(rows, WARC_DDL)
