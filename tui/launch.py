"""`briefing [PATH...]`: read the articles, then open the reader.

Articles are read (and any bad one refused with a one-line error and exit
status 2) before Textual starts, so an error never leaves the terminal in
an odd state. The app module is imported only then, and it imports nothing
heavy: the first paint never waits for spaCy.
"""

from __future__ import annotations

import sys

from annotate.article import Article, ArticleError, read_article, shown
from seeds import sample_path


def read_all(paths: list[str]) -> list[Article]:
    """The articles to open (the bundled sample when no path is given)."""
    return [read_article(path) for path in (paths or [str(sample_path())])]


def run(paths: list[str]) -> int:
    """Open the reader on `paths`; returns the exit status."""
    options = [p for p in paths if p.startswith("-") and p != "-"]
    if options:
        sys.stderr.write(f"briefing: unknown option {shown(options[0])} (see briefing --help)\n")
        return 2
    try:
        articles = read_all(paths)
    except ArticleError as error:
        sys.stderr.write(f"briefing: {error}\n")
        return 2
    from tui.app import BriefingApp

    app = BriefingApp(articles)
    result = app.run()
    return result if isinstance(result, int) else (app.return_code or 0)
