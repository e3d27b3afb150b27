"""A line that opens with its date ("3 March - Arson destroys a warehouse",
"Jan. 14: Hackers break into a water plant", "9 May 2025 - A drone
crashes"): a timeline's entry, whose present tense tells what happened that
day (the historic present), not a habit or a scenario; two days joined by
a dash ("25–26 September —", "Nov. 17-18, 2024 -") are a night's. Only the
date at the very start of the line counts, with a dash or colon after it; a date told
inside the sentence does not make a line a timeline's.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annotate.incident_dates import MONTH
from annotate.incident_place_names import doc_places
from annotate.lexicons import capitals, country_of
from annotate.parse_spans import doc_text

_DAYS = r"\d{1,2}(?:\s?[-–]\s?\d{1,2})?"  # "25–26 September": a night's two days
_DATED_LINE = re.compile(
    rf"[ \t]*(?:{MONTH}\s+{_DAYS}|{_DAYS}\s+{MONTH})(?:,?\s+(?:19|20)\d\d)?\s*[-–—:]\s",
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


# "14 March 2025 – Vilnius, Lithuania": a heading's date, then where the entry happened.
_PLACED_HEADING = re.compile(
    rf"[ \t]*(?i:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})(?:,?\s+(?:19|20)\d\d)?"
    r"\s*[-–—]\s*([A-Z][\w'’.-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][\w'’.-]*){0,3})"
    r"(?:,[ \t]*([A-Z][^\n.!?]{0,30}?))?[ \t]*$"
)


def heading_place(head: Token) -> str | None:
    """The place a timeline's heading gives its entry ("14 March 2025 –
    Vilnius, Lithuania", then "X is found unconscious in her flat"), for
    an event of the paragraph right under it that names no place."""
    text = doc_text(head.doc)
    start = text.rfind("\n", 0, head.idx)
    while start > 0 and text[start - 1] == "\n":
        start -= 1  # the blank lines between the heading and its entry
    if start <= 0:
        return None
    above = text.rfind("\n", 0, start) + 1
    match = _PLACED_HEADING.match(text, above, start)
    if match is None:
        return None
    # a place the doc knows as one, never a title's words ("3 March – Arson Attack")
    name = head.doc.char_span(match.start(1), match.end(1))
    if name is None or not (
        all(t.ent_type_ in ("GPE", "LOC") for t in name)
        or name.text.lower() in doc_places(head.doc)
        or name.text.lower() in capitals()
        or country_of(name.text) is not None
        or country_of(match.group(2) or "") is not None  # "Villanueva del Mar, Spain"
    ):
        return None
    return name.text
