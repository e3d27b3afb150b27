"""A condition that goes on is no single event: "GPS jamming and spoofing
near the Strait of Hormuz continued this week", "interference persisted
through March". A bare mass noun (no article, no possessive) that is the
subject of "continue", "persist" or "go on", with no day of its own, is a
pattern; "the fire continued to burn on Tuesday" (one fire) and "shelling
continued, killing two" (a toll) are not."""

from __future__ import annotations

from spacy.tokens import Token

_GOING_ON = frozenset({"continue", "persist", "linger", "last"})


def ongoing(head: Token, has_point_date: bool) -> bool:
    """The word names a condition told as going on (see above)."""
    if has_point_date or not (head.pos_ in ("NOUN", "PROPN") or head.tag_ == "VBG"):
        return False
    subject = head
    while subject.dep_ == "conj":
        subject = subject.head  # "jamming and spoofing continued"
    if subject.dep_ not in ("nsubj", "csubj"):  # the parser takes "GPS jamming" for a clause
        return False
    verb = subject.head
    going = verb.lemma_.lower() in _GOING_ON or (
        verb.lemma_.lower() == "go" and any(c.lower_ == "on" for c in verb.children)
    )
    if not going:
        return False
    return not any(c.dep_ in ("det", "poss") for c in subject.children)
