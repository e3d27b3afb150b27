"""Date words dateparser does not read, put in words it does.

- "last September" is the latest September before the article's month (in
  an article of May 2026, September 2025; of October 2026, September 2026).
- "last weekend", "over the weekend", "this past weekend": the weekend
  before the article's date, dated by its Saturday (an article of a
  Saturday or a Sunday calls the weekend before "last weekend", and its own
  "the weekend").
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_LAST_MONTH = re.compile(rf"\blast\s+({'|'.join(_MONTHS)})\b", re.IGNORECASE)
_WEEKEND = re.compile(
    r"^(?:(?P<last>last|the\s+last)|(?P<past>this\s+past|the\s+past)|(?:over|at|during)?\s*the)"
    r"\s+weekend$",
    re.IGNORECASE,
)


def last_month(text: str, reference: dt.date) -> str:
    """ "last September" -> "september 2025" for an article of May 2026."""

    def year(match: re.Match[str]) -> str:
        month = _MONTHS.index(match.group(1).lower()) + 1
        return f"{match.group(1)} {reference.year - (month >= reference.month)}"

    return _LAST_MONTH.sub(year, text)


def is_weekend(text: str) -> bool:
    return _WEEKEND.match(" ".join(text.split()).strip(" ,.")) is not None


def weekend_saturday(text: str, reference: dt.date) -> dt.date | None:
    """The Saturday of the weekend a phrase names, or None for any other phrase."""
    match = _WEEKEND.match(" ".join(text.split()).strip(" ,."))
    if match is None:
        return None
    back = (reference.weekday() - 5) % 7  # days since the last Saturday, 0 on one
    if match.group("past") and reference.weekday() >= 5:
        return None  # "this past weekend" in one: this one or the one before?
    if match.group("last") and reference.weekday() >= 5:
        back += 7  # an article of the weekend: "last weekend" is the one before
    return reference - dt.timedelta(days=back)


_DAY_MONTH = re.compile(
    rf"^(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{'|'.join(_MONTHS)})"
    rf"|(?P<m2>{'|'.join(_MONTHS)})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)$",
    re.IGNORECASE,
)


def near_day(text: str, around: str | None) -> str | None:
    """ "17 June" told with "Six weeks later" after an event of 3 May 2025:
    the day named, in the year that puts it nearest the day counted
    (`around`, ISO); None without that day or for any other phrase."""
    match = _DAY_MONTH.match(" ".join(text.split()).strip(" ,."))
    if match is None or around is None or len(around) != 10:
        return None
    day = int(match.group("d1") or match.group("d2"))
    month = _MONTHS.index((match.group("m1") or match.group("m2")).lower()) + 1
    counted = dt.date.fromisoformat(around)
    days = []
    for year in (counted.year - 1, counted.year, counted.year + 1):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not days:
        return None
    best = min(days, key=lambda d: abs((d - counted).days))
    return best.isoformat() if abs((best - counted).days) <= 62 else None
