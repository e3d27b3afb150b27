"""The one place an event's own sentence names, when the parse hangs it
where the walk from the event's words cannot reach it: "were poisoned with
the nerve agent Novichok in Salisbury" ("in Salisbury" parsed under
"Novichok"). Only for an event that no mention places, and only a clause
that names exactly one place after "in", "at", "near" or "outside", and no
link's ends."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_place_words import physical_things
from annotate.incident_places import places_in
from annotate.lexicons import country_of, demonym_of

_PREPS = frozenset({"in", "at", "near", "outside"})


def sentence_place(head: Token) -> str | None:
    """The one place named by a place preposition in the clause of the
    event's word (its verb's, for a noun: "Fire destroys a shed at X"); no
    place when the clause names a link's ends ("a cable between A and B in C")."""
    clause = head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    words = list(clause.subtree)
    if any(p.end or p.link for p in places_in(words)):
        return None
    named = places_in(
        t
        for t in words
        if t.dep_ == "pobj"
        and t.head.lower_ in _PREPS
        and t.pos_ == "PROPN"
        and not _an_owners(t, clause)
    )
    if len({p.text for p in named}) != 1 or _a_tongue(named[0].text):
        return None
    return named[0].text


# Clauses of their own: "a nurse who had treated him at a clinic in Elk",
# "excavators bought in Finland", "a driver who lives in Olsztyn".
_OWN_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj", "agent"})


def _an_owners(token: Token, clause: Token) -> bool:
    """Whether the place is told of something else than what was hit: of a
    person or a body ("a handler in Minsk", "a company in Hamburg"), or in a
    clause of its own on the way up to the event's verb."""
    told_of = token.head.head
    if not (
        told_of.i == clause.i
        or told_of.pos_ == "PROPN"
        or told_of.lemma_.lower() in physical_things()
    ):
        return True
    for up in token.head.ancestors:
        if up.i == clause.i:
            return False
        if up.dep_ in _OWN_CLAUSES:
            return True
    return False


def _a_tongue(name: str) -> bool:
    """ "a message in Ukrainian": a language or a people, never a place."""
    return demonym_of(name) is not None and country_of(name) is None
