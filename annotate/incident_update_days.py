"""An event told with a clock time alone ("At 10:20 Russian forces dropped a
guided bomb on ...", "At about 15:30 the enemy struck ...") in a dated
update: the update's day. That is the last line above the event that is a
day alone ("22 October", "Operational update, Wednesday 22 October"), or,
in an update telling its events by their hours (two clock times at least)
and naming no day before the event, the article's own date. A
day told before the event in the text dates it instead (`incident_clock`).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from annotate.incident_dates import MONTH, is_point, normalise_date
from annotate.incident_mention import Event
from annotate.incident_same_attack import same_attack_days
from annotate.model import DateRef
from annotate.parse_spans import doc_text, span_text

# A clock time the event's sentence tells, tagged or not: "At 10:20", "at about 15.30".
CLOCK_TOLD = re.compile(
    r"\b(?:at|from|around|about|shortly\s+after|after|before|by)\s+"
    r"(?:(?:about|around|approximately|roughly)\s+)?"
    r"(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?![\d.:]*\d)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The page's own date, never an update's day.
_PUBLISHED = re.compile(r"\b(?:published|updated|posted|filed)\b", re.IGNORECASE)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
_DAY_LINE = re.compile(
    rf"^[ \t]*(?:[^\n.!?]{{0,60}}?[,:–—-][ \t]*)?(?:{_WEEKDAY})?"
    rf"(?P<day>\d{{1,2}}\s+{MONTH}(?:,?\s+(?:19|20)\d\d)?|{MONTH}\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?)"
    r"[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def clock_only(sent: Span) -> bool:
    """Whether the sentence tells a clock time and no day, month or year."""
    if not CLOCK_TOLD.search(span_text(sent)):
        return False
    return not any(e.label_ == "DATE" and is_point(e.text) for e in sent.ents)


def update_day(head: Token, reference: dt.date | None) -> DateRef | None:
    """The day of the update an event told with its clock time alone belongs
    to: its day heading, else the article's date if no day is told before it."""
    sent = head.sent
    if not clock_only(sent):
        return None
    text = doc_text(head.doc)
    told = head.doc.user_data.get("briefing_dateline_end", 0)
    headings = [
        m
        for m in _DAY_LINE.finditer(text)
        if told <= m.start() and m.end() <= sent.start_char and not _PUBLISHED.search(m.group())
    ]
    if headings:
        day = headings[-1].group("day")
        iso = normalise_date(day, reference)
        return DateRef(day, iso) if iso and len(iso) == 10 else None
    if len(CLOCK_TOLD.findall(text, told)) < 2:
        return None  # one hour alone names no day: an update tells its hours
    if reference is None or any(
        e.label_ == "DATE"
        and told <= e.start_char
        and (e.end <= sent.start or _other_year(e.text, reference))
        for e in head.doc.ents
    ):
        return None  # a day told before, or a year other than the article's anywhere
    return DateRef("today", reference.isoformat())


def _other_year(text: str, reference: dt.date) -> bool:
    return any(year != str(reference.year) for year in _YEAR.findall(text))


def update_days(events: list[Event], reference: dt.date | None) -> None:
    """Date each event still undated (by its own words, the text around it or
    a night's strikes) that is told with its clock time alone: the update's
    day; or "in the same attack" as one told before: that one's day."""
    same_attack_days(events, reference)
    for event in events:
        body = [m for m in event.mentions if not m.headline]
        if not body or any(m.date is not None for m in event.mentions):
            continue
        first = min(body, key=lambda m: m.start)
        if (day := update_day(first.head, reference)) is not None:
            first.date, first.date_own = day, False
