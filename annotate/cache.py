"""Annotation cache: a briefing as JSON, keyed by the article's text hash,
the engine version, the pipeline and the publication date the engine was
given (a page's date changes its incident dates), in the platformdirs user
cache dir.

Reopening an article is then instant. A cache entry that cannot be read or
parsed, or that belongs to other text, is ignored (and replaced by the next
store); a cache dir that cannot be written only means no caching.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from annotate.atomic_file import write_text_file
from annotate.model import Briefing


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefing")) / "briefings"


def cache_path(
    text_sha256: str,
    engine: str,
    pipeline: str,
    folder: Path | None = None,
    published: dt.date | None = None,
) -> Path:
    """The file a briefing is cached in."""
    folder = cache_dir() if folder is None else folder
    key = f"{engine}\0{pipeline}" + (f"\0{published.isoformat()}" if published else "")
    tag = hashlib.sha256(key.encode()).hexdigest()[:16]
    return folder / f"{text_sha256}-{tag}.json"


def load_cached(
    text_sha256: str,
    engine: str,
    pipeline: str,
    text_length: int,
    folder: Path | None = None,
    published: dt.date | None = None,
) -> Briefing | None:
    """The cached briefing, or None when there is no usable entry."""
    path = cache_path(text_sha256, engine, pipeline, folder, published)
    try:
        raw = path.read_text(encoding="utf-8")
        briefing = Briefing.from_json(raw)
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return None  # corrupt or foreign: rebuilt and overwritten on store
    if briefing.text_sha256 != text_sha256 or briefing.engine != engine:
        return None
    if not offsets_fit(briefing, text_length):
        return None
    return briefing


def offsets_fit(briefing: Briefing, text_length: int) -> bool:
    """Whether every record's offsets lie inside a text of this length."""
    spans = [
        *((m.start, m.end) for a in briefing.actors for m in a.mentions),
        *((r.start, r.end) for r in (*briefing.quotes, *briefing.claims, *briefing.incidents)),
    ]
    return all(0 <= start <= end <= text_length for start, end in spans)


def store(
    briefing: Briefing,
    pipeline: str,
    folder: Path | None = None,
    published: dt.date | None = None,
) -> Path | None:
    """Cache a briefing atomically; None when the cache dir is not writable."""
    path = cache_path(briefing.text_sha256, briefing.engine, pipeline, folder, published)
    try:
        write_text_file(path, briefing.to_json(indent=None))
    except OSError:
        return None
    return path
