"""`briefing [PATH...]`: read the articles, then open the reader.

Articles are read before Textual starts, as `briefing annotate` reads them
(`annotate.collection.read_paths`): a folder stands for the articles in it,
in date order, and a saved web page for the article extracted from it
(extractions cached, `annotate.page_cache`). A path that cannot be read is
named in one line, and the reader opens on the others (saying which it
left out); when none can be read there is nothing to open: the lines go
to stderr and the exit status is 2, before the terminal is touched; so
it is without a terminal to draw on (one line, exit 2). `-`
reads an article from stdin, then takes the keys from the terminal. The
app module is imported only once there is something to show, and it
imports nothing heavy: the first paint never waits for spaCy.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from annotate.article import Article, ArticleError, article_from_bytes, shown
from annotate.collection import read_paths
from annotate.page_cache import read_article_cached
from seeds import sample_path

EXIT_NOTHING_TO_OPEN = EXIT_USAGE = 2


def read_some(paths: list[str]) -> tuple[list[Article], list[str]]:
    """The articles that can be read (a folder's in date order, in its
    place), and a line for each path that cannot."""

    def read(path: str | Path) -> Article:
        return read_stdin() if str(path) == "-" else read_article_cached(path)

    collection = read_paths(paths or [str(sample_path())], read=read)
    return list(collection.articles), [str(error) for error in collection.errors]


def read_stdin() -> Article:
    """An article piped in; the keys then come from the terminal."""
    if sys.stdin.isatty():
        raise ArticleError("-: nothing is piped in (try: cat ARTICLE.txt | briefing -)")
    raw = sys.stdin.buffer.read()
    try:
        terminal = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise ArticleError(
            "-: the reader needs a terminal for its keys; `briefing annotate -` prints "
            "the briefing of piped text instead"
        ) from None
    os.dup2(terminal, 0)
    os.close(terminal)
    return article_from_bytes(raw, None)


NO_TERMINAL = (
    "the reader needs a terminal to draw on and take keys from; "
    "`briefing annotate PATH` or `briefing export PATH` prints the briefing instead"
)


def has_terminal() -> bool:
    """Keys come from stdin and Textual draws on stderr: without a terminal on
    both (a script, cron, `2> log`), the reader would write its escape codes
    into a file and wait for keys that never come."""
    return os.isatty(0) and os.isatty(2)


def run(args: list[str]) -> int:
    """Open the reader on the paths in `args`; returns the exit status."""
    options = [a for a in args if a.startswith("-") and a != "-"]
    if options:
        sys.stderr.write(f"briefing: unknown option {shown(options[0])} (see briefing --help)\n")
        return EXIT_USAGE
    if any(not arg.strip() for arg in args):
        sys.stderr.write("briefing: '': an empty path names no file\n")
        return EXIT_USAGE
    if args.count("-") > 1:
        sys.stderr.write("briefing: - (stdin) can be given once\n")
        return EXIT_USAGE
    articles, problems = read_some(args)
    if not articles:
        for problem in problems:
            sys.stderr.write(f"briefing: {problem}\n")
        return EXIT_NOTHING_TO_OPEN
    if not has_terminal():
        sys.stderr.write(f"briefing: {NO_TERMINAL}\n")
        return EXIT_USAGE
    from tui.app import create_app

    app = create_app(articles, notices=tuple(f"Not opened: {p}" for p in problems))
    result = app.run()
    app.annotator.close()
    for problem in problems:  # said in the reader too; kept where the shell shows it
        sys.stderr.write(f"briefing: {problem}\n")
    return result if isinstance(result, int) else (app.return_code or 0)
