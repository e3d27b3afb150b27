"""A timeline's entry told as a paragraph under a heading that is only its
date, perhaps with where after a dash:

    14 March 2025 – Vilnius, Lithuania

    Irina Valko ... is found unconscious in her flat ...

The heading's day is the day of what the paragraph right under it tells, when
its own words date it to nothing. Only the line just above the paragraph
counts (blank lines aside), and never a page's own date line above the body.
A round-up's line labelled with its weekday ("• Wednesday – Netherlands:
Websites of ... were knocked offline") is dated the same way, in its first
sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from annotate.incident_dates import MONTH, normalise_date
from annotate.model import DateRef
from annotate.parse_spans import doc_text

_YEAR = r"(?:19|20)\d\d"
_HEADING = re.compile(
    rf"[ \t]*(?P<date>(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})(?P<year>,?\s+{_YEAR})?)"
    r"(?:[ \t]*[-–—:][ \t]*[^\n.!?:]{0,40})?[ \t]*",
    re.IGNORECASE,
)
# "• Wednesday – Netherlands: ", "Friday: ": a line's weekday label, the place after it
_LABEL = re.compile(
    r"[ \t]*(?:[•*·-][ \t]*)?(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"[ \t]*[-–—:][ \t]*(?:[^\n.!?:]{0,40}:[ \t]*)?",
    re.IGNORECASE,
)
_LINE = re.compile(r"^[^\n]{3,80}$", re.MULTILINE)
# A charge, trial or arrest told under the heading is dated by the heading, not the event.
_PROCEEDINGS = frozenset(
    "charge convict sentence try indict prosecute acquit jail arrest detain".split()
)


def heading_date(text: str, at: int, told: int) -> tuple[str, bool] | None:
    """The date of the heading line right above the paragraph of offset `at`
    (past the page's date line, ending at `told`), and whether it names its
    year; None when the line above is anything else."""
    line_start = text.rfind("\n", 0, at) + 1
    end = line_start
    while end > 0 and text[end - 1] in "\n \t\r":
        end -= 1
    if end == line_start or "\n" not in text[end:line_start]:
        return None  # the paragraph's first line, never one inside it
    above = text.rfind("\n", 0, end) + 1
    if above < told:
        return None
    match = _HEADING.fullmatch(text, above, end)
    if match is None:
        return None
    return match.group("date"), match.group("year") is not None


def heading_day(
    head: Token, told: int, year: str | None, reference: dt.date | None
) -> DateRef | None:
    """The day of the heading over the paragraph of `head`, in its own year,
    else `year` (a year line above), else the headline's one year; never for
    a charge or trial told there, nor for what befell someone an entry above
    named (a later finding on an event told before)."""
    text = doc_text(head.doc)
    found = heading_date(text, head.idx, told) or _day_label(text, head, told)
    if found is None or _in_proceeding(head) or _named_above(head, text, told):
        return None
    day, has_year = found
    year = None if has_year else year or _headline_year(text)
    iso = normalise_date(f"{day} {year}" if year else day, reference)
    return DateRef(day, iso) if iso and len(iso) == 10 else None


def _day_label(text: str, head: Token, told: int) -> tuple[str, bool] | None:
    """ "• Wednesday – Netherlands: Websites of ... were knocked offline": a
    round-up's line labelled with its weekday, for the line's first sentence."""
    start = text.rfind("\n", 0, head.idx) + 1
    match = _LABEL.match(text, start)
    if start < told or match is None or head.sent.start_char > match.end() + 1:
        return None
    return match.group("day"), False


def _in_proceeding(head: Token) -> bool:
    """ "Prosecutors charge X with attempted murder": the charge's day."""
    return any(a.lemma_.lower() in _PROCEEDINGS for a in head.ancestors)


def _named_above(head: Token, text: str, told: int) -> bool:
    """A person named in the event's sentence whom an entry above, under an
    earlier heading, already named: "4 November – Valko was poisoned with ..."."""
    names = [e.text.split()[-1] for e in head.sent.ents if e.label_ == "PERSON"]
    if not names:
        return False
    line = text.rfind("\n", 0, head.idx)
    first = next(
        (m.start() for m in _LINE.finditer(text, told) if _HEADING.fullmatch(m.group())), line
    )
    return any(name in text[first:line] for name in names)


def _headline_year(text: str) -> str | None:
    years = set(re.findall(rf"\b{_YEAR}\b", text.lstrip().split("\n", 1)[0]))
    return years.pop() if len(years) == 1 else None


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_WEEK = 6  # days after a heading's day that a weekday told under it may fall on


def weekday_under_heading(
    head: Token, date: DateRef, year: str | None, reference: dt.date | None
) -> DateRef | None:
    """ "September 24–25 — Denmark / Aalborg Airport closes after drones are
    spotted over it late on Wednesday": a bare weekday under a dated heading
    is that weekday in the week from the heading's day, not the one before
    the article's date."""
    if not _WEEKDAY.search(date.text) or re.search(r"\d", date.text):
        return None
    told = head.doc.user_data.get("briefing_dateline_end", 0)
    day = heading_day(head, told, year, reference)
    if day is None or day.iso is None:
        return None
    week_end = dt.date.fromisoformat(day.iso) + dt.timedelta(days=_WEEK)
    iso = normalise_date(date.text, week_end)
    return DateRef(date.text, iso) if iso and iso >= day.iso else None
