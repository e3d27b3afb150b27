"""The home town of a firm that was hit: "the booking systems of Den
Helder-based Seaward Services" happened to a firm there. Never the base of
one who acted ("a Berlin-based group claimed the attack"): that says who,
not where.
"""

from __future__ import annotations

from spacy.tokens import Span

_BASED = frozenset({"based", "headquartered"})
_ACTING = frozenset({"nsubj", "agent", "csubj"})


def home_of_the_hit(ent: Span) -> bool:
    """`ent` is the place before "-based" on a noun that is what was hit
    (an object, never a subject on the way up to its verb)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text not in ("-", "–"):
        return False
    based = doc[ent.end + 1]
    if based.lower_ not in _BASED or not all(t.pos_ == "PROPN" for t in ent):
        return False
    node = based.head
    if node.dep_ not in ("pobj", "dobj", "nsubjpass", "appos", "conj"):
        return False
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        if node.dep_ in _ACTING:
            return False
        node = node.head
    return node.pos_ in ("VERB", "AUX")
