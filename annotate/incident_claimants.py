"""Who did an act told as a claim or a noun: "the Houthis said they had
seized a ship" (the group that speaks of itself), "the rebels' capture of
a ship", "the seizure of a tanker by commandos"."""

from __future__ import annotations

from spacy.tokens import Token

_SELF = frozenset({"it", "they", "we"})
_CLAIMING = frozenset({"say", "claim", "announce", "state", "declare", "boast", "confirm"})


def claimant(subject: Token) -> Token:
    """A pronoun subject ("it", "they") of a clause its own speaker's claim
    governs: the speaker ("The group said it had captured a ship")."""
    verb = subject.head
    if subject.lower_ not in _SELF or verb.dep_ != "ccomp":
        return subject
    if verb.head.lemma_.lower() not in _CLAIMING:
        return subject
    speakers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return speakers[0] if speakers else subject


def noun_doers(noun: Token) -> list[Token]:
    """The doer of an act told as a noun: its possessor ("the rebels' capture")
    or its "by" phrase ("the seizure of the tanker by pirates")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    found = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")]
    for prep in noun.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
            found += [g for g in prep.children if g.dep_ == "pobj"]
    return found
