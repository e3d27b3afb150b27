"""The articles of a briefing: paths and folders read into `Article`s.

A folder stands for every article file in it (not in its subfolders), in
date order where the dates are known (saved web pages say when they were
published, a text article's dateline says it) and by name after them.
Hidden files, other kinds of file and the reader's own note exports
(`*.notes.md`) are passed over without a word; a folder with no article at
all is an error. A file that cannot be used gets its one-line
`ArticleError` and the others are still read.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotate.article import Article, ArticleError, read_article, shown
from annotate.incident_article_dates import dateline_date, dateline_end

if TYPE_CHECKING:
    from annotate.model import Briefing

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
NOTES_EXPORT_SUFFIX = ".notes.md"  # what the reader's `E` writes beside an article


@dataclass(frozen=True, slots=True)
class Collection:
    """Articles read from some paths, in the order to show them, each with its
    path as given (a folder's files as folder/name), and the errors (one line
    each) for the paths that could not be used."""

    articles: tuple[Article, ...]
    paths: tuple[str, ...]
    errors: tuple[ArticleError, ...]
    folders: int = 0  # how many of the paths given were folders


def is_article_file(name: str) -> bool:
    """Whether a file in a folder is taken as an article (by its name)."""
    lower = name.lower()
    return (
        not name.startswith(".")
        and lower.endswith(ARTICLE_SUFFIXES)
        and not lower.endswith(NOTES_EXPORT_SUFFIX)
    )


def folder_files(folder: Path) -> list[Path]:
    """The article files directly in a folder, by name; `ArticleError` when
    the folder cannot be listed or holds none."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except PermissionError:
        raise ArticleError(f"{shown(folder)}: permission denied") from None
    except OSError as error:
        raise ArticleError(f"{shown(folder)}: cannot be read ({error.strerror or error})") from None
    files = [Path(e.path) for e in entries if is_article_file(e.name) and _is_file(e)]
    if not files:
        raise ArticleError(
            f"{shown(folder)}: is a directory with no articles in it (.txt, .md or .html files)"
        )
    return files


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def dated(article: Article) -> Article:
    """A text article with no date of its own takes its dateline's ("KYIV,
    March 12, 2025 —", "Published: 4 October 2025"), the date the engine
    reads too. Only for an article with a dateline is `dateparser` loaded."""
    if article.date is not None or not dateline_end(article.text):
        return article
    return replace(article, date=dateline_date(article.text))


def in_date_order(articles: Iterable[Article]) -> list[Article]:
    """Dated articles oldest first, then the undated; by file name within a date."""
    return sorted(
        articles,
        key=lambda a: (a.date is None, a.date or dt.date.min, a.path.name if a.path else ""),
    )


def read_paths(
    paths: Iterable[str | Path],
    read: Callable[[str | Path], Article] = read_article,
) -> Collection:
    """Read every path; a folder's articles come in date order at its place.

    `read` reads one file (a caller may pass a caching reader); paths given
    one by one keep the order given.
    """
    found: list[tuple[str, Article]] = []
    errors: list[ArticleError] = []
    folders = 0
    for path in paths:
        if not (str(path).strip() and Path(path).is_dir()):
            try:
                found.append((str(path), read(path)))
            except ArticleError as error:
                errors.append(error)
            continue
        folders += 1
        try:
            files = folder_files(Path(path))
        except ArticleError as error:
            errors.append(error)
            continue
        inside = []
        for file in files:
            try:
                inside.append(read(file))
            except ArticleError as error:
                errors.append(error)
        found.extend((str(a.path), a) for a in in_date_order(map(dated, inside)))
    return Collection(
        articles=tuple(a for _, a in found),
        paths=tuple(p for p, _ in found),
        errors=tuple(errors),
        folders=folders,
    )


def annotate_articles(
    articles: Sequence[Article], nlp: Any = None, **options: Any
) -> Iterator[Briefing]:
    """Annotate articles with `annotate_texts`, each with its publication date.

    The one place the engine is given articles: each item is (text, title,
    published), and the engine resolves relative dates ("on Tuesday")
    against `published` (a page's date; else a dateline the engine reads).
    """
    from annotate.engine import annotate_texts

    yield from annotate_texts([(a.text, a.title, a.date) for a in articles], nlp, **options)
