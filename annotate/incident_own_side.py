"""Culprits a sentence names in other ways than as the act's subject: a
side telling of its own strike ("Ukraine's General Staff says its drones
struck a refinery": Ukraine), and a court's verdict ("found Dmitri V.
guilty of setting fire to a car", "convicted X of the arson": the one
convicted).
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.actors import ActorIndex
from annotate.incident_actors import named_actor, nation_of
from annotate.lexicons import word_set

# An institution's own: "its drones", "our forces"; never "their" (whose, the text may not say).
_OWN = frozenset({"its", "our"})
_CONVICT = frozenset({"convict"})
_VERDICT = frozenset({"guilty"})
_SPEAKERS = ("nsubj",)


def own_side(head: Token, actors: ActorIndex) -> str | None:
    """The side whose spokesman or body says "its drones struck": the
    speaker's nation ("Ukraine's General Staff", "the Ukrainian army"), else
    the speaker."""
    verb = head if head.pos_ == "VERB" else head.head if head.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.dep_ != "ccomp":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(g.dep_ == "poss" and g.lower_ in _OWN for s in subjects for g in s.children):
        return None
    saying = verb.head
    if saying.lemma_.lower() not in word_set("reporting_verbs"):
        return None
    speaker = next((c for c in saying.children if c.dep_ in _SPEAKERS), None)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    for mark in (c for c in speaker.children if c.dep_ in ("poss", "amod", "compound")):
        if who := nation_of(mark, actors):
            return who  # "Ukraine's General Staff", "the Ukrainian army"
    return named_actor(speaker, actors)


def convicted(head: Token, actors: ActorIndex) -> str | None:
    """The one a court found guilty of the act or convicted of it ("found X
    guilty of setting fire to ...", "X was convicted of the arson")."""
    node = head
    for _ in range(4):
        if node.dep_ == "pobj" or node.dep_ == "pcomp":
            prep = node.head
            if prep.lower_ == "of":
                return _the_convicted(prep.head, actors)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _the_convicted(word: Token, actors: ActorIndex) -> str | None:
    """Who "guilty" or "convicted" is said of: the object of "found ...
    guilty" or "convicted", or the subject of its passive."""
    if word.dep_ == "dobj" and word.head.lemma_.lower() in _CONVICT:
        if any(c.dep_ == "neg" for c in word.head.children):
            return None
        return named_actor(word, actors)  # "convicted X of setting fire", "of" on X
    if word.lower_ in _VERDICT:
        verb = word.head
        if verb.lemma_.lower() != "find" or word.dep_ not in ("oprd", "acomp", "xcomp", "ccomp"):
            return None
    elif word.lemma_.lower() in _CONVICT:
        verb = word
    else:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "was not found guilty of"
    who = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if word is not verb:  # "found X guilty": X may hang on "guilty"
        who += [c for c in word.children if c.dep_ == "nsubj"]
    return next((w for c in who if (w := named_actor(c, actors))), None)
