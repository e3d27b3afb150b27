"""A thing named with its kind before its name ("the tanker Stena X", "the
cable Estlink 2", "the frigate Admiral Y"): the parser makes the name the
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
        if o.pos_ == "PROPN"
        for m in o.children
        if m.dep_ == "compound" and m.pos_ == "NOUN" and m.i < o.i and m.tag_ == "NN"
    ]
