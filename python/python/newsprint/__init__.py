"""newsprint: turn a saved news page into structured data.

The record is the command line's JSON record as a ``dict`` (see ``newsprint.Article`` in
``__init__.pyi`` and ``schema/article.schema.json``). Extraction runs in Rust; ``extract_many``
releases the GIL and runs on the library's own threads.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

from . import _native
from ._native import NewsprintError
from .warc import WarcPage, read_warc

__all__ = ["extract", "Extractor", "read_warc", "WarcPage", "NewsprintError", "SCHEMA_VERSION"]

SCHEMA_VERSION: int = _native.schema_version()

Html = Union[str, bytes]


class Extractor:
    """An extractor built once and reused: the site profiles it knows and the reference time
    ``now`` (RFC 3339, e.g. ``2024-07-22T15:40:00+02:00``) for relative dates."""

    def __init__(
        self,
        profiles_dir: Optional[str] = None,
        builtins: bool = True,
        now: Optional[str] = None,
    ) -> None:
        self._native = _native.Extractor(
            None if profiles_dir is None else str(profiles_dir), builtins, now
        )

    def extract(
        self, html: Html, url: Optional[str] = None, charset: Optional[str] = None
    ) -> Dict[str, Any]:
        """The record of one page. ``bytes`` go through the library's encoding detection
        (and gzip is decompressed), with ``charset`` (e.g. an HTTP header's, as
        ``read_warc`` gives it) used when the page declares none; ``str`` is taken as it is."""
        return json.loads(self._native.extract_json(html, url, charset))

    def extract_many(
        self, pages: Iterable[Any], jobs: Optional[int] = None
    ) -> List[Dict[str, Any]]:
        """The records of many pages, in order. ``pages`` holds ``(html, url)`` pairs, bare
        ``html``, dicts with ``html``, ``url`` (and ``charset``), or ``read_warc``'s pages. Runs without the GIL on ``jobs`` threads
        (all cores when ``None``). A page that cannot be read raises ``NewsprintError``."""
        results = self._native.extract_many_json([_page(p) for p in pages], jobs)
        records = []
        for ok, text in results:
            if not ok:
                raise NewsprintError(text)
            records.append(json.loads(text))
        return records

    def profile_ids(self) -> List[str]:
        """The ids of the site profiles this extractor knows."""
        return self._native.profile_ids()


def _page(page: Any) -> Tuple[Html, Optional[str], Optional[str]]:
    if isinstance(page, (str, bytes)):
        return page, None, None
    if isinstance(page, dict):
        return page["html"], page.get("url"), page.get("charset")
    if isinstance(page, WarcPage):
        return page.html, page.url, page.charset
    html, url = page
    return html, url, None


_default: Dict[Optional[str], Extractor] = {}


def extract(html: Html, url: Optional[str] = None, now: Optional[str] = None) -> Dict[str, Any]:
    """The record of one page with the built-in profiles: the same record as the command
    line's JSON for that page (``newsprint page.html --url URL --now NOW``)."""
    extractor = _default.get(now)
    if extractor is None:
        if len(_default) >= 8:
            _default.clear()
        extractor = _default.setdefault(now, Extractor(now=now))
    return extractor.extract(html, url)


