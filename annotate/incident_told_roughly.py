"""An event told again only roughly: "a Russian drone crashed in a field
near Zaborze Wielkie on Monday night ... [later] the command said that an
unmanned aerial vehicle had entered Polish airspace from Belarus at about
23:10 on Monday". A country's airspace or waters on the same day names no
other event than the one told there that day, when there is just one.
"""

from __future__ import annotations

from annotate.incident_date_match import coarse, same_date
from annotate.incident_mention import Event, Mention


def told_roughly(m: Mention, options: list[Event]) -> Event | None:
    """The one event of the mention's kind told on its day, for a mention
    placed only by a country's airspace or waters (`options` agree with it:
    no other place, day or doer)."""
    if m.separate or not m.rough_place or m.date is None or coarse(m.date):
        return None
    kin = [
        e
        for e in options
        if any(x.type == m.type and x.place and not x.rough_place for x in e.mentions)
        and any(x.date and same_date(m.date, x.date) for x in e.mentions)
    ]
    return kin[0] if len(kin) == 1 else None
