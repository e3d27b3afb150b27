"""Counts of days told from another day.

An untagged count: "Yemen's Houthi rebels struck a cargo ship in the Red
Sea a day later", "... hit a depot two days earlier". The phrase hangs on
the event's verb; it is counted from the day told before it
(`incident_told_time.resolve_told_from`).

A bare day told with a count from the day told before: "The blaze on the
night of 14 April 2024 ... Two weeks earlier, the prosecution alleges, they
set alight a van, on 30 March." The count says which year the bare day is
in (2024, near two weeks before 14 April), never the publication's: a trial
or an inquiry tells events of an earlier year.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from annotate.incident_dates import normalise_date, offset_days, told_from
from annotate.model import DateRef

_COUNTED = frozenset({"later", "earlier"})


def untagged_count(head: Token) -> DateRef | None:
    """The count of days on the event's verb, as a date yet to be counted."""
    verb = head if head.pos_ == "VERB" else head.head
    if verb.pos_ != "VERB" or any(w.ent_type_ == "DATE" for w in verb.subtree):
        return None  # "Five days earlier, on Monday 17 August": the day is told
    for word in verb.children:
        if word.dep_ != "advmod" or word.lower_ not in _COUNTED or word.ent_type_:
            continue
        phrase = head.doc[word.left_edge.i : word.i + 1].text
        if word.left_edge.i < word.i and offset_days(phrase) is not None:
            return DateRef(phrase, None)
    return None


_BARE = re.compile(
    r"^(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)$",
    re.IGNORECASE,
)
_NEAR = 7  # days between the count's day and the bare day's, at most


def counted_year(date: DateRef, sent: Span, last: DateRef | None) -> DateRef:
    """The bare day `date` in the year the sentence's count from `last` gives."""
    if last is None or not last.iso or len(last.iso) != 10 or not _BARE.match(date.text.strip()):
        return date
    counts = [e for e in sent.ents if e.label_ == "DATE" and offset_days(e.text) is not None]
    if len(counts) != 1 or (near := told_from(counts[0].text, last.iso)) is None:
        return date
    target = dt.date.fromisoformat(near)
    for year in (target.year, target.year - 1, target.year + 1):
        iso = normalise_date(f"{date.text.strip()} {year}")
        if iso and len(iso) == 10 and abs((dt.date.fromisoformat(iso) - target).days) <= _NEAR:
            return DateRef(date.text, iso)
    return date
