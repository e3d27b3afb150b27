"""A supply cut with no one said to cut it ("Power to parts of the city was
cut for several hours", "the strike cut electricity to 40,000 homes") is an
outage, what an event did, never an act of sabotage of its own; a thing cut
("power lines were cut", "saboteurs cut the power") still is, and so is a
cut told with what caused it ("was cut after copper cable was stolen")."""

from __future__ import annotations

from spacy.tokens import Token

_SUPPLIES = frozenset("power electricity water heating heat gas supply supplies internet".split())
_CUTTING = frozenset({"cut", "sever", "knock", "disrupt", "interrupt"})
_DOERS = frozenset(
    "saboteur saboteurs vandal vandals thief thieves attacker attackers man men "
    "hacker hackers group gang someone".split()
)


def supply_cut(head: Token) -> bool:
    """Whether `head` cuts a supply (its object or passive subject) that no
    person is named as cutting."""
    if head.lemma_.lower() not in _CUTTING or head.pos_ != "VERB":
        return False
    if any(c.dep_ in ("advcl", "prep", "agent") and _a_cause(c) for c in head.children):
        return False  # "was cut on Saturday after copper cable was stolen": told with its act
    cut = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not cut or not all(_a_supply(c) for c in cut):
        return False
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    doers += [g for c in head.children if c.dep_ == "agent" for g in c.children]
    return not any(d.lemma_.lower() in _DOERS or d.ent_type_ in ("PERSON", "NORP") for d in doers)


def _a_cause(part: Token) -> bool:
    """ "after copper cable was stolen", "because of sabotage", "by vandals"."""
    words = {part.lower_} | {c.lower_ for c in part.children if c.dep_ in ("mark", "prep")}
    return bool(words & {"after", "because", "by", "following", "when", "as"})


def _a_supply(noun: Token) -> bool:
    """ "power", "the gas supply", never "power lines" (their head is "lines")."""
    return noun.lemma_.lower() in _SUPPLIES
