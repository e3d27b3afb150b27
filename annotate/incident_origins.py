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


# What leads somewhere: "the line to Lithuania", "the power link to Romania".
_LEADING = frozenset(
    "line railway rail road highway route link cable pipeline interconnector connection "
    "traffic service flight flights".split()
)


def where_it_leads(token: Token) -> bool:
    """Whether `token` is where a line or a link leads ("halting traffic on
    the line to Lithuania"): its far end, not where anything happened."""
    of = token.head
    return token.dep_ == "pobj" and of.lower_ == "to" and of.head.lemma_.lower() in _LEADING
