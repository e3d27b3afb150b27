"""A superlative that compares an act with a period ("Friday's shooting was
the deadliest attack in Belgium since October 2023", "remain the largest
single act of infrastructure sabotage in Europe since the Cold War") names
a class of acts the subject is ranked in, never an event: the event is the
subject, told in words of its own. With an incident for subject ("The
explosions remain the most serious act of sabotage against Europe's
energy") no period is needed.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from annotate.lexicons import incident_words

_COPULAS = frozenset({"be", "remain", "become", "rank", "stay"})
_PERIODS = frozenset({"since", "in", "on"})  # "since 2023", "in decades", "on record"
_SPANS = frozenset({"decade", "year", "record", "history", "memory", "generation", "century"})


def compared_class(noun: Token) -> bool:
    """Whether the noun is a copula's superlative complement ranked over a period."""
    if noun.dep_ != "attr" or noun.head.lemma_.lower() not in _COPULAS:
        return False
    if not any(c.dep_ == "amod" and _superlative(c) for c in noun.children):
        return False
    if any(c.lower_ == "ever" for c in noun.subtree):
        return True  # "the worst attack ever"
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _nouns() for c in noun.head.children):
        return True  # "The explosions remain the most serious act of sabotage against X"
    # the period may hang on the noun or on the copula ("remain the largest act ... since")
    after = [t for t in noun.head.subtree if t.i > noun.i and t.dep_ == "prep"]
    return any(t.lower_ in _PERIODS and _a_period(t) for t in after)


def _superlative(word: Token) -> bool:
    """ "largest", "most serious", "least costly"."""
    return word.tag_ == "JJS" or any(
        c.dep_ == "advmod" and c.lower_ in ("most", "least") for c in word.children
    )


@cache
def _nouns() -> frozenset[str]:
    return frozenset(w for words in incident_words()["nouns"].values() for w in words)


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


_ABOUT = frozenset({"involving", "concerning", "over", "into", "of"})


def ranked_cases(head: Token) -> bool:
    """ "in one of Germany's biggest cases yet involving alleged sabotage":
    the incident word is the matter of a ranked class of cases, never an
    event (the parse may hang "involving" on the sentence's verb)."""
    link = head.head
    if head.dep_ not in ("dobj", "pobj") or link.lower_ not in _ABOUT:
        return False
    doc = head.doc
    for t in reversed(doc[max(link.i - 3, head.sent.start) : link.i]):
        if t.dep_ in ("advmod", "punct"):
            continue  # "cases yet involving"
        return t.tag_ in ("NNS", "NNPS") and any(
            c.dep_ == "amod" and _superlative(c) for c in t.children
        )
    return False
