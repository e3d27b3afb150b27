"""An event told with a clock time alone takes the day of the sentence
before: "The base was busy on Monday evening. At about 9 p.m., two drones
flew over it": Monday. Only the sentence right before, only when it names
one day and the event's own sentence names none."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from annotate.incident_dates import is_point, is_relative, normalise_date
from annotate.incident_update_days import clock_only
from annotate.model import DateRef

_CLOCK = re.compile(
    r"^(?:(?:at|about|around|shortly|just|after|before|some|roughly|approximately)\s+)*"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h|hrs)|\d{1,2}[:.]\d\d|midnight|noon)$",
    re.IGNORECASE,
)


def _times(sent: Span) -> list[Span]:
    return [e for e in sent.ents if e.label_ in ("DATE", "TIME")]


def clock_day(head: Token, reference: dt.date | None) -> DateRef | None:
    """The day the sentence before names, for an event whose sentence tells
    only its hour; None otherwise."""
    sent = head.sent
    times = _times(sent)
    if times and not all(_CLOCK.match(e.text.strip()) for e in times):
        return None
    if not times and not clock_only(sent):
        return None  # "At 10:20", tagged as a number
    if sent.start == 0:
        return None
    before = head.doc[sent.start - 1].sent
    if "\n\n" in head.doc[before.end - 1 : sent.start + 1].text_with_ws:
        return None  # another paragraph
    days = [
        e
        for e in _times(before)
        if e.label_ == "DATE" and is_point(e.text) and not is_relative(e.text)
    ]
    if len(days) != 1:
        return None
    iso = normalise_date(days[0].text, reference)
    return DateRef(days[0].text, iso) if iso and len(iso) == 10 else None
