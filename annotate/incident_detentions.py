"""A boarding told right after the damage whose suspect it boards: "The
Estlink 2 power cable ... is damaged. Finnish police seize the tanker
Eagle S, which they describe as part of Russia's shadow fleet." With no
day of its own (or the damage's day), the boarding is how that event goes
on, a mention of it; its doer and its port are not the damage's. A
boarding on a later day or a timeline's next dated line is an event of its
own, unless its sentence names the anchor, the cable or the damage. Two
boardings of one named ship on one day are one. A headline's boarding
("Latvia detains freighter") over an article that tells the damage but no
boarding is the damage's headline.
"""

from __future__ import annotations

from annotate.incident_date_match import same_date
from annotate.incident_dated_lines import on_dated_line
from annotate.incident_lawful_boardings import BOARDING, boarded_name
from annotate.incident_mention import Event, Mention
from annotate.parse_spans import doc_text

_REACH = 2  # sentences after the damage


def join_detentions(events: list[Event]) -> list[Event]:
    """Events in order, each boarding that goes on telling a damage joined to it."""
    joined: set[int] = set()
    for m in (m for e in events for m in e.mentions if m.type == BOARDING):
        if m.head.pos_ != "VERB":
            m.perpetrator, m.attribution = None, None  # a verb taken for a noun: no doer read
    for n, event in enumerate(events):
        if any(m.type != BOARDING for m in event.mentions):
            continue
        body = [m for m in event.mentions if not m.headline]
        if (told := _same_ship(events[:n], body)) is not None:
            told.mentions.extend(event.mentions)  # "boarded the tanker Veyra ... stopped the Veyra"
            joined.add(id(event))
            continue
        if body:
            damage = next((e for e in reversed(events[:n]) if _goes_on(e, body[0])), None)
        else:
            damage = _headlined(events)
        if damage is None:
            continue
        for m in event.mentions:
            # its doer, place and day are the boarding's, never the damage's
            m.perpetrator, m.attribution, m.place, m.area, m.date = None, None, None, None, None
        damage.mentions.extend(event.mentions)
        joined.add(id(event))
    return [e for e in events if id(e) not in joined]


def _same_ship(before: list[Event], body: list[Mention]) -> Event | None:
    """The boarding told before of the ship these mentions board, on no other day."""
    name = next((n for m in body if (n := boarded_name(m.head))), None)
    if name is None:
        return None
    for event in reversed(before):
        told = [m for m in event.mentions if not m.headline and m.type == BOARDING]
        if any(boarded_name(m.head) == name for m in told) and all(
            same_date(m.date, x.date) for m in body for x in told
        ):
            return event
    return None


def _line(m: Mention) -> int:
    """Where the line of a mention starts."""
    return doc_text(m.head.doc).rfind("\n", 0, m.head.idx)


def _names_the_damage(boarding: Mention) -> bool:
    """ "The coast guard on Sunday boarded the tanker X, which had sailed over
    both lines, and is investigating whether its anchor caused the damage":
    the boarding told as the inquiry into the damage, whatever its day."""
    return any(t.lemma_.lower() in _INQUIRY and t.pos_ == "NOUN" for t in boarding.head.sent)


# What ties a boarding to a damage told before: the suspect's anchor, the
# cable or its route.
_INQUIRY = frozenset({"anchor", "damage"})


def _headlined(events: list[Event]) -> Event | None:
    """ "Latvia detains freighter" over an article that tells no boarding of
    its own: the damage whose suspect was detained, told first."""
    if any(m.type == BOARDING and not m.headline for e in events for m in e.mentions):
        return None
    return next((e for e in events if any(_damage(m) for m in e.mentions)), None)


def _damage(m: Mention) -> bool:
    """A cable or pipeline damaged, or a link that stopped carrying power or data."""
    return not m.headline and m.type in ("sabotage", "other")


def _goes_on(damage: Event, boarding: Mention) -> bool:
    told = [m for m in damage.mentions if _damage(m)]
    if not told or boarding.brief != told[-1].brief:
        return False
    if not 0 < boarding.sentence - max(m.sentence for m in told) <= _REACH:
        return False
    if on_dated_line(boarding.head) and _line(boarding) not in {_line(m) for m in told}:
        return False  # a timeline's next dated line: an entry of its own
    if boarding.date is None or _names_the_damage(boarding):
        return True
    dated = [m.date for m in told if m.date]  # a day of its own must be the damage's
    return bool(dated) and all(same_date(boarding.date, d) for d in dated)
