"""Where a date the tagger found really starts: "a warehouse in Vejle last
March" is tagged as one date, "Vejle last March", when the tagger does not
know the town. The name before the date's own words is the place's."""

from __future__ import annotations

import re

from spacy.tokens import Doc

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
    if i == start or i >= end:
        return start
    first = doc[i]
    if first.lower_ in _OPENERS or _date_word(first.text):
        return i
    return start
