"""Helpers for the reader's Pilot tests: articles from text, briefings put
in the annotation cache (so a test controls exactly what the app gets), and
waiting for annotation to finish."""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace
from pathlib import Path

from annotate.article import Article, read_article
from annotate.model import Briefing
from tui.app import BriefingApp

DONE = ("ready", "missing", "failed")


def write_article(folder: Path, name: str, text: str) -> Article:
    """An article file read the way `briefing PATH` reads it."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return read_article(path)


def cache_briefing(briefing: Briefing) -> None:
    """Put a briefing in the annotation cache under the current engine
    version and pipeline, as if the engine had produced it."""
    from annotate.engine import ENGINE_VERSION
    from annotate.pipeline import pipeline_name
    from tui import cache

    assert cache.store(replace(briefing, engine=ENGINE_VERSION), pipeline_name()) is not None


async def wait_annotated(pilot, timeout: float = 120.0) -> None:
    """Wait until the open article is annotated (or annotation gave up)."""
    app: BriefingApp = pilot.app
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while app.doc.state not in DONE:
        assert loop.time() < deadline, f"annotation still {app.doc.state}"
        await pilot.pause(0.05)
    await pilot.pause()


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    found = list(re.finditer(re.escape(part), text))[nth]
    return found.start(), found.end()


def screen_strips(app: BriefingApp) -> list:
    """The strips of the whole screen as the terminal would get them."""
    return app.screen._compositor.render_strips()  # noqa: SLF001


def screen_text(app: BriefingApp) -> str:
    """Everything on the screen now, as plain text lines."""
    return "\n".join("".join(segment.text for segment in strip) for strip in screen_strips(app))
