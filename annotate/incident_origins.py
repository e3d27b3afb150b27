"""Whose someone is, never where: "a citizen of Ukraine", "a national of
Georgia" name a person's country, not the place of what happened to them.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words for a person by the state they belong to.
_BELONGING = frozenset("citizen national native subject passport-holder".split())


def a_persons_country(token: Token) -> bool:
    """Whether `token` names the country after "a citizen of" (or a list of them)."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # "a citizen of Ukraine and Moldova"
    of = token.head
    return (
        token.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.pos_ == "NOUN"
        and of.head.lemma_.lower() in _BELONGING
    )
