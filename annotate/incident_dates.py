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
    rf"(?:\s+on)?:?\s*|\(?)(?P<date>{_FULL_DATE})\)?\s*(?:\([^()\n]{{1,30}}\)\s*)?"
    rf"(?:[—–-]|$|\|)",
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
# Parts of the day, clock times and vague hedges dateparser does not read:
# "late on Monday", "earlier this month", "Dec. 24, 04:20".
_NOISE = re.compile(
    r"\b(?:early|late|on|in|at|about|around|evening|morning|afternoon|night|midnight"
    r"|noon|overnight|the|of|hours|dawn|dusk|daybreak|small"
    r"|(?:earlier|later)(?=\s+(?:this|last|next|\d{4})\b)|\d{1,2}:\d\d)\b",
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
_DAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday".split()
# "Sunday last month", "a Sunday in March": a day the text names only within a month.
_DAY_IN_MONTH = re.compile(rf"\b{_WEEKDAYS}\s+(?:(?:of\s+)?(last|this)\s+month|in\s+)", re.I)
_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14}
_COUNTS = {
    w: n
    for n, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), 1
    )
} | {"a": 1, "an": 1}
# "Eight days later", "two weeks earlier", "the next day": a date told from the
# event before it, resolved by the caller against that event's date.
_OFFSET = re.compile(
    r"^(?:(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<unit>days?|weeks?|fortnight)\s+(?P<dir>later|earlier|before|after)"
    r"|the\s+(?P<next>next|following|previous)\s+day|(?P<eve>the\s+day\s+before)"
    r"|(?P<same>(?:(?:a\s+)?few\s+|several\s+)?(?:hours|minutes)\s+later|later\s+that\s+day"
    r"|the\s+same\s+(?:day|morning|afternoon|evening|night)))$",
    re.IGNORECASE,
)


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
    """Whether a date phrase names a day, month or year rather than a span,
    or a day counted from another ("eight days later")."""
    if offset_days(text) is not None:
        return True
    return bool(_POINT.search(text)) and not _SPAN_WORDS.search(text)


def offset_days(text: str) -> int | None:
    """Days from the event told before: "eight days later" 8, "two weeks
    earlier" -14, "the next day" 1, "hours later" 0; None for any other phrase."""
    match = _OFFSET.match(" ".join(text.split()).strip(" ,."))
    if match is None:
        return None
    if match.group("next"):
        return -1 if match.group("next").lower() == "previous" else 1
    if match.group("eve"):
        return -1
    if match.group("same"):
        return 0
    n = match.group("n").lower()
    count = int(n) if n.isdecimal() else _COUNTS.get(n, 1)
    days = count * _UNITS[match.group("unit").lower()]
    return days if match.group("dir").lower() in ("later", "after") else -days


def shifted(iso: str | None, days: int) -> str | None:
    """A day's ISO form moved by `days`; None unless `iso` names a day."""
    if iso is None or len(iso) != 10:
        return None
    try:
        return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()
    except (ValueError, OverflowError):
        return None


def normalise_date(text: str, reference: dt.date | None = None) -> str | None:
    """ISO form of a date as written, relative to `reference` (the article's
    date): "2024-03-03", "2024-03" or "2024"; None when the year is unknown
    or the phrase is not a point in time."""
    if not is_point(text) or offset_days(text) is not None:
        return None
    has_year = re.search(rf"\b{_YEAR}\b", text) is not None
    if reference is None and not has_year:
        return None
    parsed = _parse(text, reference)
    if parsed is None:
        return None
    when, period = parsed
    if _DAY_IN_MONTH.search(text):
        period = "month"  # the day is named, the date is not
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
    if _DAY_IN_MONTH.search(low):
        low = re.sub(rf"\b{_WEEKDAYS}\b", " ", low)  # "Sunday last month": the month
    for holiday, day in _HOLIDAYS.items():
        low = re.sub(holiday, day, low)
    if reference is not None:
        year = {"last": -1, "this": 0, "next": 1}
        low = _RELATIVE_YEAR.sub(lambda m: str(reference.year + year[m.group(1).lower()]), low)
    low = " ".join(_NOISE.sub(" ", low).replace(",", " ").split())
    if not low:
        return None
    if reference is not None and low in _DAY_NAMES:
        # "on Tuesday" in an article of a Tuesday is that day: dateparser,
        # preferring the past, would take the week before.
        back = (reference.weekday() - _DAY_NAMES.index(low)) % 7
        return dt.datetime.combine(reference - dt.timedelta(days=back), dt.time()), "day"
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
