"""Acts whose doer is no one or nature: "Storms cut power lines", "A storm
damaged the power line near X" (weather, not sabotage) and "Nobody reported
drones over the airport" (no sighting). Telling them as incidents would
state the opposite of the text."""

from __future__ import annotations

from spacy.tokens import Token

# Nature's doers: what damages a line or a cable by no one's hand.
_NATURE = frozenset(
    "storm storms wind winds gale gales gust gusts lightning flood floods flooding ice snow "
    "tree trees wave waves earthquake landslide hurricane typhoon tornado weather".split()
)
_CRAFT = frozenset("drone balloon uav aircraft helicopter jet plane".split())
_NOBODY = frozenset({"nobody", "no-one", "noone", "none"})
# Seeing and telling: what no one saw or reported was not seen.
_WITNESSING = frozenset(
    "report see spot observe notice detect record hear confirm find sight".split()
)


def by_nature(head: Token) -> bool:
    """The incident word is done by nature: its verb's subject ("Storms cut
    power lines"), or the verb whose object it is ("A storm damaged the
    line")."""
    verb = head if head.pos_ == "VERB" else head.head
    if head.pos_ != "VERB" and head.dep_ not in ("dobj", "nsubjpass"):
        return False
    if verb.pos_ != "VERB" or _carried_craft(head, verb):
        return False
    return any(c.dep_ == "nsubj" and _natural(c) for c in verb.children) or any(
        c.dep_ == "agent" and any(_natural(g) for g in c.children) for c in verb.children
    )


def _carried_craft(head: Token, verb: Token) -> bool:
    """ "Two balloons were blown into Latvian airspace by the wind": a craft
    the wind carries still enters the airspace."""
    return head.lemma_.lower() in _CRAFT or any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in _CRAFT for c in verb.children
    )


def _natural(noun: Token) -> bool:
    """A word of nature, not of a figure ("a flood of traffic", "a storm of
    requests")."""
    return noun.lemma_.lower() in _NATURE and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def seen_by_nobody(head: Token) -> bool:
    """The incident word is a craft nobody saw or reported: "Nobody reported
    drones over the airport", "No one saw a drone" (but "No one saw the fire
    start" tells a fire)."""
    if head.lemma_.lower() not in _CRAFT:
        return False
    for node in (head, *head.ancestors):
        if node.pos_ == "VERB" and node.lemma_.lower() in _WITNESSING:
            return any(c.dep_ == "nsubj" and _no_one(c) for c in node.children)
        if node.dep_ in ("ROOT", "ccomp", "advcl", "relcl"):
            return False
    return False


def _no_one(subject: Token) -> bool:
    if subject.lower_ in _NOBODY:
        return True
    return subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)
