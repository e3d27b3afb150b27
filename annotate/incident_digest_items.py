"""A digest that opens with the day's items ("Key events: a drone strike on
an oil depot in Oryol Region, a glide-bomb strike on Sumy, an explosion at a
plant in Tula") and then tells each in full, in any order, with a finer place
and sometimes other words ("drones attacked the Livny oil depot in Oryol
Region"): each item is a mention of its telling.

An item left alone after the in-order match (`incident_same_event`) joins the
one full telling after it that fits: a kind of the same family, a place that
contains the other's or is contained in it, a weapon in common where both name
one, and no day or culprit that differs. With two tellings that fit, or none,
the item stays as it is.
"""

from __future__ import annotations

from annotate.incident_mention import Event
from annotate.incident_same_event import (
    arms,
    first_sentence,
    main_kind,
    marked_other,
    same_culprits,
    same_dates,
    thin,
)
from annotate.parse_spans import span_text

# Kinds one digest may name for another's telling ("a drone strike", "drones attacked").
_FAMILY = frozenset({"strike", "attack", "explosion", "sabotage"})


def _places(e: Event) -> list[str]:
    return [p.lower() for m in e.mentions if not m.rough_place for p in (m.place, m.area) if p]


def _within(a: list[str], b: list[str]) -> bool:
    """Some place of one holds a place of the other ("Tula" and "Novomoskovsk, Tula Region")."""
    return any(x in y or y in x for x in a for y in b)


def _sentences(e: Event) -> list[str]:
    return [span_text(m.head.sent).lower() for m in e.mentions if not m.headline]


def _fits(item: Event, telling: Event) -> bool:
    kind_a, kind_b = main_kind(item), main_kind(telling)
    arms_a, arms_b = arms(item), arms(telling)
    places_a, places_b = _places(item), _places(telling)
    if places_a and places_b and not _within(places_a, places_b + _sentences(telling)):
        return False  # "Kharkiv Region" and "near Zmiiv, Kharkiv Region": the telling names it
    if arms_a and arms_b and not arms_a & arms_b:
        return False
    if kind_a != kind_b:
        if not {kind_a, kind_b} <= _FAMILY:
            return False
        if not (arms_a & arms_b or (places_a and places_b)):
            return False  # other words for the act: a weapon or a place must tie them
    elif not (arms_a & arms_b or (places_a and places_b)):
        return False
    return same_dates(item, telling) and same_culprits(item, telling)


def _digests(events: list[Event]) -> dict[int, list[Event]]:
    """Sentences that name two or more events only in passing, with the
    events told there alone (items no telling has taken yet)."""
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        for s in {m.sentence for m in e.mentions if not m.headline}:
            by_sentence.setdefault(s, []).append(e)
    digests: dict[int, list[Event]] = {}
    for s, named in by_sentence.items():
        if len(named) < 2:
            continue
        here = [m for e in named for m in e.mentions if m.sentence == s]
        if not thin(Event(here)):
            continue  # a sentence that tells an act of its own
        digests[s] = [
            e
            for e in named
            if {m.sentence for m in e.mentions} == {s} and thin(e) and not marked_other(e)
        ]
    return digests


def digest_items(events: list[Event]) -> list[Event]:
    """Events in order, each digest item that one full telling fits joined to it."""
    joined: dict[int, Event] = {}
    taken: set[int] = set()
    for s, items in sorted(_digests(events).items()):
        tellings = [
            e
            for e in events
            if not thin(e)
            and first_sentence(e) > s
            and not marked_other(e)
            and all(m.sentence != s for m in e.mentions)
        ]
        for item in items:
            fits = [t for t in tellings if _fits(item, t)]
            if len(fits) == 1 and id(fits[0]) not in taken:
                joined[id(item)] = fits[0]
                taken.add(id(fits[0]))
    for e in events:
        if id(e) in joined:
            for m in e.mentions:
                m.headline = True  # shorthand, as a headline is: the telling is the main mention
            joined[id(e)].mentions.extend(e.mentions)
    return [e for e in events if id(e) not in joined]
