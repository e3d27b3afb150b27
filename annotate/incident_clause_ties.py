"""How two words of one sentence stand: in a clause told as before or after
the rest ("hours after drones hit a ship"), or as one act told twice (a
noun that is the verb's subject, object or means: "damaged by gunfire")."""

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
        means = x.head.dep_ == "agent" or x.head.lower_ in ("by", "with")
        if x.dep_ == "pobj" and means and x.head.head.i == y.i:
            return True  # "damaged by gunfire", "struck with missiles"
    return False
