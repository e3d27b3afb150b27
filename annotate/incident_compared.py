"""A superlative that compares an act with a period ("Friday's shooting was
the deadliest attack in Belgium since October 2023", "remain the largest
single act of infrastructure sabotage in Europe since the Cold War") names
a class of acts the subject is ranked in, never an event: the event is the
subject, told in words of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

_COPULAS = frozenset({"be", "remain", "become", "rank", "stay"})
_PERIODS = frozenset({"since", "in", "on"})  # "since 2023", "in decades", "on record"
_SPANS = frozenset({"decade", "year", "record", "history", "memory", "generation", "century"})


def compared_class(noun: Token) -> bool:
    """Whether the noun is a copula's superlative complement ranked over a period."""
    if noun.dep_ != "attr" or noun.head.lemma_.lower() not in _COPULAS:
        return False
    if not any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children):
        return False
    if any(c.lower_ == "ever" for c in noun.subtree):
        return True  # "the worst attack ever"
    # the period may hang on the noun or on the copula ("remain the largest act ... since")
    after = [t for t in noun.head.subtree if t.i > noun.i and t.dep_ == "prep"]
    return any(t.lower_ in _PERIODS and _a_period(t) for t in after)


def _a_period(prep: Token) -> bool:
    """ "since 2023", "since the Cold War", "in decades", "on record"."""
    if prep.lower_ == "since":
        return True
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _SPANS for g in prep.children)


def ranked_in_class(head: Token) -> bool:
    """The incident word is the class, or the act of the class ("the largest
    single act of sabotage in Europe since ...")."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        return compared_class(head.head.head)
    return compared_class(head)
