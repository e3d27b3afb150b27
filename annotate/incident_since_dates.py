"""A date told with "since" opens a period ("fits into a pattern of sabotage
since 2022"); it never gives the day of an event that borrows it from its
sentence (a mention whose own words hold no date)."""

from __future__ import annotations

import re

from annotate.incident_mention import Mention
from annotate.parse_spans import doc_text


def dated_by_a_period(m: Mention) -> bool:
    """Whether the mention's borrowed date is the start of a period."""
    if m.date is None or m.date_own:
        return False
    sent = m.head.sent
    words = doc_text(m.head.doc)[sent.start_char : sent.end_char]
    return re.search(rf"\bsince\s+{re.escape(m.date.text)}", words, re.IGNORECASE) is not None
