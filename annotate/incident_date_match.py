"""Comparing the dates of incident mentions: whether two can be the same
day, and the finest of several ("this year" gives way to "on 30 November").
Dates without ISO forms compare by the weekdays and months they name; a
year the text did not give never makes two dates differ."""

from __future__ import annotations

import datetime as dt
import re

from annotate.incident_dates import normalise_date
from annotate.model import DateRef

YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|\byear\b", re.IGNORECASE)


WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)


def same_date(a: DateRef | None, b: DateRef | None) -> bool:
    if a is None or b is None:
        return True
    if not (a.iso and b.iso):
        # Without both ISO forms only named days or months can differ.
        for names in (WEEKDAY_NAMES, MONTH_NAMES):
            x, y = named(a.text, names), named(b.text, names)
            if x and y and not x & y:
                return False
        return True
    if a.iso and b.iso:
        if _night_between(a, b) or _night_between(b, a):
            return True
        if not (YEAR.search(a.text) and YEAR.search(b.text)):
            # "March 20" after "March last year": a year the text did not give
            # does not make two dates differ.
            x, y = a.iso[5:], b.iso[5:]
            if x and y and (x.startswith(y) or y.startswith(x)):
                return True
        return a.iso.startswith(b.iso) or b.iso.startswith(a.iso)
    return a.text.lower() in b.text.lower() or b.text.lower() in a.text.lower()


def _night_between(night: DateRef, day: DateRef) -> bool:
    """ "overnight" told on Saturday is the night into it: the same night as
    "on Friday night" (dated the day before)."""
    if "overnight" not in night.text.lower() or len(night.iso or "") != 10:
        return False
    if len(day.iso or "") != 10:
        return False
    try:
        before = dt.date.fromisoformat(night.iso) - dt.timedelta(days=1)
    except ValueError:
        return False
    told = day.text.lower()
    return day.iso == before.isoformat() and any(w in told for w in ("night", "evening", "late"))


def named(text: str, names: frozenset[str]) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w in names}


_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def coarse(date: DateRef) -> bool:
    """ "this year", "2023", "last month": a time no finer than a month."""
    if date.iso and len(date.iso) == 10:
        return False
    text = date.text.lower()
    return not _DAY.search(text) and not named(text, WEEKDAY_NAMES)


def within(date: DateRef, finer: DateRef) -> bool:
    """Whether a day can fall in a coarser time: a day told without its
    year ("21 June") fits any year, and its month must agree."""
    if not (date.iso and finer.iso):
        return same_date(date, finer)
    if YEAR.search(finer.text):
        return finer.iso.startswith(date.iso)
    return len(date.iso) < 7 or date.iso[5:7] == finer.iso[5:7]


def finest(date: DateRef, dates: list[DateRef]) -> DateRef:
    """ "Broke into a control panel this year ... on 30 November": a day told
    for the event wins over the year or month it falls in; a bare year told
    with it ("in 2023 ... on 21 June") dates the day."""
    if not coarse(date):
        return date
    finer = next((d for d in dates if not coarse(d) and within(date, d)), None)
    if finer is None:
        return date
    if YEAR.search(finer.text):
        return finer
    year = re.fullmatch(r"(?:in )?((?:1[89]|20)\d\d)", date.text.strip().lower())
    if year:
        text = f"{finer.text} {year.group(1)}"
        iso = f"{year.group(1)}{finer.iso[4:]}" if finer.iso else normalise_date(text)
        return DateRef(text, iso)
    if date.iso and finer.iso:  # "in March last year ... on March 20"
        return DateRef(finer.text, f"{date.iso[:4]}{finer.iso[4:]}")
    return finer
