"""A timeline's lines: "Jan. 14 - A fire destroyed a depot in Tartu." The
date opening a line (day and month, either order, then a dash or colon) is
the date of the event the line tells (of two, "25–26 September", the
first), in the year of a heading above it (a line that is only a year),
else of the headline when it names one year only ("Arson in Estonia in
2025: a timeline"), else the article's.
"""

from __future__ import annotations

import re

from annotate.incident_dates import MONTH

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "28 May 2024 - ", "Jan. 14, 2025: ": a line's own year is the event's;
# "Dec. 24, 11:05 — ": a clock time after the date is the entry's hour.
_DAYS = r"\d{1,2}(?:\s?[-–]\s?\d{1,2})?"  # "25–26 September": a night's two days
_RANGE = re.compile(r"(\d{1,2})\s?[-–]\s?\d{1,2}")
_LINE_DATE = re.compile(
    rf"[ \t]*(?P<date>(?:{MONTH}\s+{_DAYS}|{_DAYS}\s+{MONTH})"
    rf"(?P<year>,?\s+{_YEAR.pattern})?)(?:,?\s+\d{{1,2}}[:.]\d\d)?\s*[-–—:]\s",
    re.IGNORECASE,
)


def line_date(text: str, at: int, heading_year: str | None) -> tuple[str, str] | None:
    """The date opening the line of offset `at`, as written and with the
    year it takes, or None when the line opens otherwise."""
    start = text.rfind("\n", 0, at) + 1
    match = _LINE_DATE.match(text, start)
    if match is None or match.end() > at:
        return None
    written = match.group("date")
    date = _RANGE.sub(r"\1", written, count=1)  # "25–26 September": the night's first day
    if match.group("year"):
        return written, date
    year = heading_year or _headline_year(text)
    return written, f"{date} {year}" if year else date


def part_of_line_date(text: str, at: int, told: str) -> bool:
    """ "Nov. 17-18," or "September" read as the event's date out of the
    line's "Nov. 17-18, 2024 -" or "25–26 September —": a piece of the line's
    date, which says less than the line does."""
    line = line_date(text, at, None)
    told = told.strip(" ,")
    return line is not None and bool(told) and told != line[0] and told in line[0]


def _headline_year(text: str) -> str | None:
    headline = text.lstrip().split("\n", 1)[0]
    years = set(_YEAR.findall(headline))
    return years.pop() if len(years) == 1 else None
