"""Incidents named as kinds with no telling of their own: a verbless run of
them ("A fire in a warehouse, a cut cable on the seabed, a swarm of drones
over an airport.") and what one learns "how to" answer ("still learning how
to answer a fire in a warehouse at three in the morning")."""

from __future__ import annotations

from spacy.tokens import Token

_INDEFINITE = frozenset({"a", "an"})


def verbless_kinds(head: Token) -> bool:
    """An indefinite incident in a sentence with no verb, listed with others
    none of which is named. A digest's run after a label ("This week: a
    drone attack on a refinery in Ryazan, a missile strike ...") names the
    events the article goes on to tell."""
    if not _indefinite(head) or any(t.pos_ in ("VERB", "AUX") for t in head.sent):
        return False
    if any(t.text == ":" for t in head.sent if t.i < head.i):
        return False
    listed = [c for c in head.children if c.dep_ in ("conj", "appos")]
    if head.dep_ in ("conj", "appos"):
        listed.append(head.head)
    if any(t.pos_ == "PROPN" for n in (head, *listed) for t in n.subtree):
        return False
    return any(_indefinite(n) for n in listed)


def how_to_meet(head: Token) -> bool:
    """An indefinite incident that someone knows or learns "how to" answer,
    stop or prevent: a kind of event, not one that happened."""
    verb = head.head
    if head.dep_ != "dobj" or not _indefinite(head):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.lower_ == "how" for c in verb.children)


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children)
