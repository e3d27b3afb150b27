"""Which event told before a reference points to: "the second fire" (the
second of its kind), "the earlier attack", a fire that "broke out" with no
place or time of its own, or one on the ship of the event told last."""

from __future__ import annotations

from annotate.incident_event_fit import NEARBY, affinity, agrees, compatible
from annotate.incident_mention import Event, Mention
from annotate.incident_told_again import ORDINALS

_OUTBREAK = frozenset({"break", "erupt"})


def nth_told(m: Mention, rank: str, events: list[Event]) -> Event | None:
    """The event told that a rank points to, if its facts agree."""
    if rank in ORDINALS:
        # "the second fire": the second of its kind, whatever was told between;
        # "the second attack" after a fire and a bomb: the second event told
        kin = [e for e in events if any(x.type == m.type for x in e.mentions)]
        kin = kin if len(kin) > ORDINALS[rank] else events
        told = kin[ORDINALS[rank]] if len(kin) > ORDINALS[rank] else None
    elif rank in ("earlier", "previous", "former") and len(events) > 1:
        kin = [e for e in events[:-1] if any(x.type == m.type for x in e.mentions)]
        told = kin[-1] if kin else events[-2]
    else:
        told = events[-1] if events else None
    if told is None or not compatible(m, told.mentions[0]) or not agrees(m, told):
        return None
    if (m.date or m.place) and not any(affinity(m, told)[:2]):
        return None  # "the first bombing, in the 1990s": its own facts, none the event's
    return told


def broke_out(m: Mention) -> bool:
    """A fire that "broke out" with no place or time of its own."""
    head = m.head
    return (
        m.type == "fire"
        and head.dep_ == "nsubj"
        and head.head.lemma_.lower() in _OUTBREAK
        and m.place is None
        and m.date is None
    )


_ON_BOARD = frozenset({"on", "in", "aboard", "at", "inside"})


def last_told(m: Mention, options: list[Event], events: list[Event]) -> Event | None:
    """ "A drone boat blew up beside the tanker ... [next paragraph] A fire
    broke out on the ship": the event told last, a few sentences before, when
    the fire is on nothing new (no "a house": the thing it was on is named
    with "the", or not at all)."""
    if not events or events[-1] not in options:
        return None
    last = events[-1]
    if m.sentence - max(x.sentence for x in last.mentions) > NEARBY:
        return None
    verb = m.head.head
    sites = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _ON_BOARD
        for g in c.children
        if g.dep_ == "pobj"
    ]
    definite = all(
        any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in g.children)
        for g in sites
    )
    return last if definite else None
