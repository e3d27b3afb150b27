"""A digest's items stamped with when they were posted ("The channel of
Atesh (3 March, 21:03) said its agents set fire to ..."): the item's
event, told with no day of its own or only as "overnight", happened on the
stamp's day. Only a bracket with a day, a month and a clock time is a
stamp; a bracketed date alone may be anything.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from annotate.incident_dates import MONTH, normalise_date
from annotate.model import DateRef
from annotate.parse_spans import span_text

_STAMP = re.compile(
    rf"\((?P<day>\d{{1,2}}\s+{MONTH}\.?|{MONTH}\.?\s+\d{{1,2}})(?:,?\s+(?:19|20)\d\d)?,?\s+"
    r"\d{1,2}[:.]\d\d\)",
    re.IGNORECASE,
)
# An event's own time that the stamp's day makes exact.
_NIGHTS = frozenset({"overnight", "last night", "tonight", "this morning", "today"})


def stamped_day(head: Token, date: DateRef | None, reference: dt.date | None) -> DateRef | None:
    """The day of the stamp in the event's sentence, for an event with no day
    of its own (or only its night); None where there is no one stamp."""
    if date is not None and date.text.strip().lower() not in _NIGHTS:
        return None
    stamps = list(_STAMP.finditer(span_text(head.sent)))
    if len(stamps) != 1:
        return None
    iso = normalise_date(stamps[0]["day"], reference)
    if iso is None or len(iso) != 10:
        return None
    return DateRef(date.text if date else stamps[0]["day"], iso)
