"""An act named as "the same" one: "• ROMANIA — A drone entered Romanian
airspace ... during an attack on Ukraine's Danube ports. • UKRAINE — In the
same overnight attack, Russian drones struck grain silos in Izmail". The
word points to the last act told with the same noun, whatever place its own
sentence gives (the place of a part of it); its day must agree.
"""

from __future__ import annotations

from annotate.incident_date_match import same_date
from annotate.incident_mention import Event, Mention


def the_same(m: Mention, events: list[Event]) -> Event | None:
    """The event told last with the mention's noun, for "the same <noun>"."""
    head = m.head
    if head.pos_ != "NOUN" or not any(
        c.dep_ == "amod" and c.lower_ == "same" for c in head.children
    ):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    lemma = head.lemma_.lower()
    for event in reversed(events):
        told = [x for x in event.mentions if x.head.lemma_.lower() == lemma and x.head.i < head.i]
        if told:
            dates = [x.date for x in event.mentions if x.date]
            return event if all(same_date(m.date, d) for d in dates) else None
    return None
