"""A night bounded by the day it was reported on: "Rijnmond Cargo said on 3
June that its warehouse had been set on fire overnight" is the night into 3
June, not into the article's own day, as a wire report's "overnight" is
the night into its own date."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from annotate.incident_dates import is_point, normalise_date
from annotate.incident_officials_places import saying_above
from annotate.model import DateRef
from annotate.parse_spans import span_text

# Verbs of making public that tell a statement's day, beside the reporting verbs.
_ANNOUNCING = frozenset({"announce", "confirm", "report", "disclose"})


def night_before_saying(
    head: Token, date: DateRef | None, reference: dt.date | None
) -> DateRef | None:
    """The date with "overnight" set to the day of the saying that tells the
    event, when that saying is dated to a day; else the date unchanged."""
    if date is None or date.text.strip().lower() != "overnight":
        return date
    saying = saying_above(head, _ANNOUNCING)
    if saying is None:
        return date
    for token in _dated(saying):
        ent = token.doc[token.left_edge.i : token.right_edge.i + 1]
        if (
            is_point(span_text(ent))
            and (iso := normalise_date(span_text(ent), reference))
            and len(iso) == 10
        ):
            return DateRef(date.text, iso)
    return date


def _dated(verb: Token) -> list[Token]:
    """The saying's own day: "said on 3 June", "On Tuesday, X said", "said Tuesday"."""
    found = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "on":
            found += [g for g in child.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"]
        elif child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
            found.append(child)
    return found
