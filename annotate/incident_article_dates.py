"""The article's own date: a dateline or "Published" line at the top of the
text, a bulletin's header, a wire dateline without its year (which dates
nothing but ends the report's words), and the date the article gives for
itself against its publication date."""

from __future__ import annotations

import datetime as dt
import re

from annotate.incident_dateline_spots import after_prose, bare
from annotate.incident_dates import CLOCK, DAY, FULL_DATE, MONTH, parse_date

# A dateline: an optional place in capitals or a "Published" label (with the
# hour before or after the date), the full date, then a dash, a closing
# bracket or the end of the line.
_DATELINE = re.compile(
    rf"^(?:[A-Z][A-Z .,'/-]{{1,40}}[,(]\s*|(?:first\s+)?(?:published|updated|posted)"
    rf"(?:\s+on)?:?\s*(?:{CLOCK},?\s*)?|\(?)(?P<date>{FULL_DATE})\)?"
    rf"(?:,?\s*(?:at\s+)?{CLOCK})?\s*(?:\([^()\n]{{1,30}}\)\s*)?(?:[—–-]|$|\|)",
    re.IGNORECASE | re.MULTILINE,
)
# A wire dateline without its year ("KYIV, March 3 (Reuters) -"): it dates
# nothing, but its words are the report's, never an event's.
_YEARLESS_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'/-]{{1,40}},\s*(?P<day>(?i:{MONTH})\s+{DAY})"
    rf"\s*(?:\([^()\n]{{1,30}}\)\s*)?[—–-]",
    re.MULTILINE,
)
# A script's or bulletin's header line: a short label, then its full date
# ("RADIO NEWS SCRIPT – Tuesday 12 May 2026, 07:00", "Evening bulletin, 3
# March 2026"), alone on its line at the top.
_HEADER = re.compile(
    rf"\A\s*[^\n.!?]{{3,60}}?\s*[—–,:|-]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?P<date>{FULL_DATE})"
    rf"(?:,?\s*(?:at\s+)?{CLOCK})?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_DATELINE_REACH = 600  # characters from the top where a dateline may stand


def _dateline(text: str) -> re.Match[str] | None:
    """A dateline at the top of the text; not a timeline's first entry,
    told after a lead paragraph ("October 8, 2023 – The pipeline ...")."""
    match = _DATELINE.search(text[:_DATELINE_REACH])
    if match is not None and bare(match.group(0)) and after_prose(text, match.start()):
        return None
    return match


def dateline_date(text: str) -> dt.date | None:
    """The date of a dateline or "Published" line at the top of the text."""
    match = _dateline(text) or _HEADER.search(text[:_DATELINE_REACH])
    if match is None:
        return None
    parsed = parse_date(match.group("date"), None)
    return parsed[0].date() if parsed else None


def dateline_end(text: str) -> int:
    """Where a dateline ("KYIV, March 12, 2025 —", "KYIV, March 3 (Reuters) -") ends, or 0."""
    match = _dateline(text) or _YEARLESS_DATELINE.search(text[:_DATELINE_REACH])
    return match.end() if match else 0


def article_date(text: str, published: dt.date | None = None) -> dt.date | None:
    """The date the article gives for itself: its dateline's day when the
    publication date is a few days after it (a wire report posted later:
    "KYIV, July 3 —" on a page of July 6 tells "Wednesday" from July 3),
    else its publication date, else its dateline."""
    if published is None:
        return dateline_date(text)
    return _filed(text, published) or published


_WIRE_LAG = 7  # days a page may be posted after its dateline


def _filed(text: str, published: dt.date) -> dt.date | None:
    """The dateline's day, in the year that puts it up to a week before the
    publication date; None without one there."""
    filed = dateline_date(text)
    if filed is None and (match := _YEARLESS_DATELINE.search(text[:_DATELINE_REACH])):
        for year in (published.year, published.year - 1):
            parsed = parse_date(f"{match.group('day')} {year}", None)
            if parsed and 0 <= (published - parsed[0].date()).days <= _WIRE_LAG:
                return parsed[0].date()
    ok = filed is not None and 0 <= (published - filed).days <= _WIRE_LAG
    return filed if ok else None
