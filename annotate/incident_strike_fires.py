"""A fire a strike set off in a district of the town it struck: "Russian
drones also attacked Mykolaiv. A fire broke out in the Korabelnyi
district." The fire is part of the strike, which is then placed in the
district, the town its area. Only a fire that broke out with no culprit or
other day of its own, in the sentence right after a strike on a town, in a
place named as a district; a fire in another town is its own event."""

from __future__ import annotations

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
