"""A cleft sentence puts the event's time first: "It was shortly after 4am
on 19 March that an explosion tore through ...", "It was on Saturday when
hackers took down ...". The time hangs on "It was", the event on the clause
after "that" or "when"; that time is the event's."""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "dobj"})
_TIME_PARTS = frozenset({"prep", "advmod", "npadvmod", "attr", "pobj"})


def cleft_time(head: Token) -> list[Token]:
    """The words of the time "It was ... that" puts before the clause of
    `head` (the incident's verb, or its subject or object); none when the
    clause is no cleft's."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if head.pos_ not in ("VERB", "AUX") and head.dep_ not in _SUBJECTS:
        return []
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head  # "that a fire broke out and destroyed ..."
    be = verb.head
    if verb.dep_ not in ("ccomp", "advcl", "relcl") or be.lemma_ != "be" or be.i > verb.i:
        return []
    linked = (c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod"))
    if not any(word in ("that", "when") for word in linked):
        return []
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children):
        return []
    return [t for c in be.children if c.dep_ in _TIME_PARTS and c.i < verb.i for t in c.subtree]
