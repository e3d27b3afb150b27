"""Where a date the tagger found really starts: "a warehouse in Vejle last
March" is tagged as one date, "Vejle last March", when the tagger does not
know the town. The name before the date's own words is the place's."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from annotate.incident_holidays import is_holiday

_MONTH = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE
)
_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.IGNORECASE)
# Words a date's own telling starts with.
_OPENERS = frozenset("last this next early late mid the".split())


def _date_word(text: str) -> bool:
    return bool(_MONTH.match(text) or _WEEKDAY.match(text) or text[:1].isdigit())


def name_before_date(doc: Doc, start: int, end: int) -> int:
    """The first word of the date in `doc[start:end]`: past the proper names
    before "last March", "early on Tuesday" or "12 May"; `start` when the
    date starts there ("Christmas Eve", "Victory Day")."""
    i = start
    while (
        i + 1 < end
        and doc[i].pos_ == "PROPN"
        and not _date_word(doc[i].text)
        and doc[i].text[:1].isupper()
    ):
        i += 1
    if i == start or i >= end or _holiday_from(doc, start, end):
        return start  # "Christmas Day 2024", "Easter Sunday 2025": the holiday is the day
    first = doc[i]
    if first.lower_ in _OPENERS or _date_word(first.text):
        return i
    return start


def _holiday_from(doc: Doc, start: int, end: int) -> bool:
    return any(is_holiday(doc[start:k].text) for k in range(start + 1, end + 1))


def holiday_start(doc: Doc, start: int, end: int) -> int:
    """ "Good Friday, 2023" tagged as "Friday, 2023": the holiday's first
    word, which the tagger left out; `start` when none is."""
    for k in (start - 1, start - 2):
        if k >= 0 and doc[k].text[:1].isupper() and _holiday_from(doc, k, end):
            return k
    return start


def names_a_thing(doc: Doc, start: int, end: int) -> bool:
    """ "the Christmas market", "the Easter holidays": a season that only
    names the thing it modifies, no day or month (unlike "the Thursday
    attacks", "the 4 March attack")."""
    root = doc[start:end].root
    return (
        root.dep_ == "compound"
        and root.head.pos_ == "NOUN"
        and root.head.i >= end
        and not any(_date_word(t.text) for t in doc[start:end])
    )
