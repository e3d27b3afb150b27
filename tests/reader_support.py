"""Helpers for the reader's Pilot tests: articles from text, a reader over
fixed briefings (through the annotator seam, so a test controls exactly
what the reader gets and no engine runs), and waiting for annotation."""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from textual.command import CommandList, CommandPalette

from annotate.annotator import AnnotationCancelled, AnnotationFailed, PipelineMissing, Progress
from annotate.article import Article, read_article
from annotate.model import Briefing, text_sha256
from tui.app import BriefingApp, create_app

DONE = ("ready", "missing", "failed")


class FixedAnnotator:
    """Hands the reader the briefings it was given (by text), an empty
    briefing for any other text; or, with `missing` or `failed`, says so.
    With `hold`, each annotation waits at half way until `release()`."""

    def __init__(
        self,
        *briefings: Briefing,
        hold: bool = False,
        missing: str | None = None,
        failed: str | None = None,
    ) -> None:
        self.briefings = {b.text_sha256: b for b in briefings}
        self.missing = missing
        self.failed = failed
        self.calls: list[str] = []
        self.closed = False
        self._gate = threading.Event()
        if not hold:
            self._gate.set()

    def annotate(
        self, text: str, title: str, progress: Progress, published: object = None
    ) -> Briefing:
        self.calls.append(title)
        progress(None)
        if self.missing is not None:
            raise PipelineMissing(f"{self.missing}: the whole story", short=self.missing)
        progress(0.5)
        self._gate.wait(30)
        if self.closed:
            raise AnnotationCancelled
        if self.failed is not None:
            raise AnnotationFailed(self.failed)
        sha = text_sha256(text)
        return self.briefings.get(sha) or Briefing(title=title, text_sha256=sha)

    def release(self) -> None:
        self._gate.set()

    def close(self) -> None:
        self.closed = True
        self._gate.set()


def write_article(folder: Path, name: str, text: str) -> Article:
    """An article file read the way `briefing PATH` reads it."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return read_article(path)


def reader_app(articles: list[Article], *briefings: Briefing, **options) -> BriefingApp:
    """The reader on these articles, over fixed briefings (`options` go to
    `FixedAnnotator`, or are `theme=`, `notices=`, `annotator=` or
    `overview=`: False opens several articles on the reader, not the overview)."""
    theme = options.pop("theme", None)
    notices = options.pop("notices", ())
    overview = options.pop("overview", True)
    annotator = options.pop("annotator", None) or FixedAnnotator(*briefings, **options)
    return create_app(
        articles,
        annotator=annotator,
        theme=theme,
        remember_theme=False,
        notices=notices,
        overview=overview,
    )


def cache_briefing(briefing: Briefing) -> None:
    """Put a briefing in the annotation cache under the current engine
    version and pipeline, as if the engine had produced it (for a reader
    in another process, which uses the real annotator)."""
    from annotate import cache
    from annotate.engine import ENGINE_VERSION
    from annotate.pipeline import pipeline_name

    assert cache.store(replace(briefing, engine=ENGINE_VERSION), pipeline_name()) is not None


async def until(
    pilot, holds: Callable[[], bool], what: str | Callable[[], str], timeout: float = 5.0
) -> None:
    """Wait in short steps until `holds()` is true, so a test waits as long
    as the app takes and no longer; fail saying `what` (or what it returns
    then) if it never comes."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not holds():
        if loop.time() >= deadline:
            raise AssertionError(f"{what() if callable(what) else what} (waited {timeout:g} s)")
        await pilot.pause(0.02)
    await pilot.pause()


async def wait_annotated(pilot, timeout: float = 120.0) -> None:
    """Wait until the open article is annotated (or annotation gave up)."""
    screen = pilot.app.reader
    await until(
        pilot,
        lambda: screen.doc.state in DONE,
        lambda: f"annotation still {screen.doc.state}",
        timeout,
    )


async def wait_merged(pilot, done: int = 3, timeout: float = 20.0):
    """The overview screen, once `done` articles are annotated and merged."""
    overview = pilot.app.get_screen("overview")

    def merged() -> bool:
        shown = overview.overview
        return (
            shown is not None
            and shown.merged is not None
            and len(shown.numbers) >= done
            and not overview._merging  # noqa: SLF001
        )

    await until(pilot, merged, "the overview was never merged", timeout)
    return overview


def palette_offers(app: BriefingApp, title: str) -> bool:
    """Whether the open command palette has finished searching and would
    run `title` on Enter (it searches in a worker after each key)."""
    palette = app.screen
    if not isinstance(palette, CommandPalette):
        return False
    searching = any(
        worker.group == CommandPalette._GATHER_COMMANDS_GROUP  # noqa: SLF001
        and not worker.is_finished
        for worker in app.workers
    )
    options = palette.query_one(CommandList)
    top = options.highlighted_option
    return not searching and top is not None and str(top.prompt).startswith(title)


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    found = list(re.finditer(re.escape(part), text))[nth]
    return found.start(), found.end()


def screen_strips(app: BriefingApp) -> list:
    """The strips of the whole screen as the terminal would get them."""
    return app.screen._compositor.render_strips()  # noqa: SLF001


def screen_text(app: BriefingApp) -> str:
    """Everything on the screen now, as plain text lines."""
    return "\n".join("".join(segment.text for segment in strip) for strip in screen_strips(app))


def said(app: BriefingApp) -> str:
    """The reader's short message now (on the detail strip's rule)."""
    return app.reader.query_one("#detail").message


def notified(app: BriefingApp) -> list[str]:
    """Every notice so far (the log `m` lists)."""
    return [n.text for n in app.notices.all]
