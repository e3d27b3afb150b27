"""Extracted web pages on disk, keyed by the page's bytes, so a folder of
saved pages opens again at once.

Extraction costs about 10 ms a page (and trafilatura's import a tenth of a
second); hashing the bytes costs a twentieth of a millisecond. An entry is
the extracted `Article` as JSON under the SHA-256 of the page's bytes and the
extractor's version, in the user cache dir beside the briefings. An entry
that cannot be read is ignored and rewritten; a cache dir that cannot be
written only means no caching. Text files are read as they are (decoding
costs next to nothing).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from annotate.article import Article, article_from_bytes, read_article, read_bytes
from annotate.webpage import is_web_page

# Bump when `webpage.py` extracts differently, so cached pages are extracted anew.
EXTRACTION_VERSION = "1"


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefing")) / "pages"


@cache
def _extractor() -> str:
    try:
        return f"{EXTRACTION_VERSION}-{version('trafilatura')}-{version('htmldate')}"
    except PackageNotFoundError:
        return EXTRACTION_VERSION


def read_article_cached(path: str | Path, folder: Path | None = None) -> Article:
    """`read_article`, with saved web pages extracted once and then read
    from the cache; raises `ArticleError` as it does."""
    if not is_web_page(path):
        return read_article(path)
    raw = read_bytes(path)
    key = hashlib.sha256(raw + _extractor().encode()).hexdigest()
    entry = (folder or cache_dir()) / f"{key}.json"
    cached = _load(entry, Path(path))
    if cached is not None:
        return cached
    article = article_from_bytes(raw, Path(path))
    _store(entry, article)
    return article


def _load(entry: Path, path: Path) -> Article | None:
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
        return Article(
            text=data["text"],
            title=data["title"],
            path=path,
            encoding=data["encoding"],
            removed_controls=int(data["removed_controls"]),
            date=dt.date.fromisoformat(data["date"]) if data["date"] else None,
            site=data["site"],
            url=data["url"],
            author=data["author"],
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store(entry: Path, article: Article) -> None:
    data = {
        "text": article.text,
        "title": article.title,
        "encoding": article.encoding,
        "removed_controls": article.removed_controls,
        "date": article.date.isoformat() if article.date else None,
        "site": article.site,
        "url": article.url,
        "author": article.author,
    }
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{entry.name}.", dir=entry.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
        os.replace(tmp, entry)  # whole or not at all
    except OSError:
        Path(tmp).unlink(missing_ok=True)
