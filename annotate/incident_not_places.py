"""Named entities beside an incident that are not where it happened: a
person or what describes one, a ship's or a body's own name, an acronym, an
attribute ("Russian-made"). `incident_places.place_at` asks these before it
takes a name for the place.
"""

from __future__ import annotations

from spacy.tokens import Span

from annotate.lexicons import capitals, country_of, incident_words
from annotate.parse_spans import span_text


def describes_someone(ent: Span) -> bool:
    """ "A Galway county councillor", "a Kharkiv resident": a name before a
    word for a person says where the person is from or serves, a looser
    place than a town the clause names."""
    root = ent.root
    if root.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in incident_words()["victim_nouns"]


# "Panama-flagged", "Hong Kong-registered", "Moscow-backed": a name made an
# attribute of a ship or a group says whose it is, not where anything happened.
_ATTRIBUTES = frozenset(
    "flagged registered owned operated based backed linked aligned made built funded".split()
)


def a_person(ent: Span) -> bool:
    """A name in apposition with a word for a person ("X, an editor", "X, 52,
    a teacher") names that person, not a place."""
    people = incident_words()["victim_nouns"]
    return any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in people
        for c in ent.root.children
    )


def own_name(ent: Span) -> bool:
    """A name compounded onto a noun that is no known town, country or sea."""
    text = without_the(span_text(ent).strip())
    return (
        ent.root.dep_ == "compound"
        and ent.label_ != "GPE"
        and country_of(text) is None
        and text.lower() not in capitals()
        and ent[-1].lower_ not in _WATERS_WORDS
    )


_WATERS_WORDS = frozenset("sea ocean gulf strait bay channel river lake".split())


def acronym(ent: Span) -> bool:
    text = span_text(ent).strip()
    return len(ent) == 1 and text.isupper() and len(text) <= 5 and ent.label_ != "GPE"


# "drones of the Geran type", "a Kilo-class submarine": a name for a make or
# kind of thing, not where it was.
_KINDS = frozenset("type types class model models variant variants".split())


def attribute(ent: Span) -> bool:
    doc = ent.doc
    hyphen = ent.end + 1 < len(doc) and doc[ent.end].text in ("-", "–")
    after = doc[ent.end + 1] if hyphen else (doc[ent.end] if ent.end < len(doc) else None)
    if after is not None and after.lower_ in _KINDS:
        return True
    return hyphen and doc[ent.end + 1].lower_ in _ATTRIBUTES


def without_the(name: str) -> str:
    """ "the Czech Republic" -> "Czech Republic"."""
    return name[4:] if name.lower().startswith("the ") else name
