"""A bearing from a named place told as the verb's adverb: "Pirates boarded
the tanker 45 nautical miles south of Bioko", "while it was drifting about
110 nm north of Benghazi". The parser hangs the compass word on the verb
(an adverb or an object), not under a preposition, so the walk over the
verb's prepositions misses it."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.lexicons import incident_words

_WHILE = frozenset({"while", "as", "when"})


def bearings(verb: Token) -> list[Token]:
    """The words of "<distance> <compass word> of X" hung on the verb, or on
    its "while ..." clause; [] when there is none."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    clauses = [verb] + [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _WHILE for m in c.children)
    ]
    compass = set(incident_words()["compass"])
    return [
        t
        for clause in clauses
        for word in clause.children
        if word.dep_ in ("advmod", "npadvmod", "dobj")
        and word.lower_ in compass
        and any(p.dep_ == "prep" and p.lower_ == "of" for p in word.children)
        for t in word.subtree
    ]
