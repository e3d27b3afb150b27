"""Explosions heard are a strike's sound ("07:50 Explosions heard in Odesa,
local media report"): where a strike or attack on the same place and day is
told, they are that event, not an explosion of their own.
"""

from __future__ import annotations

from annotate.incident_date_match import same_date
from annotate.incident_event_fit import same_place
from annotate.incident_mention import Event, Mention

_ATTACKS = frozenset({"strike", "attack"})
_BANGS = frozenset({"explosion", "blast"})


def heard_of_the_strike(m: Mention, events: list[Event]) -> Event | None:
    """The strike on the same place and day whose explosions were heard."""
    head = m.head
    if (
        m.type != "explosion"
        or m.place is None
        or head.lemma_.lower() not in ("explosion", "blast")
    ):
        return None
    verbs = [c for c in head.children if c.dep_ == "acl"]  # "explosions heard in X"
    if head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verbs.append(head.head)  # "explosions were heard", "residents heard explosions"
    if not any(v.lemma_.lower() == "hear" for v in verbs):
        return None
    for event in reversed(events):
        if any(
            x.type in _ATTACKS
            and x.place is not None
            and same_place(m.place, x.place)
            and x.date is not None
            and same_date(m.date, x.date)
            for x in event.mentions
        ):
            return event
    return None
