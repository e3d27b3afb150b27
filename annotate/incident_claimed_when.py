"""A claim of responsibility dates its act roughly: "the group claimed
responsibility in March for a denial-of-service attack on the port" tells
of an attack in March. Only a month or a year is taken; a claim's day
("claimed on Tuesday") may come days after the act, so it dates nothing."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from annotate.entity_spans import entity_at
from annotate.incident_clauses import attached
from annotate.incident_date_match import coarse
from annotate.incident_dates import normalise_date
from annotate.model import DateRef
from annotate.parse_spans import span_text

_CLAIM = frozenset({"claim", "take", "accept"})
_OWNING = frozenset({"responsibility", "credit"})


def claimed_when(head: Token, reference: dt.date | None) -> DateRef | None:
    """The month or year of the claim whose act the incident word names."""
    claim = _claim_of(head)
    if claim is None:
        return None
    owned = [c for c in claim.children if c.lemma_.lower() in _OWNING]
    told = [t for node in (claim, *owned) for t in attached(node, frozenset({"in"}))]
    for token in sorted(told, key=lambda t: t.i):
        ent = entity_at(token)
        if ent is None or ent.label_ != "DATE":
            continue
        date = DateRef(span_text(ent), normalise_date(span_text(ent), reference))
        return date if coarse(date) else None
    return None


def _claim_of(head: Token) -> Token | None:
    """ "claimed responsibility for X", "took credit for X", "claimed X"."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() == "claim":
        return head.head
    if head.dep_ != "pobj" or head.head.lower_ != "for":
        return None
    owned = head.head.head
    if owned.lemma_.lower() in _OWNING and owned.head.lemma_.lower() in _CLAIM:
        return owned.head  # "for" hung on "responsibility"
    if owned.lemma_.lower() in _CLAIM and any(c.lemma_.lower() in _OWNING for c in owned.children):
        return owned  # "for" hung on the verb
    return None
