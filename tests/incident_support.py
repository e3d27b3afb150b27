"""Shared helpers of the incident table tests: an article's incidents as the
engine gives them on a publication day, and an incident's toll in short."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from annotate.engine import annotate_text
from annotate.model import Incident


def events_on(published: dt.date) -> Callable[..., tuple[Incident, ...]]:
    """`events(nlp, text)`: the incidents of `text` published on that day."""

    def events(nlp, text: str) -> tuple[Incident, ...]:
        return annotate_text(text, nlp, published=published).incidents

    return events


def toll(event: Incident) -> tuple[int | None, int | None] | None:
    return None if event.toll is None else (event.toll.killed, event.toll.injured)
