"""Strikes told as the night before a dated happening: "On Sunday, fragments
of a drone were found in a field, after a night of Russian strikes on
Izmail". The night ended on the day of the clause it is hung on, so the
strikes are dated to that day (a night's strikes are dated by the morning
they end in, as overnight strikes are).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from annotate.entity_spans import entity_at
from annotate.incident_dates import is_point, is_relative, normalise_date
from annotate.model import DateRef

_NIGHTS = frozenset({"night", "nights"})
_AFTER = frozenset({"after", "following"})


def night_before(head: Token, reference: dt.date | None) -> DateRef | None:
    """The day of the clause "after a night of X" is hung on, for X."""
    night = head.head
    if head.dep_ != "pobj" or night.lower_ != "of" or night.head.lower_ not in _NIGHTS:
        return None
    prep = night.head.head
    if night.head.dep_ != "pobj" or prep.lower_ not in _AFTER or night.head.i != prep.i + 2:
        return None  # "after a night of": the night alone, never "after two nights of"
    verb = prep.head
    days = [
        c
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "on"
        for c in p.children
        if c.dep_ == "pobj" and c.ent_type_ == "DATE"
    ]
    if len(days) != 1 or (ent := entity_at(days[0])) is None:
        return None
    text = ent.text
    if not is_point(text) or is_relative(text):
        return None
    iso = normalise_date(text, reference)
    return DateRef(text, iso) if iso and len(iso) == 10 else None
