"""A timeline's lines: "Jan. 14 - A fire destroyed a depot in Tartu." The
date opening a line (day and month, either order, then a dash or colon) is
the date of the event the line tells, in the year of a heading above it
(a line that is only a year), else of the headline when it names one
year only ("Arson in Estonia in 2025: a timeline"), else the article's.
"""

from __future__ import annotations

import re

from annotate.incident_dates import MONTH

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "28 May 2024 - ", "Jan. 14, 2025: ": a line's own year is the event's;
# "Dec. 24, 11:05 — ": a clock time after the date is the entry's hour.
_LINE_DATE = re.compile(
    rf"[ \t]*(?P<date>(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})"
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
    date = match.group("date")
    if match.group("year"):
        return date, date
    year = heading_year or _headline_year(text)
    return date, f"{date} {year}" if year else date


def _headline_year(text: str) -> str | None:
    headline = text.lstrip().split("\n", 1)[0]
    years = set(_YEAR.findall(headline))
    return years.pop() if len(years) == 1 else None
