"""The Python bindings: the same record as the command line, bytes and str, profiles,
errors, and extract_many on several threads."""

import threading
from pathlib import Path

import pytest

import newsprint
from conftest import FIXTURES, WARC, cli, fixture_url

PAGE = """<html lang="en"><head><title>Harbor ferry returns | Lakeside Courier</title>
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00"></head>
<body><article><h1>Harbor ferry returns</h1><p class="when">3 hours ago</p>
<p>The harbor ferry returned to service on Tuesday after a month of repairs to its hull.</p>
<p>Riders lined up before dawn, and the first crossing left the pier on time.</p>
</article></body></html>"""

NOW = "2024-07-22T15:40:00+02:00"


@pytest.mark.parametrize("page", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_fixture_equals_the_command_line(page: Path):
    url = fixture_url(page)
    [expected] = cli(str(page), "--url", url, "--now", NOW)
    got = newsprint.extract(page.read_bytes(), url=url, now=NOW)
    assert got == expected
    assert got["schema_version"] == newsprint.SCHEMA_VERSION == 1


def test_str_and_bytes_agree_and_bytes_are_decoded():
    as_str = newsprint.extract(PAGE, url="https://courier.example/ferry")
    as_bytes = newsprint.extract(PAGE.encode(), url="https://courier.example/ferry")
    assert as_str == as_bytes
    assert as_str["headline"] == "Harbor ferry returns"
    assert as_str["published"] == {
        "iso": "2024-03-05T09:30:00+01:00",
        "precision": "second",
        "offset_source": "stated",
        "raw": "2024-03-05T09:30:00+01:00",
    }
    latin = "<html><head><title>Caf\u00e9 prices rise</title></head><body><article>" \
        "<h1>Caf\u00e9 prices rise</h1><p>The caf\u00e9 on the square raised the price " \
        "of an espresso to two euros, its first rise in six years, the owner said.</p>" \
        "</article></body></html>"
    record = newsprint.extract(latin.encode("windows-1252"))
    assert record["headline"] == "Caf\u00e9 prices rise"
    gz = newsprint.extract(__import__("gzip").compress(PAGE.encode()))
    assert gz["headline"] == "Harbor ferry returns"


def test_now_resolves_a_relative_date_and_says_how_precise_it_is():
    page = PAGE.replace(
        '<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">', ""
    )
    record = newsprint.Extractor(now=NOW).extract(page)
    assert record["published"] == {
        "iso": "2024-07-22T12:40:00+02:00",
        "precision": "hour",
        "offset_source": "reference",
        "raw": "3 hours ago",
    }
    assert "published" not in newsprint.extract(page)


def test_profiles_from_a_folder_and_without_builtins(tmp_path):
    (tmp_path / "courier.toml").write_text(
        'id = "courier"\nhosts = ["courier.example"]\n\n[fields]\n'
        'headline = [{ css = "title" }]\n'
    )
    extractor = newsprint.Extractor(profiles_dir=tmp_path, builtins=False)
    assert extractor.profile_ids() == ["courier"]
    record = extractor.extract(PAGE, url="https://courier.example/ferry")
    assert record["profile"]["id"] == "courier"
    assert record["headline"] == "Harbor ferry returns | Lakeside Courier"
    assert "nepalnews" in newsprint.Extractor().profile_ids()


def test_errors_are_python_exceptions_with_the_library_messages(tmp_path):
    (tmp_path / "bad.toml").write_text('id = "bad"\n[fields]\npublished = [{ css = "p", format = ["%Y %q"] }]\n')
    with pytest.raises(newsprint.NewsprintError, match=r'bad.toml: profile "bad"'):
        newsprint.Extractor(profiles_dir=tmp_path)
    with pytest.raises(newsprint.NewsprintError, match="not an RFC 3339 time"):
        newsprint.extract(PAGE, now="yesterday")
    with pytest.raises(newsprint.NewsprintError, match="damaged gzip data"):
        newsprint.extract(b"\x1f\x8b\x08\x00broken")
    with pytest.raises(newsprint.NewsprintError, match="html must be str or bytes"):
        newsprint.extract(42)
    with pytest.raises(newsprint.NewsprintError, match="damaged gzip data"):
        newsprint.Extractor().extract_many([PAGE, b"\x1f\x8b\x08\x00broken"])
    assert isinstance(newsprint.NewsprintError("x"), ValueError)


def test_extract_many_keeps_order_on_threads_and_releases_the_gil():
    pages = [(p.read_bytes(), fixture_url(p)) for p in FIXTURES] * 5
    extractor = newsprint.Extractor(now=NOW)
    one = [extractor.extract(html, url) for html, url in pages]
    assert extractor.extract_many(pages, jobs=1) == one
    assert extractor.extract_many(pages, jobs=2) == one
    as_dicts = [{"html": html, "url": url} for html, url in pages]
    assert extractor.extract_many(as_dicts) == one

    # While one thread extracts, another keeps running Python: the GIL is released.
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(1)
            done.wait(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    extractor.extract_many(pages * 4, jobs=1)
    done.set()
    ticker.join()
    assert len(ticks) > 5


def test_read_warc_gives_the_pages_the_command_line_reads():
    pages = list(newsprint.read_warc(WARC))
    assert [url for url, _, _ in pages] == [
        "https://bugle.example/2024/03/05/storm",
        "https://echo.example/cafe",
    ]
    assert all(fetched == "2024-03-05T09:30:00Z" for _, _, fetched in pages)
    assert pages[1].charset == "windows-1252"
    expected = cli(str(WARC))
    got = newsprint.Extractor().extract_many(pages)
    assert [{k: v for k, v in r.items() if k not in ("id", "url")} for r in expected] == got


def test_read_warc_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"GET / HTTP/1.1\r\n\r\n")
    with pytest.raises(newsprint.NewsprintError, match="bad.warc: record at offset 0"):
        list(newsprint.read_warc(bad))
    with pytest.raises(FileNotFoundError):
        list(newsprint.read_warc(tmp_path / "missing.warc.gz"))
