"""Saved web pages: the article in them, as text, with its title, date, site,
URL and author.

Extraction is trafilatura's (with htmldate for the publication date): it
keeps the article body and drops navigation, footers, cookie banners,
related-article lists, scripts and styles. It works on the bytes given and
never fetches anything. A pure function of the page's bytes, so a caller may
cache by their hash.

The page is made safe before and after extraction: terminal escape sequences
are removed from the decoded HTML (so none is half-removed by the parser
and left as "[2J") and again from everything extracted (entities such as
`&#27;` decode to control characters). Paragraphs are separated by a blank
line, as in the text files the engine reads, and the title heads the text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from annotate.article import DECLARED, ArticleError, clean_text, decode_bytes, shown

# A body with no paragraph this long is a menu or a list of links, not an article.
MIN_PARAGRAPH_WORDS = 8
# Titles, site names and authors longer than this are page furniture gone wrong.
MAX_FIELD_CHARS = 300

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# WHATWG: pages labelled Latin-1 or ASCII are decoded as Windows-1252.
_AS_WINDOWS_1252 = {"iso8859-1", "latin-1", "ascii", "cp1252"}
_HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True, slots=True)
class WebPage:
    """What a saved page holds: the article text and what the page says about it."""

    text: str
    title: str | None
    date: dt.date | None
    site: str | None
    url: str | None
    author: str | None
    encoding: str
    removed_controls: int


def is_web_page(path: Path | str) -> bool:
    """Whether a file is read as a saved web page (by its name)."""
    return str(path).lower().endswith(_HTML_SUFFIXES)


def extract_page(raw: bytes, path: Path | None = None) -> WebPage:
    """The article in a saved page, or `ArticleError` when it holds none."""
    name = shown(path)
    if not raw.strip():
        raise ArticleError(f"{name}: is empty; there is no article text to read")
    html, encoding = decode_html(raw, name)
    html, removed = clean_text(html)
    document = _trafilatura(html)
    body = _paragraphs(document.text if document is not None else "")
    if not _has_article(body):
        raise ArticleError(f"{name}: no article text found in this web page")
    title = _field(document.title)
    body, removed_after = clean_text(body)
    if title and body.split("\n", 1)[0].strip() != title:
        body = f"{title}\n\n{body}"
    return WebPage(
        text=body,
        title=title,
        date=_date(document.date),
        site=_field(document.sitename),
        url=_field(document.url),
        author=_field(document.author),
        encoding=encoding,
        removed_controls=removed + removed_after,
    )


def decode_html(raw: bytes, name: str = "<input>") -> tuple[str, str]:
    """Decode a page: by its byte-order mark, else by the charset its `<meta>`
    declares, else as any article file (UTF-8, else Windows-1252)."""
    text, encoding = decode_bytes(raw, name)  # also refuses images and binaries
    if "byte-order mark" in encoding:
        return text, encoding
    declared = _declared_charset(raw[:4096])
    if declared is None or declared == "utf-8":
        return text, encoding
    try:
        html = raw.decode(declared).replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        return text, encoding
    return html, f"{declared} {DECLARED}"


def _declared_charset(head: bytes) -> str | None:
    match = _CHARSET.search(head)
    if match is None:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if codec in _AS_WINDOWS_1252 or codec.startswith("latin"):
        return "cp1252" if codec in _AS_WINDOWS_1252 else codec
    if codec.startswith(("utf-16", "utf-32")):  # declared, but the bytes had no BOM
        return None
    return codec


def _trafilatura(html: str):  # -> trafilatura.settings.Document | None
    import trafilatura  # a quarter of a second to import: only when a page is read

    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        # Dates from the page's markup (meta tags, <time>, the URL) only: a
        # search of the free text would take a date the story mentions.
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "max_date": dt.date.today().isoformat(),
        },
    )


def _paragraphs(text: str) -> str:
    """One paragraph per line, as trafilatura gives it, to paragraphs separated
    by a blank line, with blank and whitespace-only lines dropped."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


def _has_article(body: str) -> bool:
    return any(len(p.split()) >= MIN_PARAGRAPH_WORDS for p in body.split("\n\n"))


def _field(value: str | None) -> str | None:
    """A metadata value as one clean line, or None."""
    if not value:
        return None
    line = " ".join(clean_text(value)[0].split())
    if len(line) > MAX_FIELD_CHARS:
        line = line[: MAX_FIELD_CHARS - 1].rstrip() + "…"
    return line or None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
