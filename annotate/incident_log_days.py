"""A log's entries, each opened by its clock time ("08:40 A car was set on
fire ...", "21:30 – A van was torched ..."), under a line giving their day
("16 September", "Wednesday 16.09"): a police log or a digest told like a
live blog, whose entries happened on the day of the heading above them.
"""

from __future__ import annotations

import datetime as dt
import re

# An entry opened by its clock time, its words on the same line.
STAMP_LED = re.compile(r"^[ \t]*\d{1,2}[:.]\d\d[ \t]*(?:[-–—:][ \t]*)?(?=[A-Z])", re.M)
# A heading that is a day by numbers ("16.09", "Wednesday 16.09.", "16.09.2025").
_NUMERIC_DAY = re.compile(
    r"(?:(?P<weekday>[A-Za-z]+),?[ \t]+)?(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.?"
    r"(?P<year>(?:19|20)\d\d)?"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def stamp_led_entries(text: str) -> list[int]:
    """Offsets of the entries opened by a clock time (two at least, else none)."""
    found = [m.start() for m in STAMP_LED.finditer(text)]
    return found if len(found) >= 2 else []


def numeric_day(words: str, reference: dt.date | None) -> str | None:
    """ISO day of a heading written in numbers, its year the article's (or the
    one it gives); None unless a weekday given agrees with the day."""
    match = _NUMERIC_DAY.fullmatch(words.strip())
    if match is None:
        return None
    year = int(match["year"]) if match["year"] else reference.year if reference else None
    if year is None:
        return None
    try:
        day = dt.date(year, int(match["month"]), int(match["day"]))
        if not match["year"] and reference is not None and day > reference:
            day = day.replace(year=year - 1)  # a heading is never after the article
    except ValueError:
        return None
    weekday = (match["weekday"] or "").lower()
    if weekday and (weekday not in _WEEKDAYS or _WEEKDAYS.index(weekday) != day.weekday()):
        return None  # a name or a weekday that is not that day's: not a heading
    return day.isoformat()
