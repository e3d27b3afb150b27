"""A toll told as the outcome of another act in the next sentence ("At
15:30 the enemy struck a building in Kherson, injuring two people") is that
act's, never the event's told before: a participle of harm hanging on a verb
that has a doer and a thing it was done to.
"""

from __future__ import annotations

from spacy.tokens import Token


def outcome_of_another_act(token: Token) -> bool:
    """ "..., injuring two people", "... and killed three", after a verb with
    its own subject and object."""
    if token.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    act = token.head
    if act.pos_ != "VERB" or act.i == token.i:
        return False
    subjects = [c for c in act.children if c.dep_ == "nsubj"]
    if not subjects or any(s.pos_ == "PRON" for s in subjects):
        return False  # "It killed a watchman and injured four": the event told before
    return any(c.dep_ == "dobj" for c in act.children)
