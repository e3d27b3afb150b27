"""An event told again: a sighting "also" seen over the same place the
next day, and "the second attack", "the latest fire", "the earlier blast",
pointing back to an event by its rank."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from annotate.incident_date_match import WEEKDAY_NAMES, named
from annotate.incident_mention import Event, Mention
from annotate.model import DateRef

_AGAIN = frozenset({"also", "again"})
_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def seen_again(m: Mention, events: list[Event]) -> Event | None:
    """ "Drones were seen over Billund Airport on Friday ... drones were also
    seen over Billund Airport on Saturday": one disruption of one site, told
    as going on the next day (the text says "also" or "again")."""
    if m.type != "airspace" or m.place is None or m.date is None:
        return None
    verb = m.head if m.head.pos_ == "VERB" else m.head.head
    if not any(c.dep_ == "advmod" and c.lower_ in _AGAIN for c in verb.children):
        return None
    for event in reversed(events):
        told = [x for x in event.mentions if x.type == "airspace" and x.place and x.date]
        if any(x.place.lower() == m.place.lower() and _day_after(x.date, m.date) for x in told):
            return event
    return None


def _day_after(before: DateRef, after: DateRef) -> bool:
    if before.iso and after.iso and len(before.iso) == len(after.iso) == 10:
        a, b = dt.date.fromisoformat(before.iso), dt.date.fromisoformat(after.iso)
        return (b - a).days == 1
    x, y = named(before.text, WEEKDAY_NAMES), named(after.text, WEEKDAY_NAMES)
    if len(x) != 1 or len(y) != 1:
        return False
    return (_WEEK.index(y.pop()) - _WEEK.index(x.pop())) % 7 == 1


ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}
LATEST = frozenset({"latest", "last", "recent", "earlier", "previous", "former", "latter"})


def ordinal_back(head: Token) -> str | None:
    """ "The second attack", "the latest fire", "the earlier blast": an
    event the article told, pointed back to by its rank (not "the second
    attack this year" said of one just told: a predicate is left alone)."""
    if head.pos_ == "VERB" or head.dep_ in ("attr", "oprd", "appos"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.dep_ == "compound" for c in head.children):
        return None  # "the first World Trade Center bombing": a rank in a named series
    ranks = [c.lower_ for c in head.children if c.dep_ == "amod" and c.i < head.i]
    return next((r for r in ranks if r in ORDINALS or r in LATEST), None)
