"""A count told as a range the parser took for a place or time: "between two
and four drones were seen over the base" parses "between" as a preposition
whose object is "drones", so the drones are no child of "seen"."""

from __future__ import annotations

from spacy.tokens import Token


def ranged(head: Token) -> list[Token]:
    """The counted nouns of "between N and M <noun>" hanging from `head` or
    from one of its children (the parser may hang it on "that")."""
    out = []
    for near in (head, *head.children):
        for prep in near.children:
            if prep.dep_ != "prep" or prep.lower_ != "between" or prep.i > head.i:
                continue
            out += [g for g in prep.children if g.dep_ == "pobj" and _a_range(g)]
    return out


def _a_range(noun: Token) -> bool:
    """ "two and four drones": a number joined to another, counting the noun."""
    return any(
        n.dep_ == "nummod" and any(c.dep_ == "conj" and c.pos_ == "NUM" for c in n.children)
        for n in noun.children
    )
