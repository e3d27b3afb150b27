"""An event told as part of one before: "In the same overnight attack,
Russian drones hit an energy facility in Kremenchuk", "drones hit Odesa
during the same attack". It happened when that attack did: the day of the
last event told before it that is dated to a day. One told at an hour
"during the operation" told before ("At 14:30 on 3 March, a boarding team
boarded the vessel ... During the operation, at 16:40, a fighter jet
entered Estonian airspace") happened on the last day the text told.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from annotate.incident_dates import is_point, is_relative, normalise_date
from annotate.incident_mention import Event
from annotate.model import DateRef
from annotate.parse_spans import span_text

_SAME = re.compile(
    r"\b(?:in|during)\s+the\s+same\s+(?:overnight\s+|night(?:'s|time)?\s+|morning\s+)?"
    r"(?:attack|strike|raid|barrage|wave|assault|bombardment|salvo)s?\b",
    re.IGNORECASE,
)
_HOUR = re.compile(r"\bat\s+(?:about\s+|around\s+)?\d{1,2}[:.]\d\d\b", re.IGNORECASE)
_DURING = re.compile(
    r"^\W*(?:during|in\s+the\s+course\s+of)\s+the\s+"
    r"(?:operation|raid|boarding|search|assault|attack|strike|detention)\b",
    re.IGNORECASE,
)


def same_attack_days(events: list[Event], reference: dt.date | None) -> None:
    """Date each undated event told "in the same attack" as one before it, or
    at an hour "during the operation"."""
    dated: list[tuple[int, Event]] = []
    for event in sorted(events, key=_start):
        body = [m for m in event.mentions if not m.headline]
        if not body:
            continue
        if any(m.date is not None for m in event.mentions):
            dated.append((_start(event), event))
            continue
        first = min(body, key=lambda m: m.start)
        sent = first.head.sent
        if _DURING.match(span_text(sent)) and _hour_only(sent):
            if (day := _last_day(sent, reference)) is not None:
                first.date, first.date_own = day, False
            continue
        if not _SAME.search(span_text(sent)):
            continue
        days = [
            m.date
            for _, e in dated
            for m in e.mentions
            if m.date and m.date.iso and len(m.date.iso) == 10
        ]
        if days:
            first.date, first.date_own = days[-1], False


def _start(event: Event) -> int:
    return min(m.start for m in event.mentions)


def _hour_only(sent: Span) -> bool:
    """ "During the operation, at 16:40, ...": an hour told, and no day."""
    if not _HOUR.search(span_text(sent)):
        return False
    return not any(e.label_ == "DATE" and is_point(e.text) for e in sent.ents)


def _last_day(sent: Span, reference: dt.date | None) -> DateRef | None:
    """The last day the text told before the sentence, past its date line."""
    told = sent.doc.user_data.get("briefing_dateline_end", 0)
    days = [
        e
        for e in sent.doc.ents
        if e.label_ == "DATE"
        and told <= e.start_char
        and e.end <= sent.start
        and is_point(e.text)
        and not is_relative(e.text)
    ]
    if not days:
        return None
    iso = normalise_date(days[-1].text, reference)
    return DateRef(days[-1].text, iso) if iso and len(iso) == 10 else None
