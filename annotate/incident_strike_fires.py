"""A fire a strike set off in a district of the town it struck: "Russian
drones also attacked Mykolaiv. A fire broke out in the Korabelnyi
district." The fire is part of the strike, which is then placed in the
district, the town its area. Only a fire that broke out with no culprit or
other day of its own, in the sentence right after a strike on a town, in a
place named as a district; a fire in another town is its own event."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_mention import Event, Mention

_OUTBREAK = frozenset({"break", "erupt", "start"})
_DISTRICTS = frozenset({"district", "neighbourhood", "neighborhood", "quarter", "suburb"})


def strike_set_alight(m: Mention, events: list[Event]) -> Event | None:
    """The strike event told just before whose town the fire's district is
    in; the strike's place becomes the district, with the town its area."""
    head = m.head
    if m.type != "fire" or m.perpetrator is not None or m.place is None:
        return None
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in _OUTBREAK:
        return None
    if m.place.split()[-1].lower() not in _DISTRICTS or m.area is not None:
        return None
    if not events:
        return None
    event = events[-1]
    strikes = [
        x
        for x in event.mentions
        if x.type == "strike" and x.place and x.area is None and m.sentence - x.sentence == 1
    ]
    strikes = [x for x in strikes if m.date is None or (x.date and x.date.iso == m.date.iso)]
    if len(strikes) != 1:
        return None
    strike = strikes[0]
    strike.place, strike.area = m.place, strike.place
    return event


def fire_after_strike(m: Mention, events: list[Event]) -> Event | None:
    """ "Overnight the enemy attacked Kharkiv with 14 drones. Hits were
    recorded in two districts, where a warehouse caught fire": a fire with no
    place, culprit or other day of its own, told in the sentence right after
    a strike on a place, is what the strike set alight."""
    if m.type != "fire" or m.perpetrator is not None or m.place is not None or not events:
        return None
    if _set_by_someone(m.head):
        return None  # "Arsonists set fire to a car": a doer's act of its own
    event = events[-1]
    strikes = [
        x
        for x in event.mentions
        if x.type == "strike" and x.place and 0 < m.sentence - x.sentence <= 1 and not x.headline
    ]
    if not strikes or (m.date is not None and not any(_same_day(m, x) for x in strikes)):
        return None
    m.loose = True  # the strike names the event, not the fire it set
    return event


def _same_day(a: Mention, b: Mention) -> bool:
    return a.date is not None and b.date is not None and a.date.iso == b.date.iso


_SETTING = frozenset({"set", "start", "light", "torch", "ignite", "burn"})
_THINGS = frozenset(
    "drone drones missile missiles rocket rockets debris wreckage fragment fragments shell "
    "shells strike strikes attack explosion blast".split()
)


def _set_by_someone(head: Token) -> bool:
    """The fire's verb is done by a doer that is no weapon ("Arsonists set fire")."""
    verb = next((a for a in (head, *head.ancestors) if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in _SETTING:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in _THINGS for c in verb.children)
