"""A second telling that only disowns the event or links something else to
it: "The embassy has denied any involvement in the Dorohusk explosion", "No
group has claimed the attack", "the manager said the ship had no involvement
in the outage", "a fire ..., initially linked to the blast, was caused by a
short circuit". The event is real, but such a sentence tells a denial or a
claim put right, not the event: it is no mention of it that a reader steps
to, and never its main telling."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_mention import Mention

_DISOWNING = frozenset({"deny", "reject", "refute", "dismiss"})
_LINKING = frozenset({"link", "tie", "connect"})
_PART = frozenset({"involvement", "connection", "role", "part", "responsibility", "link"})
_REACH = 6  # words up the parse from the mention


def disowned(m: Mention) -> bool:
    """Whether a back-reference sits under a denial, a link put right or a
    claim no one made (see the module's docstring)."""
    if not m.refers_back or m.head.pos_ != "NOUN":
        return False
    word: Token = m.head
    for _ in range(_REACH):
        if word.head is word:
            return False
        word = word.head
        lemma = word.lemma_.lower()
        if lemma in _DISOWNING and word.pos_ == "VERB":
            return True
        if lemma in _LINKING and word.tag_ == "VBN":
            return True  # "initially linked to the blast", "which residents linked to"
        if lemma in _PART and any(c.lower_ == "no" for c in word.children):
            return True  # "had no involvement in the outage"
        if lemma == "claim" and word.pos_ == "VERB" and _claimed_by_none(word):
            return True  # "No group has claimed the attack"
    return False


def _claimed_by_none(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "nsubj" and any(d.lower_ == "no" for d in c.children) for c in verb.children
    )
