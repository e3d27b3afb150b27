"""A weekday the tagger took apart from the day after it: "On the night of
Monday, 9 November, personnel observed drones" gives "the night of Monday"
and "9 November" as two dates. The day and month told right after the
weekday are its date; the weekday alone would be the last one before the
publication, often a week off.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from annotate.incident_dates import MONTH, normalise_date
from annotate.model import DateRef
from annotate.parse_spans import span_text

_WEEKDAY_END = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.IGNORECASE)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY_AFTER = rf",?\s+(?P<day>{_DAY}\s+{MONTH}|{MONTH}\s+{_DAY})(?P<year>,?\s+(?:19|20)\d\d)?\b"


def weekday_day(head: Token, date: DateRef | None, reference: dt.date | None) -> DateRef | None:
    """`date` with the day and month told right after its closing weekday."""
    if date is None or not _WEEKDAY_END.search(date.text):
        return date
    found = re.search(re.escape(date.text) + _DAY_AFTER, span_text(head.sent), re.IGNORECASE)
    if found is None:
        return date
    text = f"{date.text}, {found.group('day')}{found.group('year') or ''}"
    iso = normalise_date(f"{found.group('day')}{found.group('year') or ''}", reference)
    return DateRef(text, iso) if iso and len(iso) == 10 else date
