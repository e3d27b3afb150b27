"""When an incident happened: the article's own date, and dates normalised against it.

The article's date is the publication date a page gives (set on the doc as
`doc._.published` before the pipeline runs) or, failing that, a dateline at
the top of the text ("KYIV, March 12, 2025 —", "Published: 4 October 2025").
An incident's date as written ("Tuesday evening", "in March last year") is
normalised with `dateparser` relative to it, at the precision the text gives:
a day, a month or a year. Without a year (written or from the article) the
ISO form stays None: a partial form like "--12-01" is never produced.

`dateparser` costs about 50 ms to import and 100 ms for its first parse, so it
is imported on the first date that needs it, never at start-up; nor is
spaCy (the engine imports this module before any pipeline is loaded).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_FULL_DATE = (
    rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}|{_MONTH}\s+{_DAY},?\s+{_YEAR}"
    rf"|{_YEAR}-\d\d-\d\d)"
)
# A dateline: an optional place in capitals or a "Published" label, the full
# date, then a dash, a closing bracket or the end of the line.
_DATELINE = re.compile(
    rf"^(?:[A-Z][A-Z .,'/-]{{1,40}}[,(]\s*|(?:first\s+)?(?:published|updated|posted)"
    rf"(?:\s+on)?:?\s*|\(?)(?P<date>{_FULL_DATE})\)?\s*(?:[—–-]|$|\|)",
    re.IGNORECASE | re.MULTILINE,
)
_DATELINE_REACH = 600  # characters from the top where a dateline may stand
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Words that name a point in time (not a span like "for months", "recent weeks").
_POINT = re.compile(
    rf"\b(?:{_WEEKDAYS}|{_MONTH}|{_YEAR}|yesterday|today|tonight|christmas|easter"
    rf"|new year'?s|(?:last|this|next)\s+(?:year|month))\b",
    re.IGNORECASE,
)
_SPAN_WORDS = re.compile(r"\b(?:since|for|until|through|recent|past|decades?|\d{4}s)\b", re.I)
# Parts of the day and vague hedges dateparser does not read: "late on Monday".
_NOISE = re.compile(
    r"\b(?:early|late|on|in|at|about|around|evening|morning|afternoon|night|midnight"
    r"|noon|overnight|the|of)\b",
    re.IGNORECASE,
)
_HOLIDAYS = {
    r"christmas\s+day": "december 25",
    r"christmas\s+eve": "december 24",
    r"boxing\s+day": "december 26",
    r"new\s+year'?s\s+eve": "december 31",
    r"new\s+year'?s\s+day": "january 1",
}
_RELATIVE_YEAR = re.compile(r"\b(last|this|next)\s+year\b", re.IGNORECASE)


def dateline_date(text: str) -> dt.date | None:
    """The date of a dateline or "Published" line at the top of the text."""
    match = _DATELINE.search(text[:_DATELINE_REACH])
    if match is None:
        return None
    parsed = _parse(match.group("date"), None)
    return parsed[0].date() if parsed else None


def dateline_end(text: str) -> int:
    """Where a dateline ("KYIV, March 12, 2025 —") ends, or 0."""
    match = _DATELINE.search(text[:_DATELINE_REACH])
    return match.end() if match else 0


def article_date(text: str, published: dt.date | None = None) -> dt.date | None:
    """The date the article gives for itself: its publication date, else its dateline."""
    return published if published is not None else dateline_date(text)


def is_point(text: str) -> bool:
    """Whether a date phrase names a day, month or year rather than a span."""
    return bool(_POINT.search(text)) and not _SPAN_WORDS.search(text)


def normalise_date(text: str, reference: dt.date | None = None) -> str | None:
    """ISO form of a date as written, relative to `reference` (the article's
    date): "2024-03-03", "2024-03" or "2024"; None when the year is unknown
    or the phrase is not a point in time."""
    if not is_point(text):
        return None
    has_year = re.search(rf"\b{_YEAR}\b", text) is not None
    if reference is None and not has_year:
        return None
    parsed = _parse(text, reference)
    if parsed is None:
        return None
    when, period = parsed
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "day":
        return when.date().isoformat()
    return None


def _parse(text: str, reference: dt.date | None) -> tuple[dt.datetime, str] | None:
    """dateparser's reading of a phrase: the datetime and its precision."""
    low = text.lower()
    for holiday, day in _HOLIDAYS.items():
        low = re.sub(holiday, day, low)
    if reference is not None:
        year = {"last": -1, "this": 0, "next": 1}
        low = _RELATIVE_YEAR.sub(lambda m: str(reference.year + year[m.group(1).lower()]), low)
    low = " ".join(_NOISE.sub(" ", low).replace(",", " ").split())
    if not low:
        return None
    data = _parser(reference).get_date_data(low)
    if data.date_obj is None:
        return None
    return data.date_obj, data.period


@lru_cache(maxsize=16)
def _parser(reference: dt.date | None) -> Any:
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime(reference.year, reference.month, reference.day)
    return DateDataParser(languages=["en"], settings=settings)
