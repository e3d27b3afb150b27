"""A part of the town just told: "Russia struck Zaporizhzhia with missiles.
A missile hit a block in the Shevchenkivskyi district." A district named on
its own (no "of Y", no area) in the sentence after an event placed in one
town is a part of that town, not another place: the mention is the event's."""

from __future__ import annotations

from annotate.incident_mention import Event, Mention
from annotate.incident_place_words import REGION
from annotate.lexicons import country_of

_PARTS = frozenset(
    "district neighbourhood neighborhood quarter suburb microdistrict borough".split()
)


def _last_word(place: str) -> str:
    return place.split()[-1].lower()


def in_the_town_told(m: Mention, event: Event) -> bool:
    """Whether the mention's bare district lies in the one town the event,
    told in the sentence before or the same, is placed in."""
    if not m.place or m.area or m.rough_place or _last_word(m.place) not in _PARTS:
        return False
    if m.sentence - max(x.sentence for x in event.mentions) > 1:
        return False
    towns = {
        x.place.lower()
        for x in event.mentions
        if x.place
        and not x.rough_place
        and not x.headline
        and _last_word(x.place) not in _PARTS | REGION
        and country_of(x.place) is None
    }
    return len(towns) == 1
