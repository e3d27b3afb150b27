"""What an attack was made with says its kind: one made with drones,
missiles, rockets or shells from afar is a strike ("a Russian attack on
the port with drones", "attacked the city with missiles overnight"); one
made with a knife or a gun stays an attack on people."""

from __future__ import annotations

from spacy.tokens import Token

_FROM_AFAR = frozenset(
    "drone drones missile missiles rocket rockets shell shells artillery mortar mortars "
    "shahed shaheds iskander iskanders".split()
)
_MEANS = frozenset({"with", "by", "using", "involving"})


def from_afar(head: Token) -> bool:
    """An attack word told with the weapons of a strike as its means."""
    for prep in head.subtree:
        if prep.dep_ not in ("prep", "advcl", "acl") or prep.lower_ not in _MEANS:
            continue
        if prep.head.i != head.i and prep.head.pos_ not in ("NOUN", "PROPN"):
            continue  # another verb's means
        weapons = [c for c in prep.children if c.dep_ in ("pobj", "dobj")]
        if not weapons and prep.i + 1 < len(prep.doc):
            weapons = [prep.doc[prep.i + 1]]  # "with drones damaged ...", "drones" misparsed
        weapons += [j for w in weapons for j in w.conjuncts]
        if any(w.lower_ in _FROM_AFAR for w in weapons):
            return True
    return False
