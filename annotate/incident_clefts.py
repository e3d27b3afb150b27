"""A cleft sentence tells its event's time in the frame: "It was shortly
after 3am on 4 May that an explosion tore through the boiler house", "It was
in March 2025 that the depot was set on fire", "It was on Saturday when
hackers took down ...". The time hangs on "It was", the event on the clause
after "that" or "when"; the frame's time is the event's own. Two readings of
the parse (the clause as the frame's complement, or the event's own verb
hung on "was") are tried in turn.
"""

from __future__ import annotations

from spacy.tokens import Token


def cleft_time(head: Token) -> list[Token]:
    """The words of the cleft's time frame over `head`'s clause; none when
    the sentence is no cleft, or the frame is negated ("It was not until
    Tuesday that ...")."""
    return _frame_of_that(head) or _frame_before(head)


_FRAME_PARTS = frozenset({"nsubj", "ccomp", "punct", "neg"})


def _frame_of_that(head: Token) -> list[Token]:
    """The tokens of the frame of the cleft whose clause holds `head`
    (none when the sentence is no cleft, or the frame is negated: "It was
    not until Tuesday that ...")."""
    clause = _own_verb(head)  # not a saying's: "It was on Monday that police said ..."
    if clause.dep_ != "ccomp" or not _marked_that(clause):
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


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "dobj"})
_TIME_PARTS = frozenset({"prep", "advmod", "npadvmod", "attr", "pobj"})


def _frame_before(head: Token) -> list[Token]:
    """The words of the time "It was ... that" puts before the clause of
    `head` (the incident's verb, or its subject or object); none when the
    clause is no cleft's."""
    if head.pos_ not in ("VERB", "AUX") and head.dep_ not in _SUBJECTS:
        return []
    verb = _own_verb(head)
    be = verb.head
    if verb.dep_ not in ("ccomp", "advcl", "relcl") or be.lemma_ != "be" or be.i > verb.i:
        return []
    linked = (c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod"))
    if not any(word in ("that", "when") for word in linked):
        return []
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children):
        return []
    if any(c.dep_ in ("attr", "acomp") and not _of_time(c) for c in be.children):
        return []  # "It was clear on Monday that ...": no time frame
    return [t for c in be.children if c.dep_ in _TIME_PARTS and c.i < verb.i for t in c.subtree]


def _own_verb(head: Token) -> Token:
    """The verb of `head`'s clause, first of its conjuncts ("that a fire
    broke out and destroyed ...")."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    return verb
