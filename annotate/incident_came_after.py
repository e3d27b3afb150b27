"""An event dated by another: "The shooting came two days after a fire at a
substation outside X". The fire is an event of its own, dated the interval
before (or after) the day of the event the sentence's subject names."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from annotate.incident_mention import Event
from annotate.model import DateRef

_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_HAPPEN = frozenset({"come", "happen", "occur", "follow", "take"})


def _interval(prep: Token) -> int | None:
    """Days of "two days" / "a week" measuring an "after"/"before" phrase."""
    for unit in (c for c in prep.children if c.dep_ == "npadvmod"):
        per = _UNITS.get(unit.lower_)
        counts = [c for c in unit.children if c.dep_ in ("nummod", "det")]
        if per is None or len(counts) != 1:
            continue
        word = counts[0].lower_
        n = int(word) if word.isdigit() else _NUMBERS.get(word)
        if n is not None:
            return n * per
    return None


def _day(event: Event) -> dt.date | None:
    days = {m.date.iso for m in event.mentions if m.date and m.date.iso and len(m.date.iso) == 10}
    return dt.date.fromisoformat(days.pop()) if len(days) == 1 else None


def date_by_interval(events: list[Event]) -> None:
    """Date each undated event told as "N days after/before" another one,
    itself dated to the day, that the sentence's subject names."""
    by_head = {m.head.i: e for e in events for m in e.mentions}
    for event in events:
        if any(m.date for m in event.mentions):
            continue
        for m in event.mentions:
            prep = m.head.head
            if m.head.dep_ != "pobj" or prep.lower_ not in ("after", "before"):
                continue
            verb = prep.head
            if verb.lemma_.lower() not in _HAPPEN or (days := _interval(prep)) is None:
                continue
            subjects = [by_head.get(c.i) for c in verb.children if c.dep_ == "nsubj"]
            other = next((e for e in subjects if e is not None and e is not event), None)
            day = _day(other) if other is not None else None
            if day is None:
                continue
            sign = -1 if prep.lower_ == "after" else 1
            words = m.head.doc[prep.left_edge.i : prep.i + 1].text
            m.date = DateRef(text=words, iso=(day + dt.timedelta(days=sign * days)).isoformat())
            m.date_own = True
            break


def measured_from(head: Token, heads: frozenset[int]) -> bool:
    """`head` is the event a sentence's subject, another incident, is told
    as coming "N days after" or "before": never that event itself."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("after", "before") or _interval(prep) is None:
        return False
    verb = prep.head
    return verb.lemma_.lower() in _HAPPEN and any(
        c.dep_ == "nsubj" and c.i in heads and c.i != head.i for c in verb.children
    )
