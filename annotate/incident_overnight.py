"""The parts of a night's attack, told in a roundup after it.

"Russia launched 90 drones and four missiles overnight, the air force said.
In Kharkiv, a missile struck an energy facility": the strikes told after a
lead dated only by its night ("overnight", "a night of strikes") and naming
no time of their own are that night's. Nothing else inherits a date: a
strike told after a dated one of another day keeps none rather than a wrong
one.
"""

from __future__ import annotations

from annotate.incident_mention import Event, Mention
from annotate.model import DateRef

_NIGHTS = frozenset({"overnight", "a night", "the night", "last night"})
_PARTS = frozenset({"strike", "explosion", "fire", "airspace"})
_REACH = 4  # sentences after the lead, or its part before, in which a part is told


def overnight_parts(events: list[Event], sentence_dates: set[int]) -> None:
    """Date each undated strike, blast or fire (an event already told apart
    from the lead) told within a few sentences after a night's strikes with
    that night, in the same brief, when no sentence between names a time
    (`sentence_dates`: numbers of sentences naming one)."""
    lead: Mention | None = None
    last = 0  # the sentence of the lead or of the last part dated from it
    for event in sorted(events, key=lambda e: min(m.start for m in e.mentions)):
        body = [m for m in event.mentions if not m.headline]
        if not body:
            continue
        first = min(body, key=lambda m: m.start)
        dated = [m for m in body if m.date is not None]
        if dated:
            m = dated[0]
            night = m.type == "strike" and m.date.iso and m.date.text.lower() in _NIGHTS
            lead = m if night else None
            last = m.sentence
            continue
        if lead is None or first.type not in _PARTS or first.brief != lead.brief:
            continue
        if not 0 < first.sentence - last <= _REACH:
            continue  # each part within a few sentences of the one before
        if any(lead.sentence < s <= first.sentence for s in sentence_dates):
            lead = None  # another time told since: the night's parts are over
            continue
        first.date, first.date_own = DateRef(lead.date.text, lead.date.iso), False
        last = first.sentence
