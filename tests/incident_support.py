"""Shared helpers of the incident table tests: an article's incidents (or
its one incident's culprit) as the engine gives them on a publication day,
and an incident's toll in short."""

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


def found_on(published: dt.date) -> Callable[..., tuple[Incident, ...]]:
    """`found(nlp, text)`: every incident the rules find in `text`, also those
    the confidence model would leave out of the panel (`all_incidents`). For
    specs of what the rules find and keep apart; which of them are listed is
    specified in test_incident_confidence.py."""

    def found(nlp, text: str) -> tuple[Incident, ...]:
        return annotate_text(text, nlp, published=published, all_incidents=True).incidents

    return found


def only_on(published: dt.date) -> Callable[..., Incident]:
    """`only(nlp, text)`: the one incident of `text` published on that day;
    the text must tell exactly one."""
    events = events_on(published)

    def only(nlp, text: str) -> Incident:
        found = events(nlp, text)
        assert len(found) == 1, [i.text for i in found]
        return found[0]

    return only


def culprit_on(published: dt.date) -> Callable[..., str | None]:
    """`culprit(nlp, text)`: the name of the one incident's perpetrator, or
    None; the text must tell exactly one incident."""

    def culprit(nlp, text: str) -> str | None:
        briefing = annotate_text(text, nlp, published=published)
        names = {a.id: a.name for a in briefing.actors}
        found = briefing.incidents
        assert len(found) == 1, [i.text for i in found]
        return names.get(found[0].perpetrator) if found[0].perpetrator else None

    return culprit


def toll(event: Incident) -> tuple[int | None, int | None] | None:
    return None if event.toll is None else (event.toll.killed, event.toll.injured)
