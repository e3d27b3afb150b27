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

from annotate.incident_date_words import is_weekend, last_month, near_day, weekend_saturday
from annotate.incident_holidays import holiday_date, is_holiday

# A month's name or abbreviation, as a regular expression (shared with timelines).
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# A year of any century told with its month ("July 14, 1789", "14 July 1683",
# "in June 1241"): a full date, however far from the article's.
_MONTHS_YEAR = re.compile(rf"\b{MONTH}(?:\s+{DAY})?,?\s+1\d\d\d\b", re.IGNORECASE)
FULL_DATE = (
    rf"(?:{DAY}\s+(?:of\s+)?{MONTH},?\s+{_YEAR}|{MONTH}\s+{DAY},?\s+{_YEAR}"
    rf"|{_YEAR}-\d\d-\d\d)"
)
# A clock time and its zone, told with a page's date: "14:02 GMT", "6:12 p.m. ET".
CLOCK = r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?"
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Words that name a point in time (not a span like "for months", "recent weeks").
_POINT = re.compile(
    rf"\b(?:{_WEEKDAYS}|{MONTH}|{_YEAR}|yesterday|today|tonight|christmas|easter"
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
# "Saturday 11 October, a year ago yesterday": a retrospective's year.
_YEARS_AGO = re.compile(
    r"\b(a|one|two|three)\s+years?\s+ago(?:\s+(?:yesterday|today|tomorrow|this\s+week))?\b",
    re.IGNORECASE,
)
# "the night of 4 to 5 May", "May 4-5": a night over two days, dated by its first.
_NIGHT_RANGE = re.compile(r"\b(\d{1,2})\s*(?:to|-|–|/)\s*(\d{1,2})\b")
_DAY_OF_MONTH = re.compile(rf"\b{DAY}\b.*\b{MONTH}|\b{MONTH}\s+{DAY}\b", re.IGNORECASE)
_YEARS_BACK = 2  # how far back a weekday told with its day and month may send the year
# An hour told with a day ("nine o'clock yesterday", "shortly after 9 p.m. on
# Tuesday"): the day is the date, the hour adds nothing to it.
_CLOCK_TIME = re.compile(
    r"\b(?:(?:shortly|just|roughly|approximately|some)\s+)?(?:(?:after|before)\s+)?"
    r"(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s*o'clock|(?:[:.]\d\d)?\s*[ap]\.?m\b\.?)|midnight|noon)",
    re.IGNORECASE,
)
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
# "A day after the blast", "two weeks before the fire": counted from the
# event the noun names (`after_what` gives the noun).
_OFFSET = re.compile(
    r"^(?:(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<unit>days?|weeks?|fortnight)\s+(?P<dir>later|earlier|before|after)"
    r"(?:\s+(?:the|that)\s+(?P<what>[a-z]+(?:\s+[a-z]+)?))?"
    r"|the\s+(?P<next>next|following|previous)\s+day|(?P<eve>the\s+day\s+before)"
    r"|(?P<same>(?:(?:a\s+)?few\s+|several\s+)?(?:hours|minutes)\s+later"
    r"|(?:later|earlier)\s+that\s+(?:day|night|evening)|(?:that\s+)?same\s+(?:day|night)"
    r"|the\s+same\s+(?:day|morning|afternoon|evening|night)))"
    r"(?:,?\s+(?:on|in)\s+(?P<on>[^,]+))?$",  # "Six weeks later, on 17 June": that day
    re.IGNORECASE,
)
# "the previous Tuesday", "the Tuesday before", "the following Friday": the
# weekday nearest before or after the event told before.
_WEEKDAY_FROM = re.compile(
    rf"^(?:the\s+(?P<dir>previous|preceding|following|next)\s+(?P<day>{_WEEKDAYS})"
    rf"|the\s+(?P<day2>{_WEEKDAYS})\s+(?P<dir2>before|after))$",
    re.IGNORECASE,
)


def holiday(text: str) -> bool:
    """A holiday that names one day ("New Year's Eve", "Christmas Day")."""
    return is_holiday(text)


def is_point(text: str) -> bool:
    """Whether a date phrase names a day, month or year rather than a span,
    or a day counted from another ("eight days later", "the previous Tuesday")."""
    if is_relative(text) or is_weekend(text):
        return True
    return bool(_POINT.search(text)) and not _SPAN_WORDS.search(text)


def offset_days(text: str) -> int | None:
    """Days from the event told before: "eight days later" 8, "two weeks
    earlier" -14, "the next day" 1, "hours later" 0; None for any other phrase."""
    match = _OFFSET.match(_clean(text))
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


def is_relative(text: str) -> bool:
    """A day told from another event's ("two weeks earlier", "the previous Tuesday")."""
    return offset_days(text) is not None or _WEEKDAY_FROM.match(_clean(text)) is not None


def after_what(text: str) -> str | None:
    """The event a count is told from: "a day after the blast" "blast"."""
    match = _OFFSET.match(_clean(text))
    return match.group("what").split()[-1].lower() if match and match.group("what") else None


def told_from(text: str, iso: str | None) -> str | None:
    """The day a relative phrase names, counted from the day `iso` of the
    event told before: "four days earlier", "the previous Tuesday"."""
    days = offset_days(text)
    if days is not None:
        on = _OFFSET.match(_clean(text)).group("on")  # type: ignore[union-attr]
        return near_day(on, shifted(iso, days)) if on else shifted(iso, days)
    match = _WEEKDAY_FROM.match(_clean(text))
    if match is None or iso is None or len(iso) != 10:
        return None
    day = _DAY_NAMES.index((match.group("day") or match.group("day2")).lower())
    back = (match.group("dir") or match.group("dir2")).lower() in (
        "previous",
        "preceding",
        "before",
    )
    anchor = dt.date.fromisoformat(iso)
    if back:
        return (anchor - dt.timedelta(days=(anchor.weekday() - day) % 7 or 7)).isoformat()
    return (anchor + dt.timedelta(days=(day - anchor.weekday()) % 7 or 7)).isoformat()


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,.")


def shifted(iso: str | None, days: int) -> str | None:
    """A day's ISO form moved by `days`; None unless `iso` names a day."""
    if iso is None or len(iso) != 10:
        return None
    try:
        return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()
    except (ValueError, OverflowError):
        return None


def names_a_year(text: str) -> bool:
    """Whether a date's words give its year: one of the last two centuries,
    or any year told with its month."""
    return re.search(rf"\b{_YEAR}\b", text) is not None or _MONTHS_YEAR.search(text) is not None


def normalise_date(text: str, reference: dt.date | None = None) -> str | None:
    """ISO form of a date as written, relative to `reference` (the article's
    date): "2024-03-03", "2024-03" or "2024"; None when the year is unknown
    or the phrase is not a point in time."""
    if reference is not None and (saturday := weekend_saturday(text, reference)):
        return saturday.isoformat()  # "last weekend", "over the weekend"
    if (day := holiday_date(text, reference)) is not None:
        return day  # "Christmas Day 2024", "Easter Sunday"
    if not is_point(text) or is_relative(text):
        return None
    has_year = names_a_year(text)
    if reference is None and not has_year:
        return None
    parsed = parse_date(text, reference)
    if parsed is None:
        return None
    when, period = parsed
    if _DAY_IN_MONTH.search(text):
        period = "month"  # the day is named, the date is not
    if period == "day" and not has_year and reference is not None:
        when = _weekday_year(text, when)
        if when is None:
            return None  # no year near the article's fits the weekday told
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "day":
        return when.date().isoformat()
    return None


def _weekday_year(text: str, when: dt.datetime) -> dt.datetime | None:
    """ "Saturday 11 October" in an article of October 2026 is 2025's (11
    October 2026 is a Sunday): the nearest year back in which the day and
    month fall on the weekday told; None when none does."""
    days = [d for d in _DAY_NAMES if re.search(rf"\b{d}\b", text, re.IGNORECASE)]
    if len(days) != 1 or not _DAY_OF_MONTH.search(text):
        return when
    for back in range(_YEARS_BACK + 1):
        try:
            moved = when.replace(year=when.year - back)
        except ValueError:  # 29 February
            continue
        if _DAY_NAMES[moved.weekday()] == days[0]:
            return moved
    return None


def parse_date(text: str, reference: dt.date | None) -> tuple[dt.datetime, str] | None:
    """dateparser's reading of a phrase: the datetime and its precision."""
    low = text.lower()
    if _DAY_IN_MONTH.search(low):
        low = re.sub(rf"\b{_WEEKDAYS}\b", " ", low)  # "Sunday last month": the month
    for holiday, day in _HOLIDAYS.items():
        low = re.sub(holiday, day, low)
    if reference is not None:
        low = last_month(low, reference)  # "last September"
        year = {"last": -1, "this": 0, "next": 1}
        low = _RELATIVE_YEAR.sub(lambda m: str(reference.year + year[m.group(1).lower()]), low)
        ago = {"a": 1, "one": 1, "two": 2, "three": 3}
        low = _YEARS_AGO.sub(lambda m: str(reference.year - ago[m.group(1).lower()]), low)
    low = _NIGHT_RANGE.sub(
        lambda m: m.group(1) if int(m.group(2)) == int(m.group(1)) + 1 else m.group(0), low
    )
    low = _CLOCK_TIME.sub(" ", low)  # "at about nine o'clock yesterday evening": yesterday
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
