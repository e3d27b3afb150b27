"""A doer told by a pronoun right after the sentence that names it: "The
Houthis have fired missiles at merchant ships since November 2023. In the
same month they seized the car carrier Galaxy Leader." "They" is the
subject of the sentence before, when that is a plural noun or a name (not
another pronoun, not a thing the parser left without a subject).
"""

from __future__ import annotations

from spacy.tokens import Token

_PLURAL_PRONOUNS = frozenset({"they"})


def antecedent(doer: Token) -> Token | None:
    """The subject of the sentence before that "they" stands for, or None."""
    if doer.lower_ not in _PLURAL_PRONOUNS:
        return None
    start = doer.sent.start
    if start == 0:
        return None
    before = doer.doc[start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.pos_ == "PROPN" or subject.tag_ == "NNS":
        return subject
    return None
