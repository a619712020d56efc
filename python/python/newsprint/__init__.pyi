"""Type stubs of newsprint: the record as TypedDicts, so that editors complete field names."""

import os
from typing import Any, Dict, Iterable, Iterator, List, Literal, Optional, Tuple, TypedDict, Union

SCHEMA_VERSION: int

Html = Union[str, bytes]

class NewsprintError(ValueError):
    """A bad profile, page or argument; the message is the library's."""

class Timestamp(TypedDict):
    iso: str
    precision: Literal["day", "hour", "minute", "second"]
    offset_source: Literal["stated", "profile", "inferred", "reference", "unknown"]
    raw: str

class _DatelineRequired(TypedDict):
    raw: str

class Dateline(_DatelineRequired, total=False):
    place: str
    agency: str

class _AuthorRequired(TypedDict):
    name: str
    kind: Literal["person", "organization", "agency"]

class Author(_AuthorRequired, total=False):
    url: str
    role: str

class _BlockRequired(TypedDict):
    kind: Literal["paragraph", "heading", "list_item", "quote", "preformatted"]
    text: str

class Block(_BlockRequired, total=False):
    level: int
    number: int

class _ImageRequired(TypedDict):
    url: str

class Image(_ImageRequired, total=False):
    caption: str
    credit: str

class Publisher(TypedDict, total=False):
    name: str
    legal_name: str
    tagline: str
    editor: str
    registration: str
    address: str
    email: str
    phone: str
    url: str
    logo: str
    copyright: str

class _ProfileRefRequired(TypedDict):
    id: str

class ProfileRef(_ProfileRefRequired, total=False):
    version: str

class _ProvenanceRequired(TypedDict):
    source: str
    confidence: float

class Provenance(_ProvenanceRequired, total=False):
    path: str
    raw: str

class Article(TypedDict, total=False):
    """The record: absent values are left out, as in the command line's JSON."""

    schema_version: int
    headline: str
    description: str
    published: Timestamp
    modified: Timestamp
    dateline: Dateline
    authors: List[Author]
    byline: str
    body: List[Block]
    tags: List[str]
    keywords: List[str]
    section: List[str]
    language: str
    canonical_url: str
    image: Image
    site_name: str
    publisher: Publisher
    profile: ProfileRef
    provenance: Dict[str, Provenance]
    warnings: List[str]

class PageDict(TypedDict, total=False):
    html: Html
    url: Optional[str]
    charset: Optional[str]

class WarcPage(Tuple[Optional[str], bytes, Optional[str]]):
    """``(url, html, fetched_at)``; ``charset`` is the HTTP Content-Type's charset."""

    url: Optional[str]
    html: bytes
    fetched_at: Optional[str]
    charset: Optional[str]

Page = Union[Html, Tuple[Html, Optional[str]], PageDict, WarcPage]

class Extractor:
    def __init__(
        self,
        profiles_dir: Optional[Union[str, os.PathLike[str]]] = None,
        builtins: bool = True,
        now: Optional[str] = None,
    ) -> None: ...
    def extract(
        self, html: Html, url: Optional[str] = None, charset: Optional[str] = None
    ) -> Article: ...
    def extract_many(self, pages: Iterable[Page], jobs: Optional[int] = None) -> List[Article]: ...
    def profile_ids(self) -> List[str]: ...

def extract(html: Html, url: Optional[str] = None, now: Optional[str] = None) -> Article: ...
def read_warc(
    path: Union[str, os.PathLike[str]], max_page_bytes: int = ...
) -> Iterator[WarcPage]: ...
