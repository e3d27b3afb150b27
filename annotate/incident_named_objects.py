"""A thing named with its kind before its name ("the tanker Stena X", "the
cable Estlink 2", "the frigate Admiral Y", "the bulk carrier Tutor" tagged a
noun, "the MV Rubymar"): the parser makes the name the
object and the kind a compound of it, so what is done to it is done to a
thing of that kind.
"""

from __future__ import annotations

from spacy.tokens import Token


def kinds_of_names(objects: list[Token]) -> list[Token]:
    """The kind words ("tanker") told before the names among `objects`."""
    return [
        m
        for o in objects
        if o.pos_ == "PROPN" or (o.text[:1].isupper() and o.i > o.sent.start)
        for m in o.children
        if m.dep_ == "compound"
        and m.i < o.i
        and ((m.pos_ == "NOUN" and m.tag_ == "NN") or m.text in _SHIP_PREFIXES)
    ]


# "the MV Rubymar", "the MT Sea Lion": a ship's prefix is its kind.
_SHIP_PREFIXES = frozenset({"MV", "MT", "M/V", "M/T", "HMS", "USS"})
