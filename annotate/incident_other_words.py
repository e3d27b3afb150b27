"""One act told again in words of another type.

The drone told as crashing, then as the one that entered the airspace:
"A drone crashed and exploded in a field near the village of X. The defence
ministry said it had entered Romanian airspace": the airspace violation told
of "it" or "the drone" is the drone's event told just before, not another.

"Saboteurs set fire to a signal box. The fire destroyed the box": the fire
the act set, not a fire of its own.
"""

from __future__ import annotations

from annotate.incident_event_fit import agrees
from annotate.incident_mention import Event, Mention

_CRAFT = frozenset({"drone", "drones", "uav", "uavs", "shahed", "shaheds", "craft"})
_BACK = frozenset({"it", "they", "the", "this", "that"})
_REACH = 2  # sentences back in which the drone's event may be told


def entered_by_the_drone(m: Mention, events: list[Event]) -> Event | None:
    """The latest event of a drone told within two sentences before an
    airspace violation whose subject is "it", "they" or "the drone". Its
    crash told before is then the violation's end, of its type ("crashed
    and exploded in a field"); a drone that hit something keeps its type."""
    if m.type != "airspace" or m.head.pos_ != "VERB" or not _told_of_the_craft(m):
        return None
    for e in reversed(events):
        for x in e.mentions:
            if 0 < m.sentence - x.sentence <= _REACH and _names_a_craft(x):
                for y in e.mentions:
                    if _crashed(y):
                        y.type = "airspace"
                return e
    return None


_CRASHING = frozenset({"crash", "explode", "fall", "come", "land", "detonate", "go", "down"})


def _crashed(x: Mention) -> bool:
    """ "crashed and exploded in a field", "a drone crashed": no target named."""
    verb = x.head.head if x.head.lower_ in _CRAFT and x.head.dep_ == "nsubj" else x.head
    return verb.lemma_.lower() in _CRASHING and not any(c.dep_ == "dobj" for c in verb.children)


def _told_of_the_craft(m: Mention) -> bool:
    for c in m.head.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in ("it", "they"):
            return True
        return c.lower_ in _CRAFT and any(d.dep_ == "det" and d.lower_ in _BACK for d in c.children)
    return False


def _names_a_craft(x: Mention) -> bool:
    head = x.head
    words = [t for t in head.sent if x.start <= t.idx < x.end]
    return x.type != "airspace" and any(t.lower_ in _CRAFT for t in words)


_FIRE_WORDS = frozenset({"fire", "alight", "ablaze", "torch", "arson", "burn", "blaze", "flame"})
_FIRE_BACK = frozenset({"fire", "blaze", "flames", "inferno"})


def fire_set_before(m: Mention, events: list[Event]) -> Event | None:
    """ "Saboteurs set fire to a signal box. The fire destroyed the box":
    "the fire" is the fire the act told just before set, whatever type the
    doer gave that act (sabotage, attack)."""
    head = m.head
    if m.type != "fire" or head.lower_ not in _FIRE_BACK or not m.refers_back:
        return None
    for e in reversed(events):
        for x in e.mentions:
            if 0 <= m.sentence - x.sentence <= 1 and x.type != "fire" and _sets_fire(x):
                return e if agrees(m, e) else None
    return None


def _sets_fire(x: Mention) -> bool:
    words = [t for t in x.head.sent if x.start <= t.idx < x.end]
    return any(t.lemma_.lower() in _FIRE_WORDS for t in words)
