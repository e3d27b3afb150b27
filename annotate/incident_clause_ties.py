"""How two words of one sentence stand: in a clause told as before or after
the rest ("hours after drones hit a ship"), or as one act told twice (a
noun that is the verb's subject, object or means: "damaged by gunfire",
"was damaged in an arson attack")."""

from __future__ import annotations

from spacy.tokens import Token


def clause_phase(head: Token) -> int:
    """The clause told as before or after the rest of its sentence ("hours
    after drones hit a ship") that a word is in, or -1."""
    for node in (head, *head.ancestors):
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until")
            for c in node.children
        ):
            return node.i
    return -1


def one_act(a: Token, b: Token) -> bool:
    """A noun that is the verb's subject, object or means ("damaged by
    gunfire", "struck with missiles"): one act told twice."""
    for x, y in ((a, b), (b, a)):
        if x.i == y.i or y.pos_ != "VERB":
            continue
        if x.dep_ in ("dobj", "nsubj", "nsubjpass") and x.head.i == y.i:
            return True  # "gunfire damaged a substation"
        if means_of(x, y):
            return True
    return False


def means_of(noun: Token, verb: Token) -> bool:
    """ "damaged by gunfire", "struck with missiles", "was damaged in an
    arson attack": the noun names what did the verb's deed (an active
    "struck in a second wave" names no means)."""
    if noun.dep_ != "pobj" or noun.head.head.i != verb.i:
        return False
    word = noun.head.lower_
    return (
        noun.head.dep_ == "agent"
        or word in ("by", "with")
        or (word == "in" and any(c.dep_ == "auxpass" for c in verb.children))
    )
