"""A cleft sentence tells its event's time in the frame: "It was shortly
after 3am on 4 May that an explosion tore through the boiler house", "It was
in March 2025 that the depot was set on fire". The time hangs on "was", the
event on the clause after "that"; the frame's time is the event's own.
"""

from __future__ import annotations

from spacy.tokens import Token

_FRAME_PARTS = frozenset({"nsubj", "ccomp", "punct", "neg"})


def cleft_time(head: Token) -> list[Token]:
    """The tokens of the frame of the cleft whose clause holds `head`
    (none when the sentence is no cleft, or the frame is negated: "It was
    not until Tuesday that ...")."""
    clause = next(
        (t for t in (head, *head.ancestors) if t.dep_ == "ccomp" and _marked_that(t)), None
    )
    if clause is None:
        return []
    frame = clause.head
    if frame.lemma_ != "be" or frame.dep_ != "ROOT":
        return []
    children = list(frame.children)
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" and c.i < frame.i for c in children):
        return []
    if any(c.dep_ == "neg" for c in children) or any(
        c.dep_ in ("attr", "acomp") and not _of_time(c) for c in children
    ):
        return []  # "It was clear that ...", "It was the army that ...": no time frame
    return [t for c in children if c.dep_ not in _FRAME_PARTS for t in c.subtree]


def _of_time(part: Token) -> bool:
    """ "late", "early", "the night of 11 March": a frame part that is a time."""
    return part.lower_ in _TIME_WORDS or any(t.ent_type_ in ("DATE", "TIME") for t in part.subtree)


_TIME_WORDS = frozenset({"late", "early", "shortly", "just"})


def _marked_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
