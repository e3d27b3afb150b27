"""`briefing annotate PATH... [--format json|markdown] [--jobs N] [--merge]`: the engine,
headless.

A path is an article file (text, Markdown, a saved web page) or a folder of
them. A path that cannot be read (missing, binary, empty, unreadable, a page
with no article, a folder with no articles) gets one line on stderr; the
other paths are still annotated, and the exit status says something went
wrong. A step of the engine that fails on one article (a bug) gets one line
on stderr naming the article and the step; the briefing is printed with what
the other steps found and a `warnings` entry, and the run goes on (the exit
status is unchanged). `--merge` prints one briefing of all the articles
(`briefing-set/1`). Exit status: 0 all annotated, 1 some path could not be
read, 2 bad usage, 3 no spaCy pipeline installed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from annotate.article import (
    Article,
    article_from_bytes,
    clean_text,
    read_article,
    shown,
)
from annotate.collection import annotate_articles, read_paths
from annotate.merge import merge_briefings, set_article
from annotate.model import Briefing, BriefingSet

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, EXIT_NO_PIPELINE = 0, 1, 2, 3

STDIN = "-"

# In the human-readable summary, bidirectional controls could reorder what the
# terminal shows; they become U+FFFD there (JSON keeps the text exact).
_BIDI_SHOWN = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)], "\ufffd"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing annotate",
        description="Annotate articles and print their briefings. One path prints one "
        "JSON object; several print JSON Lines, one object per path in order, each with "
        "a 'path' field. A path that cannot be read is reported on stderr and skipped.",
        epilog="exit status: 0 all annotated, 1 some path could not be read, "
        "2 bad usage, 3 no spaCy pipeline installed",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (text, Markdown or saved web pages .html/.htm), or folders of "
        "them (every article in the folder, in date order); - reads stdin",
    )
    parser.add_argument(
        "--format",
        choices=("json", "markdown"),
        default="json",
        help="JSON (default) or a readable Markdown summary",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes, each loading the pipeline once (default 1; 0: one per CPU)",
    )
    parser.add_argument(
        "--merge",
        action="store_true",
        help="print one briefing of all the articles (JSON schema briefing-set/1): actors, "
        "events, positions and who is quoted, across the articles",
    )
    parser.add_argument(
        "--all-incidents",
        action="store_true",
        help="list every incident found, also those the engine is not sure are events of "
        "their own (by default they are left out)",
    )
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return jobs or os.cpu_count() or 1


def run(argv: Sequence[str]) -> int:
    """Run the subcommand; returns the process exit code."""
    args = build_parser().parse_args(argv)
    collection = read_paths(args.paths, read=_read)
    for error in collection.errors:
        _say(str(error))
    for article in collection.articles:
        for note in article.notes:
            _say(f"note: {note}")
    articles = list(zip(collection.paths, collection.articles, strict=True))
    status = EXIT_UNREADABLE if collection.errors else EXIT_OK
    if not articles:
        return status
    several = len(args.paths) > 1 or collection.folders > 0

    from annotate.pipeline import PipelineMissing, load_pipeline, pipeline_name

    try:
        nlp = None
        if args.jobs == 1:
            nlp = load_pipeline()
        else:
            pipeline_name()  # fail early; each worker loads the pipeline itself
    except PipelineMissing as error:
        _say(str(error))
        return EXIT_NO_PIPELINE
    progress = ProgressLine(sys.stderr, len(articles))
    try:
        briefings = annotate_articles(
            [a for _, a in articles],
            nlp,
            jobs=args.jobs,
            progress=progress.characters,
            all_incidents=args.all_incidents,
        )
        done = []
        for n, ((path, article), briefing) in enumerate(zip(articles, briefings, strict=True), 1):
            if args.merge:
                done.append(set_article(article, briefing, _json_path(path)))
            else:
                progress.clear()
                _write(briefing, path, args.format, several=several, first=n == 1)
            for warning in briefing.warnings:  # one step failed; the rest is there
                progress.clear()
                _say(f"{shown(path)}: {warning.component} failed: {shown(warning.message)}")
            progress.files(n)
        if args.merge:
            progress.clear()
            _write_set(merge_briefings(done), args.format)
    except PipelineMissing as error:  # raised by a worker process
        progress.clear()
        _say(str(error))
        return EXIT_NO_PIPELINE
    except BaseException:
        progress.clear()
        raise
    progress.finish()
    return status


def _read(path: str | Path) -> Article:
    if str(path) == STDIN:
        return article_from_bytes(sys.stdin.buffer.read(), Path(STDIN))
    return read_article(path)


def _say(message: str) -> None:
    print(f"briefing: {message}", file=sys.stderr, flush=True)


def _write(briefing: Briefing, path: str, form: str, *, several: bool, first: bool) -> None:
    """Print one briefing in the chosen form; nothing on stdout can drive the terminal."""
    out = sys.stdout
    if form == "markdown":
        from annotate.markdown import briefing_markdown

        text = clean_text(briefing_markdown(briefing, shown(path)))[0].translate(_BIDI_SHOWN)
        out.write(text if first or not several else "\n---\n\n" + text)
    elif not several:
        out.write(json.dumps(briefing.to_dict(), ensure_ascii=_ascii_only(out), indent=2) + "\n")
    else:
        record = {"path": _json_path(path), **briefing.to_dict()}
        out.write(json.dumps(record, ensure_ascii=_ascii_only(out)) + "\n")
    out.flush()


def _write_set(merged: BriefingSet, form: str) -> None:
    """Print the merged briefing: one JSON object, or the Markdown report."""
    out = sys.stdout
    if form == "markdown":
        from annotate.report import report_markdown

        out.write(clean_text(report_markdown(merged))[0].translate(_BIDI_SHOWN))
    else:
        out.write(json.dumps(merged.to_dict(), ensure_ascii=_ascii_only(out), indent=2) + "\n")
    out.flush()


def _ascii_only(stream: TextIO) -> bool:
    """Escape non-ASCII in JSON when stdout cannot encode all of Unicode."""
    return (getattr(stream, "encoding", None) or "").lower().replace("-", "") != "utf8"


def _json_path(path: str) -> str:
    """The path as given, with bytes that are not UTF-8 replaced (JSON is text)."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class ProgressLine:
    """Progress on stderr once a run takes longer than a moment.

    On a terminal, one line rewritten in place ("annotating 12/40 files,
    30%"); otherwise (a log file, CI) a plain line every `every` seconds.
    Nothing is shown for runs shorter than `delay` seconds.
    """

    def __init__(
        self,
        stream: TextIO,
        total_files: int,
        *,
        delay: float = 1.0,
        every: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream, self.total_files = stream, total_files
        self.delay, self.every, self.clock = delay, every, clock
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.started = clock()
        self.done_files, self.percent = 0, 0
        self.last_shown: float | None = None
        self.on_screen = False  # a TTY line that must be cleared before other output

    def characters(self, done: int, total: int) -> None:
        """Engine callback: characters annotated so far, of `total`."""
        self.percent = min(100, done * 100 // total) if total else 100
        if done < total:  # at the end, the output itself says it is done
            self._show()

    def files(self, done: int) -> None:
        """Files finished (and printed) so far."""
        self.done_files = done
        self._show()

    def message(self) -> str:
        if self.total_files == 1:
            return f"annotating 1 file, {self.percent}%"
        return f"annotating {self.done_files}/{self.total_files} files, {self.percent}%"

    def _show(self) -> None:
        now = self.clock()
        if now - self.started < self.delay or self.done_files >= self.total_files:
            return
        if self.tty:
            if self.last_shown is None or now - self.last_shown >= 0.1:
                self.stream.write(f"\r{self.message()}\x1b[K")
                self.stream.flush()
                self.on_screen, self.last_shown = True, now
        elif self.last_shown is None or now - self.last_shown >= self.every:
            self.stream.write(self.message() + "\n")
            self.stream.flush()
            self.last_shown = now

    def clear(self) -> None:
        """Remove the TTY line so other output starts on a clean line."""
        if self.on_screen:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.on_screen = False

    def finish(self) -> None:
        """Clear the TTY line; in a log, end with a summary if progress was shown."""
        self.clear()
        if not self.tty and self.last_shown is not None:
            self.stream.write(f"annotated {self.done_files}/{self.total_files} files\n")
            self.stream.flush()
