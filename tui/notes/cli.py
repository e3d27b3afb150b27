"""`briefing notes list|export`: the reader's notes from the command line.

Exit status: 0 done, 1 the article path cannot be read (and has no notes
stored under it), 2 bad usage. Errors are one line on stderr, never a
traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from tui.notes.export import BriefingNotes, group_by_briefing, to_json, to_markdown
from tui.notes.store import NotesStore

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors on one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefing notes",
        description="List and export the notes taken in the briefing reader.",
        epilog="exit status: 0 done, 1 the article cannot be read, 2 bad usage",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "list",
        help="briefings that have notes, with counts",
        description="List the briefings that have notes: count, title and article path.",
    )
    export = commands.add_parser(
        "export",
        help="print notes as Markdown or W3C Web Annotation JSON-LD",
        description="Print the notes of one article (or of every briefing) on stdout. "
        "Markdown: a heading per briefing, each passage as a block quote with its "
        "speaker, the note, tags and times. JSON: an array of W3C Web Annotations, "
        "each with a TextPositionSelector and a TextQuoteSelector.",
    )
    export.add_argument("path", nargs="?", metavar="PATH", help="article file (default: all)")
    export.add_argument(
        "--format",
        choices=("markdown", "json"),
        default="markdown",
        help="markdown (default) or json",
    )
    return parser


def run(argv: Sequence[str]) -> int:
    """Run `briefing notes …`; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        parser.error("choose a command: list or export")
    store = NotesStore()
    try:
        for notice in store.notices:
            _say(notice)
        if args.command == "list":
            return _list(store)
        return _export(store, args.path, args.format)
    finally:
        store.close()


def _list(store: NotesStore) -> int:
    groups = group_by_briefing(store.all_notes())
    if not groups:
        _say("no notes yet: press a in the reader to take one")
        return EXIT_OK
    for group in groups:
        count = len(group.notes)
        orphans = sum(note.orphaned for note in group.notes)
        extra = f" ({orphans} orphaned)" if orphans else ""
        where = group.path or "(no file)"
        counted = f"{count:>4} note{'s' if count != 1 else ' '}{extra}"
        sys.stdout.write(f"{counted}\t{_line(group.title)}\t{_line(where)}\n")
    return EXIT_OK


def _export(store: NotesStore, path: str | None, format_: str) -> int:
    if path is None:
        groups = group_by_briefing(store.all_notes())
    else:
        found = _notes_of(store, path)
        if found is None:
            return EXIT_UNREADABLE
        groups = found
    notes = [note for group in groups for note in group.notes]
    if not notes:
        _say("no notes" + (f" on {_line(path)}" if path else " yet"))
    sys.stdout.write(to_json(notes) if format_ == "json" else to_markdown(groups))
    return EXIT_OK


def _notes_of(store: NotesStore, path: str) -> list[BriefingNotes] | None:
    """The notes of the article at `path` (re-anchored to its current text);
    when the file is gone, the notes stored under that path; None (after
    saying why) when neither."""
    from annotate.article import ArticleError, read_article
    from annotate.model import text_sha256

    where = str(Path(path).resolve())
    try:
        article = read_article(path)
    except ArticleError as error:
        kept = [note for note in store.all_notes() if note.path == where]
        if not kept:
            _say(str(error))
            return None
        _say(f"{error}; exporting the notes saved for it")
        return group_by_briefing(kept)
    notes = store.notes_for(text_sha256(article.text), where, article.text)
    return [BriefingNotes(article.title, where, tuple(notes))] if notes else []


def _line(text: str) -> str:
    from tui.safe_text import display_line

    return display_line(text)


def _say(message: str) -> None:
    sys.stderr.write(f"briefing notes: {_line(message)}\n")
