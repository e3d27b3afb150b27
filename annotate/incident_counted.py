"""What a number or a state counts in a toll: the day of a date is never a
count ("9 June - A border guard is shot"); being in hospital or in intensive
care says one was hurt ("four others are in hospital"); what could have
happened counts no one ("it could have killed dozens"); those hurt
"while fighting the flames" (or "trying to put out the flames") were hurt by
the fire told before.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annotate.incident_dates import MONTH

_MONTH = re.compile(rf"{MONTH}$", re.IGNORECASE)
# Verbs of being somewhere: "are in hospital", "remain in intensive care".
_STAY = frozenset({"be", "remain", "stay", "lie"})
_CARE_PLACES = frozenset({"hospital", "care", "hospitals"})


def day_of_month(token: Token) -> bool:
    """A number with its month beside it ("9 June", "June 9") is a day, not
    a count."""
    doc = token.doc
    if not (token.text.isascii() and token.text.isdigit()) or int(token.text) > 31:
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    return any(
        t is not None and t.text[:1].isupper() and _MONTH.match(t.text) for t in (after, before)
    )


def in_care(token: Token) -> list[Token]:
    """ "four others are in hospital", "two remain in intensive care": the
    phrase placing those counted in care, or nothing. Only a counted or
    singular subject, told as it is ("are", "remain"), never one visiting
    or waiting ("was in hospital visiting the wounded")."""
    if token.lemma_.lower() not in _STAY:
        return []
    if any(c.dep_ in ("xcomp", "advcl", "neg", "acomp", "attr") for c in token.children):
        return []
    if not any(c.dep_ == "nsubj" for c in token.children):
        return []
    return [
        c
        for c in token.children
        if c.dep_ == "prep"
        and c.lower_ == "in"
        and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _CARE_PLACES and _bare(g) for g in c.children
        )
    ]


def _bare(place: Token) -> bool:
    """ "in hospital", "in intensive care", never "in the hospital's car
    park" or "in a hospital in Lviv" (where one may work)."""
    if place.lemma_.lower() == "care":
        return any(c.lower_ == "intensive" for c in place.children)
    return not any(c.dep_ in ("det", "poss", "prep", "compound") for c in place.children)


_UNREAL = frozenset({"could", "would", "might", "may", "should", "must"})


def unreal(word: Token) -> bool:
    """ "could have killed dozens", "might have been injured": a toll that
    did not happen, or that no one knows."""
    verb = word if word.pos_ in ("VERB", "AUX") else word.head
    return any(c.dep_ == "aux" and c.lower_ in _UNREAL for c in verb.children)


_FLAMES = frozenset({"flame", "fire", "blaze", "inferno"})


def fighting_it(clause: Token) -> bool:
    """ "hurt while fighting the flames", "as they tackled the blaze", "while
    trying to put out the flames": a clause on fighting the fire is the
    event's, not a cause of its own."""
    if clause.dep_ != "advcl":
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _FLAMES
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)  # never "opened fire"
        for verb in verbs
        for c in verb.children
    )
