"""An event told again: a sighting "also" seen over the same place the
next day, "the second attack", "the latest fire", "the earlier blast",
pointing back to an event by its rank, and an event a lede names in
passing, told in full soon after."""

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


_LEDE_REACH = 8  # sentences within which an event named in passing is told in full


def told_in_full(m: Mention, events: list[Event]) -> Event | None:
    """ "We spoke to him two days after a Russian drone crashed ... At 3 a.m.
    on Tuesday a drone crossed into Polish airspace near Zamość": a mention
    with a place or a date, after the only event of its type told so far,
    which was named in passing: to time something else ("two days after
    ..."), with no place, date or toll in any mention."""
    if m.separate or not (m.place or m.date):
        return None
    kin = [e for e in events if any(x.type == m.type for x in e.mentions)]
    if len(kin) != 1:
        return None
    event = kin[0]
    if any(x.place or x.date or x.killed or x.injured or x.headline for x in event.mentions):
        return None
    if not all(_in_passing(x.head) for x in event.mentions):
        return None
    if m.sentence - max(x.sentence for x in event.mentions) > _LEDE_REACH:
        return None
    agents = {x.perpetrator for x in event.mentions if x.perpetrator}
    return event if m.perpetrator is None or not agents or m.perpetrator in agents else None


_TIMING = frozenset({"after", "since", "when", "before"})


def _in_passing(head: Token) -> bool:
    """ "two days after a drone crashed", "after drones were seen": an event
    told only to time another."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else head
    return any(c.dep_ == "mark" and c.lower_ in _TIMING for c in verb.children)
