"""Holidays that name one day ("Christmas Day 2024", "Easter Sunday",
"New Year's Eve, 2025"): a date the tagger gives whole, which a year after
it must not cut down to the year. Fixed days from a table; Easter's days from
`dateutil.easter` (installed with dateparser)."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import easter

# Name -> (month, day) for fixed days, or days from Easter Sunday.
_FIXED = {
    r"christmas\s+day": (12, 25),
    r"christmas\s+eve": (12, 24),
    r"boxing\s+day": (12, 26),
    r"new\s+year'?s\s+eve": (12, 31),
    r"new\s+year'?s\s+day": (1, 1),
    r"(?:st\.?\s+|saint\s+)?valentine'?s\s+day": (2, 14),
    r"halloween": (10, 31),
}
_EASTER = {
    r"good\s+friday": -2,
    r"holy\s+saturday": -1,
    r"easter\s+sunday": 0,
    r"easter\s+day": 0,
    r"easter\s+monday": 1,
}
_NAMES = "|".join([*_FIXED, *_EASTER])
_HOLIDAY = re.compile(
    rf"^(?:the\s+)?(?P<name>{_NAMES})(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?$",
    re.IGNORECASE,
)


def is_holiday(text: str) -> bool:
    """A holiday that names one day, with or without its year."""
    return _HOLIDAY.match(" ".join(text.split()).strip(" ,.")) is not None


def holiday_date(text: str, reference: dt.date | None) -> str | None:
    """ISO day of a holiday as written: its year, else the last one on or
    before the article's date; None without either."""
    found = _HOLIDAY.match(" ".join(text.split()).strip(" ,."))
    if found is None:
        return None
    name = found["name"].lower()
    if found["year"]:
        return _day(name, int(found["year"])).isoformat()
    if reference is None:
        return None
    day = _day(name, reference.year)
    return (day if day <= reference else _day(name, reference.year - 1)).isoformat()


def _day(name: str, year: int) -> dt.date:
    for pattern, (month, day) in _FIXED.items():
        if re.fullmatch(pattern, name):
            return dt.date(year, month, day)
    offset = next(n for pattern, n in _EASTER.items() if re.fullmatch(pattern, name))
    return easter(year) + dt.timedelta(days=offset)
