"""A town the tagger took for a person ("a drone hit a depot in Sumy",
"a relay cabinet near Tula"): one word, tagged a person's name, placed by
"in", "near" or "outside", and never used in the text as someone's name
(a full name, a title, a subject, a possessor).
"""

from __future__ import annotations

from spacy.tokens import Token

_PLACING = frozenset({"in", "near", "outside"})


def a_town_taken_for_a_person(token: Token) -> bool:
    """Whether a one-word "person" is where the clause places something."""
    doc = token.doc
    if token.ent_type_ != "PERSON" or token.ent_iob_ != "B" or token.pos_ != "PROPN":
        return False
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return False  # a full name
    if token.dep_ != "pobj" or token.head.lower_ not in _PLACING:
        return False
    return not any(_as_someone(t) for t in doc if t.text == token.text)


def _as_someone(token: Token) -> bool:
    """A use of the name as a person's: in a longer name, after a title, as
    a subject, a possessor or the one spoken to."""
    doc = token.doc
    in_a_name = token.ent_type_ == "PERSON" and (
        token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
    )
    titled = token.i > 0 and doc[token.i - 1].text.rstrip(".").lower() in _TITLES
    return (
        in_a_name
        or titled
        or token.dep_ in ("nsubj", "nsubjpass", "poss", "appos", "dative")
        or (token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS")
    )


_TITLES = frozenset("mr mrs ms dr sir president minister general colonel judge".split())
