"""A word the text itself doubts as it says it: "The blast, if it was one,
left no crater", "the attack, if that is what it was". Such a mention names
nothing that happened for sure: it is left out (an event told firmly
elsewhere stands on its own telling)."""

from __future__ import annotations

from spacy.tokens import Token

_DOUBT = frozenset({"if", "whether"})


def doubted_aside(head: Token) -> bool:
    """ "The blast, if it was one, ...": an aside on the word's own clause,
    "if it was one" or "if that is what it was", doubting the word."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_ != "be":
            continue
        if not any(c.dep_ == "mark" and c.lower_ in _DOUBT for c in clause.children):
            continue
        if not (clause.i > head.i and clause.left_edge.i - head.i <= 3):
            continue  # set off right after the word, not a condition of the whole clause
        words = {t.lower_ for t in clause.subtree}
        if "one" in words or "what" in words:
            return True
    return False
