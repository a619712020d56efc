"""HTML pages from WARC files (``.warc``, ``.warc.gz``) as Common Crawl ships them, with the
command line's limits: record headers of at most 1 MiB, HTTP headers of at most 1 MiB, pages
of at most 64 MiB (after undoing chunked transfer and gzip content encoding).

A page is a ``response`` record whose HTTP status is 2xx and whose ``Content-Type`` is HTML,
or a ``resource`` record of an HTML type; other records are skipped. A damaged record raises
``NewsprintError`` naming the file and the record's offset in the decompressed stream.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from typing import BinaryIO, Iterator, Optional, Tuple, Union

from ._native import NewsprintError

MAX_HEADER_BYTES = 1024 * 1024
HTTP_HEADER_ROOM = 1024 * 1024
MAX_PAGE_BYTES = 64 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class WarcPage(tuple):
    """``(url, html, fetched_at)``, unpacked as a 3-tuple; ``charset`` is the HTTP
    ``Content-Type`` charset (``None`` when absent), which ``Extractor.extract`` takes for a
    page that declares none, as the command line does."""

    charset: Optional[str]

    def __new__(cls, url, html, fetched_at, charset=None):
        page = super().__new__(cls, (url, html, fetched_at))
        page.charset = charset
        return page

    url = property(lambda self: self[0])
    html = property(lambda self: self[1])
    fetched_at = property(lambda self: self[2])


def read_warc(
    path: Union[str, "os.PathLike[str]"], max_page_bytes: int = MAX_PAGE_BYTES
) -> Iterator[WarcPage]:
    """Yields ``(url, html_bytes, fetched_at)`` for each HTML page of the WARC file: the URL
    is ``WARC-Target-URI``, ``fetched_at`` is ``WARC-Date`` as written."""
    name = os.fspath(path)
    with open(name, "rb") as raw:
        magic = raw.read(2)
        raw.seek(0)
        stream: BinaryIO = gzip.GzipFile(fileobj=raw) if magic == b"\x1f\x8b" else raw
        reader = stream
        while True:
            offset = reader.tell() if stream is raw else None
            try:
                record = _record(reader, max_page_bytes)
            except (OSError, EOFError, zlib.error, ValueError) as e:
                where = f" at offset {offset}" if offset is not None else ""
                raise NewsprintError(f"{name}: record{where}: {e}") from None
            if record is None:
                return
            if record is not _SKIP:
                yield record


_SKIP = object()


def _line(reader: BinaryIO) -> bytes:
    line = reader.readline(MAX_HEADER_BYTES + 1)
    if len(line) > MAX_HEADER_BYTES:
        raise ValueError("record headers of more than 1 MiB; this is not a WARC file")
    return line


def _record(reader: BinaryIO, max_page_bytes: int):
    line = _line(reader)
    while line and not line.strip():
        line = _line(reader)
    if not line:
        return None
    if not line.startswith(b"WARC/"):
        raise ValueError("not a WARC record; check that this is a WARC file")
    fields = {}
    size = len(line)
    while True:
        line = _line(reader)
        size += len(line)
        if not line:
            raise ValueError("the file ends inside a record's headers; download it again")
        if size > MAX_HEADER_BYTES:
            raise ValueError("record headers of more than 1 MiB; this is not a WARC file")
        if line in (b"\r\n", b"\n"):
            break
        key, _, value = line.decode("utf-8", "replace").partition(":")
        fields[key.strip().lower()] = value.strip()
    try:
        length = int(fields["content-length"])
    except (KeyError, ValueError):
        raise ValueError("not a WARC record (no Content-Length)") from None
    block = reader.read(length) if length <= max_page_bytes + HTTP_HEADER_ROOM else None
    if block is None:
        reader.seek(length, io.SEEK_CUR)
        raise ValueError(f"a record of more than {max_page_bytes} bytes")
    if len(block) < length:
        raise ValueError("the file ends inside a record; download it again")
    url = fields.get("warc-target-uri", "").strip("<>") or None
    fetched_at = fields.get("warc-date")
    kind = fields.get("warc-type", "").lower()
    block_type = fields.get("content-type", "").lower()
    if kind == "response" and block_type.startswith("application/http"):
        html, content_type = _http_payload(block, max_page_bytes)
    elif kind == "resource" and _is_html(block_type):
        html, content_type = block, block_type
    else:
        html = None
    if html is None:
        return _SKIP
    if len(html) > max_page_bytes:
        raise ValueError(f"a page of more than {max_page_bytes} bytes")
    return WarcPage(url, html, fetched_at, _charset(content_type))


def _charset(content_type: str) -> Optional[str]:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        value = value.strip().strip("\"'")
        if key.strip().lower() == "charset" and value:
            return value
    return None


def _is_html(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in _HTML_TYPES


def _http_payload(block: bytes, max_page_bytes: int) -> Tuple[Optional[bytes], str]:
    end = block.find(b"\r\n\r\n", 0, HTTP_HEADER_ROOM)
    sep = 4
    if end < 0:
        end, sep = block.find(b"\n\n", 0, HTTP_HEADER_ROOM), 2
    if end < 0:
        raise ValueError("HTTP headers of more than 1 MiB or cut short; the record is damaged")
    head = block[:end].decode("iso-8859-1").splitlines()
    status = head[0].split() if head else []
    if len(status) < 2 or not status[0].startswith("HTTP/"):
        raise ValueError("not an HTTP response; the record is damaged")
    if not status[1].isdigit() or not 200 <= int(status[1]) < 300:
        return None, ""
    headers = {}
    for line in head[1:]:
        key, _, value = line.partition(":")
        headers.setdefault(key.strip().lower(), value.strip())
    content_type = headers.get("content-type", "")
    if not _is_html(content_type):
        return None, ""
    payload = block[end + sep:]
    if "chunked" in headers.get("transfer-encoding", "").lower():
        payload = _dechunk(payload)
    if "gzip" in headers.get("content-encoding", "").lower():
        decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        payload = decoder.decompress(payload, max_page_bytes + 1)
        if len(payload) > max_page_bytes:
            raise ValueError(f"a page of more than {max_page_bytes} bytes")
    return payload, content_type


def _dechunk(data: bytes) -> bytes:
    out = bytearray()
    pos = 0
    while True:
        end = data.find(b"\r\n", pos)
        if end < 0:
            raise ValueError("damaged chunked transfer encoding in the HTTP response")
        size = int(data[pos:end].split(b";")[0].strip() or b"0", 16)
        if size == 0:
            return bytes(out)
        out += data[end + 2:end + 2 + size]
        pos = end + 2 + size + 2
