"""Weapons told by where they came down: "Rockets rained down on the centre
of X", "Two shells fell on a school in Y". Such a sentence reports a strike
only when the weapon hit something: missiles that "slammed into the sea" or
"landed in a field" hit nothing, and "shells that did not explode" are
ordnance found, not a strike."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_air_kinds import on_open_ground
from annotate.lexicons import incident_words

WEAPONS = frozenset("missile rocket shell bomb projectile mortar munition".split())
# Verbs of a weapon's coming down on something.
IMPACTS = frozenset("slam land fall crash rain plunge smash hit strike".split())
_GOING_OFF = frozenset({"explode", "detonate", "go"})


def weapon(token: Token) -> bool:
    """A weapon's word, also a plural first in its sentence that the tagger
    took for a name ("Rockets", lemma "Rockets")."""
    word = token.lemma_.lower()
    return word in WEAPONS or (token.pos_ == "PROPN" and word.removesuffix("s") in WEAPONS)


def hit_nothing(head: Token) -> bool:
    """ "Missiles slammed into the sea off Crimea", "rockets landed in a
    field": a weapon whose verb names only open ground or water, and nothing
    it hit."""
    if head.pos_ == "VERB":  # "shells also fell in a field": the verb told as the event
        verb = head
        if not any(c.dep_ == "nsubj" and weapon(c) for c in verb.children):
            return False
    elif weapon(head) and head.dep_ == "nsubj" and head.head.pos_ == "VERB":
        verb = head.head
    else:
        return False
    if verb.lemma_.lower() not in IMPACTS or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return on_open_ground(verb) and not _harmed(verb)


def _harmed(verb: Token) -> bool:
    """ "A rocket fell on a field near X, killing a tractor driver": it hit someone."""
    lex = incident_words()
    harm = set(lex["kill_words"]) | set(lex["injure_words"])
    return any(t.lemma_.lower() in harm for t in verb.subtree)


def unexploded(head: Token) -> bool:
    """ "Shells that did not explode were found": ordnance, not a strike."""
    return weapon(head) and any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in _GOING_OFF
        and any(n.dep_ == "neg" for n in c.children)
        for c in head.children
    )
