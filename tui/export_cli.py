"""`briefing export PATH... [--format markdown|html] [-o FILE]`: the whole
briefing of these articles as one report, with the reader's notes.

Articles (files, saved pages, folders) are read as by `briefing annotate`;
briefings come from the reader's cache where it has them and are annotated
(and cached) where not; the report is the merged briefing with the notes of
every article. Exit status: 0 written, 1 some path could not be read (the
report covers the others), 2 bad usage or the output file cannot be
written, 3 no spaCy pipeline installed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from annotate.article import Article, shown
from annotate.model import Briefing
from annotate.report import ReportNote

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, EXIT_NO_PIPELINE = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    """Usage errors are one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USAGE, f"usage: {self.format_usage().split(': ', 1)[1]}briefing: {message}\n"
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefing export",
        description="Write the briefing of these articles as one report: the articles, who "
        "is quoted, positions by side with quotes and sources, the incident timeline, the "
        "actors and your notes.",
        epilog="exit status: 0 written, 1 some path could not be read, 2 bad usage or "
        "the output cannot be written, 3 no spaCy pipeline installed",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files, saved web pages or folders"
    )
    parser.add_argument(
        "--format",
        choices=("markdown", "html"),
        default="markdown",
        help="Markdown (default) or one self-contained HTML file",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the report here (default: stdout)"
    )
    return parser


def run(argv: Sequence[str]) -> int:
    """Run the subcommand; returns the process exit code."""
    args = build_parser().parse_args(argv)
    from annotate.collection import read_paths
    from annotate.merge import merge_briefings, set_article
    from annotate.page_cache import read_article_cached
    from annotate.pipeline import PipelineMissing

    collection = read_paths(args.paths, read=read_article_cached)
    for error in collection.errors:
        _say(str(error))
    status = EXIT_UNREADABLE if collection.errors else EXIT_OK
    if not collection.articles:
        return status
    try:
        briefings = briefings_for(collection.articles)
    except PipelineMissing as error:
        _say(str(error))
        return EXIT_NO_PIPELINE
    merged = merge_briefings(
        [
            set_article(a, b, p)
            for a, b, p in zip(collection.articles, briefings, collection.paths, strict=True)
        ]
    )
    notes = [note for n, article in enumerate(collection.articles) for note in notes_of(n, article)]
    if args.format == "html":
        from annotate.report_html import report_html

        report = report_html(merged, notes)
    else:
        from annotate.report import report_markdown

        report = report_markdown(merged, notes)
    protected = [a.path for a in collection.articles if a.path is not None]
    return _write(report, args.output, protected) or status


def briefings_for(articles: Sequence[Article]) -> list[Briefing]:
    """Each article's briefing: from the reader's cache, else annotated now
    (and cached for the reader)."""
    from annotate import cache
    from annotate.collection import annotate_articles
    from annotate.engine import ENGINE_VERSION
    from annotate.model import text_sha256
    from annotate.pipeline import pipeline_name

    name = pipeline_name()
    found: list[Briefing | None] = [
        cache.load_cached(text_sha256(a.text), ENGINE_VERSION, name, len(a.text), published=a.date)
        for a in articles
    ]
    missing = [n for n, b in enumerate(found) if b is None]
    if missing:
        fresh = annotate_articles([articles[n] for n in missing])
        for n, briefing in zip(missing, fresh, strict=True):
            cache.store(briefing, name, published=articles[n].date)
            found[n] = briefing
    return [b for b in found if b is not None]


def notes_of(article_index: int, article: Article) -> list[ReportNote]:
    """The reader's notes on one article, as the report shows them.

    The one place export reads the notes store: the notes made on this text
    or at this path, re-anchored to the text as it is now.
    """
    from annotate.model import text_sha256
    from tui.notes.store import NotesStore

    where = str(article.path.resolve()) if article.path else None
    store = NotesStore()
    return [
        ReportNote(
            article=article_index,
            passage=note.passage,
            body=note.body,
            tags=note.tags,
            speaker=note.speaker,
            orphaned=note.orphaned,
            created=note.created,
        )
        for note in store.notes_for(text_sha256(article.text), where, article.text)
    ]


def _write(report: str, output: str | None, articles: Sequence[Path]) -> int:
    """Print the report, or write it to `output` (never over an article)."""
    if output is None or output == "-":
        sys.stdout.write(report)
        sys.stdout.flush()
        return EXIT_OK
    from annotate.atomic_file import write_text_file

    target = Path(output).resolve()
    if Path(output).is_dir() or any(target == p.resolve() for p in articles):
        what = "a folder" if Path(output).is_dir() else "one of the articles"
        _say(f"{shown(output)}: is {what}; choose another file for the report")
        return EXIT_USAGE
    try:
        write_text_file(Path(output), report)
    except OSError as error:
        _say(f"{shown(output)}: cannot be written ({error.strerror or error})")
        return EXIT_USAGE
    return EXIT_OK


def _say(message: str) -> None:
    print(f"briefing: {message}", file=sys.stderr, flush=True)
