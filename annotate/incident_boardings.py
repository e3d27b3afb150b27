"""A ship boarded and what the boarders then did to it are one act: "Pirates
boarded the tanker south of Bioko on Tuesday. They kidnapped six of its 19
crew" (or robbed it, or took the crew hostage). The kidnapping, robbery or
hostage-taking told in one of the next two sentences, with no other place or
day of its own and nothing that tells it as another act, joins the boarding
(a headline's "Tanker boarded, crew kidnapped" comes with it). A boarding
told right after a seizure is how the ship was seized."""

from __future__ import annotations

from annotate.incident_date_match import same_date
from annotate.incident_mention import Event

_BOARDING = frozenset({"board", "boarding", "seize", "seizure", "hijack", "hijacking", "storm"})
_AFTER = frozenset(
    {"kidnap", "kidnapping", "abduct", "abduction", "rob", "robbery", "steal", "loot", "hostage"}
)
_REACH = 2  # sentences after the boarding
_BOARDED = frozenset({"board", "boarding", "storm"})
_SEIZED = frozenset({"seize", "seizure", "hijack", "hijacking"})


def _lemmas(e: Event) -> set[str]:
    return {m.head.lemma_.lower() for m in e.mentions if not m.headline}


def _body(e: Event) -> list[int]:
    return [m.sentence for m in e.mentions if not m.headline]


def _fits(boarding: Event, act: Event) -> bool:
    if not _body(boarding) or not _body(act):
        return False
    gap = min(_body(act)) - max(_body(boarding))
    if not 0 <= gap <= _REACH:
        return False
    if any(m.separate for m in act.mentions):
        return False  # "In a separate attack, pirates kidnapped ..."
    places = {m.place for m in boarding.mentions if m.place}
    for m in act.mentions:
        if m.headline:
            continue
        if m.place and places and m.place not in places:
            return False
        if m.date and not all(same_date(m.date, x.date) for x in boarding.mentions if x.date):
            return False
    return True


def join_boardings(events: list[Event]) -> list[Event]:
    """Events in order, each kidnapping or robbery told right after a
    boarding joined to it, and each boarding told right after a seizure
    ("Iran's Guards seized a tanker on Saturday. ... The tanker X was
    boarded by commandos from two speedboats": how it was seized)."""
    joined: dict[int, Event] = {}
    for act in events:
        if _lemmas(act) and _lemmas(act) <= _BOARDED:
            seizures = [b for b in events[: events.index(act)] if _lemmas(b) & _SEIZED]
            if len(seizures) == 1 and _fits(seizures[0], act):
                joined[id(act)] = seizures[0]
            continue
        if not _lemmas(act) & _AFTER or _lemmas(act) & _BOARDING:
            continue
        fits = [b for b in events if b is not act and _lemmas(b) & _BOARDING and _fits(b, act)]
        if len(fits) == 1:
            joined[id(act)] = fits[0]
    for e in events:
        if id(e) in joined:
            joined[id(e)].mentions.extend(e.mentions)
    return [e for e in events if id(e) not in joined]
