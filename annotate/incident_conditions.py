"""An act told as what someone was to do on a condition ("had been told to
set fire to two more sites if the first job succeeded") is an errand, not
an event: the infinitive with an "if" or "unless" clause of its own says
what would have happened, never what did.
"""

from __future__ import annotations

from spacy.tokens import Token

_CONDITIONS = frozenset({"if", "unless"})


def on_condition(head: Token) -> bool:
    """Whether the incident word's infinitive carries a condition of its own."""
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else head  # "to set fire"
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONDITIONS for g in c.children)
        for c in verb.children
    )
