"""A headline's place that names a town, not a wider area.

A headline's place is shorthand, so one that names no place the body gives
may still join an event the body tells in a narrower place ("Sabotage in the
Baltics" over a fire in Tartu). A town or a city is no wider area: "Drones
hit Kyiv" never joins a strike the body tells in Lviv."""

from __future__ import annotations

from annotate.incident_event_fit import placed_alike
from annotate.incident_mention import Event, Mention
from annotate.incident_place_names import place_rank

# Words that place a thing only roughly by a town: what lies "near" it may
# be told in the body by a village's name.
_ROUGHLY = frozenset({"near", "outside", "around", "by"})


def names_a_town(m: Mention) -> bool:
    """Whether the mention's place is a town or city named in its sentence:
    proper nouns the tagger took for no wider area (rank 1 or 2 of
    `place_rank`; the tagger may have missed the name as an entity)."""
    if m.place is None:
        return False
    sentence = m.head.sent
    at = sentence.text.find(m.place)
    name = sentence.doc.char_span(sentence.start_char + at, sentence.start_char + at + len(m.place))
    if at == -1 or name is None or not all(t.pos_ == "PROPN" for t in name):
        return False
    if any(t.ent_type_ in ("LOC", "NORP", "FAC", "ORG") for t in name):
        return False
    if name.start > 0 and name.doc[name.start - 1].lower_ in _ROUGHLY:
        return False  # "the drone that crashed near Vilnius": a village by it, maybe
    return place_rank(name) <= 2


def another_town(m: Mention, event: Event) -> bool:
    """Whether the headline names a town and the body tells the event in
    another named town ("Drones hit Kyiv" over "fires burn in Lviv")."""
    return names_a_town(m) and any(
        not x.headline and names_a_town(x) and not placed_alike(m, x) for x in event.mentions
    )
