"""An event told as part of one before: "In the same overnight attack,
Russian drones hit an energy facility in Kremenchuk", "drones hit Odesa
during the same attack". It happened when that attack did: the day of the
last event told before it that is dated to a day.
"""

from __future__ import annotations

import re

from annotate.incident_mention import Event
from annotate.parse_spans import span_text

_SAME = re.compile(
    r"\b(?:in|during)\s+the\s+same\s+(?:overnight\s+|night(?:'s|time)?\s+|morning\s+)?"
    r"(?:attack|strike|raid|barrage|wave|assault|bombardment|salvo)s?\b",
    re.IGNORECASE,
)


def same_attack_days(events: list[Event]) -> None:
    """Date each undated event told "in the same attack" as one before it."""
    dated: list[tuple[int, Event]] = []
    for event in sorted(events, key=_start):
        body = [m for m in event.mentions if not m.headline]
        if not body:
            continue
        if any(m.date is not None for m in event.mentions):
            dated.append((_start(event), event))
            continue
        first = min(body, key=lambda m: m.start)
        if not _SAME.search(span_text(first.head.sent)):
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
