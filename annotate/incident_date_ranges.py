"""The year a range of months or days gives its first part: "the
cyberattacks of April and May 2007" happened in April 2007, "on 26 and 27
April 2007" on the 26th, never in the article's year. Only a range told
straight on ("April and May 2007", "March to May 2023", "March-April
2022"), never a month told apart from the next ("in April, and in May").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from annotate.incident_dates import names_a_year

_JOINS = frozenset({"and", "to", "through", "until", "till", "-", "–", "—", "/"})
_MONTH = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|sept\.?$", re.IGNORECASE
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d$")
_ANY_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?$")
_EARLY_LATE = frozenset({"early", "mid", "late", "the", "end", "of", "beginning", "start"})


def has_year(text: str) -> bool:
    return _ANY_YEAR.search(text) is not None or names_a_year(text)


def range_year(doc: Doc, end: int) -> str | None:
    """The year closing the range that runs on from the date ending at `end`
    ("April" + "and May 2007": "2007"), or None."""
    i = end
    if i >= len(doc) or doc[i].lower_ not in _JOINS:
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in _EARLY_LATE:
        i += 1  # "April and early May 2007", "April to the end of May"
    if i < len(doc) and _DAY.match(doc[i].text):
        i += 1  # "26 and 27 April 2007"
    if i < len(doc) and _MONTH.match(doc[i].text):
        i += 1
    elif i == end + 1:
        return None
    if i < len(doc) and _DAY.match(doc[i].text) and not _YEAR.match(doc[i].text):
        i += 1  # "April 26 and May 3, 2007"
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return doc[i].text if i < len(doc) and _YEAR.match(doc[i].text) else None


_RANGE = re.compile(
    r"^(?:between|from)?\s*(?P<first>(?:early|mid|late)?\s*(?:\d{1,2}\s+)?[a-z]+\.?)"
    r"\s*(?:and|to|through|until|-|–|/)\s*(?:early|mid|late|the end of)?\s*"
    r"(?:\d{1,2}\s+)?(?P<month>[a-z]+\.?)(?P<year>,?\s+(?:1[89]|20)\d\d)$",
    re.IGNORECASE,
)
_DAYS = re.compile(r"^(?P<day>\d{1,2})\s*(?:and|to|-|–|/)\s*\d{1,2}\s+(?P<rest>.+)$")


def first_of_range(text: str) -> str:
    """The first part of a range told with its year ("March-April 2022":
    "March 2022"; "between April and June 2024": "April 2024"; "26 and 27
    April 2007": "26 April 2007"); any other text unchanged."""
    words = text.strip()
    if (days := _DAYS.match(words)) and _MONTH.match(days.group("rest").split()[0]):
        return f"{days.group('day')} {days.group('rest')}"
    match = _RANGE.match(words)
    if match is None or not all(
        _MONTH.match(w) for w in (match.group("first").split()[-1], match.group("month"))
    ):
        return text
    return f"{match.group('first').strip()}{match.group('year').replace(',', '')}"
