"""A poisoning told by what tests found: "Doctors found thallium in his
blood", "traces of a nerve agent were found in her urine". The finding names
the act (an attack on a person); the falling ill told before it says where
and when (see `incident_illness`). Only when no word tells the poisoning
itself: then that word is the event, and the finding one of its mentions. A
poison found in a river, a barn or a warehouse is no attack: it must be
found in someone's body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.actor_drafts import tokens_among
from annotate.incident_poison_methods import is_poison

_BODY = frozenset("blood urine body system hair sample samples organs tissue stomach".split())
_OWNERS = frozenset({"his", "her"})
_TOLD = frozenset({"poisoned", "poisoning", "poisonings"})


def poison_found(doc: Doc) -> list[tuple[Token, str]]:
    """The "found" (or "detected") of each poison found in a person's body."""
    if not tokens_among(doc, frozenset({"blood", "urine", "hair", "samples", "sample"})):
        return []  # most articles: no such word, and no walk over the tokens
    if tokens_among(doc, _TOLD):
        return []  # "had been deliberately poisoned": the poisoning is told in its words
    out = []
    for verb in doc:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in ("find", "detect", "discover"):
            if found_in_whom(verb) is not None:
                out.append((verb, "attack"))
    return out


def found_in_whom(verb: Token) -> Token | None:
    """Whose body a poison was found in: the owner of "his blood" or of
    "Navalny's blood", or None when no poison was found in a body."""
    if verb.lemma_.lower() not in ("find", "detect", "discover"):
        return None
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    found += [g for f in found for p in f.children if p.lower_ == "of" for g in p.children]
    if not any(is_poison(f) for f in found):
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for f in found for c in f.children):
        return None  # "found no trace of thallium in his blood"
    places = [
        g
        for c in (*verb.children, *(x for f in found for x in f.children))
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() in _BODY
    ]
    for place in places:
        owner = next((c for c in place.children if c.dep_ == "poss"), None)
        if owner is not None and (owner.lower_ in _OWNERS or owner.ent_type_ == "PERSON"):
            return owner
    return None
