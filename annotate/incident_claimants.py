"""Who did an act told as a claim or a noun: "the Houthis said they had
seized a ship" (the group that speaks of itself), "the rebels' capture of
a ship", "the seizure of a tanker by commandos"."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.actors import ActorIndex
from annotate.incident_actors import named_actor, nation_of
from annotate.lexicons import incident_words

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
    return speakers[-1] if speakers else subject  # the nearest, never a dateline's town


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


def _the_deed(head: Token) -> Token | None:
    """The verb that tells the act: the act's own verb, or the one that
    carries it out ("set fire", "launched an attack"); never a verb done
    about it ("were investigating the damage")."""
    if head.pos_ == "VERB":
        return head
    doing = set(incident_words()["launch_verbs"]) | {"set", "commit", "perpetrate"}
    if head.dep_ == "dobj" and head.head.lemma_.lower() in doing:
        return head.head
    return None


def own_claim(head: Token) -> bool:
    """The act is told as its doer's own claim ("they said they had seized")."""
    verb = _the_deed(head)
    if verb is None:
        return False
    return any(
        c.dep_ == "nsubj" and c.lower_ in _SELF and claimant(c) is not c for c in verb.children
    )


def self_claimed(head: Token, actors: ActorIndex) -> str | None:
    """The group that says "it" did the act ("The Houthi movement said it had
    captured a ship"): its claim names it as the doer (alleged, as any claim)."""
    verb = _the_deed(head)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _SELF]
    if not subjects or (speaker := claimant(subjects[0])) is subjects[0]:
        return None
    if speaker.pos_ == "PRON":
        return None
    if who := named_actor(speaker, actors):
        return who
    marks = [c for c in speaker.children if c.dep_ in ("poss", "amod", "compound")]
    return next((w for m in marks if (w := nation_of(m, actors))), None)
