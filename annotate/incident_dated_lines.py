"""A line that opens with its date ("3 March - Arson destroys a warehouse",
"Jan. 14: Hackers break into a water plant", "9 May 2025 - A drone
crashes"): a timeline's entry, whose present tense tells what happened that
day (the historic present), not a habit or a scenario. Only the date at the
very start of the line counts, with a dash or colon after it; a date told
inside the sentence does not make a line a timeline's.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annotate.incident_dates import MONTH
from annotate.parse_spans import doc_text

_DATED_LINE = re.compile(
    rf"[ \t]*(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})(?:,?\s+(?:19|20)\d\d)?\s*[-–—:]\s",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def on_dated_line(token: Token) -> bool:
    """Whether the token stands on a line that opens with a day and month."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    match = _DATED_LINE.match(text, start)
    return match is not None and match.end() <= token.idx


def headline_year_of_line(text: str, at: int) -> str | None:
    """The one year a headline names ("Sabotage in Poland in 2025: a
    timeline"), for the dated line of offset `at` that tells no year."""
    start = text.rfind("\n", 0, at) + 1
    match = _DATED_LINE.match(text, start)
    if match is None or match.end() > at or _YEAR.search(match.group()):
        return None
    years = set(_YEAR.findall(text.lstrip().split("\n", 1)[0]))
    return years.pop() if len(years) == 1 else None


# "September 14, 2025 – Czech Republic", "14 March 2026": a heading that is
# only a date, perhaps with the country or town of the entry after a dash.
_DATE_HEADING = re.compile(
    rf"[ \t]*(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})(?:,?\s+(?:19|20)\d\d)?"
    r"(?:\s*[-–—:]\s*[^\n.!?]{0,40})?[ \t]*$",
    re.IGNORECASE,
)


def under_dated_heading(token: Token) -> bool:
    """Whether the token's line stands right under a line that is only a
    date (and where): a timeline's entry told in the historic present."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx)
    if start <= 0:
        return False
    above = text.rfind("\n", 0, start) + 1
    return _DATE_HEADING.match(text[above:start]) is not None
