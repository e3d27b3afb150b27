"""An event's own place and date in a tracker's table row or a list item:
`05.11.2026 | Sumy, Zarichnyi district | heating plant | drone strike |
2 injured` (the row's date and place cells, found by a header row or by
their look), `- 3 May, Gdynia: a fire at a fuel depot` (the item's lead).
The line's own cells beat any place or date a sentence running into the
next row would lend it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from annotate.incident_dates import MONTH, normalise_date
from annotate.model import DateRef
from annotate.parse_spans import doc_text

_PLACE_HEADS = frozenset(
    "place location city town village region oblast settlement area where locality".split()
)
_DATE_HEADS = frozenset({"date", "day", "when"})
_LOCAL = frozenset("district village suburb neighbourhood neighborhood raion quarter".split())
_NUMERIC = re.compile(r"(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)$")
_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)$")
_WORDY = re.compile(rf"(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}})(?:,?\s+(?:19|20)\d\d)?$", re.I)
_NAME = r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}(?:,\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)?"
_DAY = rf"(?i:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}})(?:,?\s+(?:19|20)\d\d)?"
# "- 3 May, Gdynia: ...", "• Gdynia, 3 May — ...": a list item's lead.
_LEADS = (
    re.compile(rf"[ \t]*(?:[-–•*·][ \t]+)?(?P<date>{_DAY}),\s+(?P<place>{_NAME})\s*[:–—]\s"),
    # the town first only after a bullet: "KYIV, March 12, 2025 —" is a dateline
    re.compile(rf"[ \t]*[-–•*·][ \t]+(?P<place>{_NAME}),\s+(?P<date>{_DAY})\s*[:–—]\s"),
)


@dataclass(frozen=True, slots=True)
class RowFacts:
    place: str | None
    area: str | None
    date: DateRef | None
    table: bool  # a table row's cells (else a list item's lead)
    lead_end: int = 0  # where a list item's lead ends, in its line


def row_facts(head: Token, reference: dt.date | None) -> RowFacts | None:
    """The place and date of the table row or list item the incident word
    stands on, when its line is one."""
    text = doc_text(head.doc)
    start = text.rfind("\n", 0, head.idx) + 1
    end = text.find("\n", head.idx)
    line = text[start : end if end >= 0 else len(text)]
    if line.count("|") >= 2:
        return _table_row(text, start, line, head.idx - start, reference)
    for lead in _LEADS:
        match = lead.match(line)
        if match is not None and match.end() <= head.idx - start:
            if match["place"].isupper() or not _a_place(head.doc, start + match.start("place")):
                return None  # "- 3 May, Anna Kask: ...", a person
            place, area = _split_place(match["place"])
            return RowFacts(place, area, _date(match["date"], reference), False, match.end())
    return None


def _a_place(doc: Doc, at: int) -> bool:
    """The name at character `at` is not tagged a people or a time, nor a
    person when of several words (a town alone is often taken for one)."""
    token = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)
    if token is None or token.ent_type_ in ("NORP", "DATE", "TIME"):
        return False
    return token.ent_type_ != "PERSON" or doc[token.i + 1].ent_iob_ != "I"


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _table_row(
    text: str, start: int, line: str, at: int, reference: dt.date | None
) -> RowFacts | None:
    cells = _cells(line)
    if len(cells) < 3:
        return None
    own = line[:at].strip().lstrip("|").count("|")  # the cell the incident word is in
    header = _header(text, start, len(cells))
    place_col = next((i for i, h in enumerate(header) if h in _PLACE_HEADS), None)
    date_col = next((i for i, h in enumerate(header) if h in _DATE_HEADS), None)
    if date_col is None:
        date_col = next((i for i, c in enumerate(cells) if _date(c, reference)), None)
    if place_col is None and date_col is not None and not header:
        # no header: the first capitalised cell after the date, not the event's own
        place_col = next(
            (
                i
                for i in range(date_col + 1, len(cells))
                if i != own and cells[i][:1].isupper() and _date(cells[i], reference) is None
            ),
            None,
        )
    if place_col is None or place_col >= len(cells) or place_col == own:
        return None
    place, area = _split_place(cells[place_col])
    date = (
        _date(cells[date_col], reference)
        if date_col is not None and date_col < len(cells)
        else None
    )
    return RowFacts(place, area, date, True)


def _header(text: str, start: int, width: int) -> list[str]:
    """The lower-cased cells of the table's header: the first of the pipe
    rows right above, when it has no digit in it."""
    first = None
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        if line.count("|") < 2:
            break
        first, start = line, above
    if first is None or re.search(r"\d", first):
        return []
    cells = [c.lower().strip(" :") for c in _cells(first)]
    return cells if len(cells) == width else []


def _split_place(cell: str) -> tuple[str | None, str | None]:
    """ "Sumy, Zarichnyi district" -> the district in Sumy; "Gdynia, Poland"
    -> Gdynia in Poland; a cell with no name in it is no place."""
    parts = [p.strip() for p in cell.split(",") if p.strip()]
    if not parts or not any(w[:1].isupper() for w in parts[0].split()):
        return None, None
    if len(parts) > 1 and parts[-1].split()[-1].lower() in _LOCAL:
        return parts[-1], parts[0]
    return parts[0], parts[1] if len(parts) > 1 else None


def _date(cell: str, reference: dt.date | None) -> DateRef | None:
    cell = cell.strip()
    if match := _NUMERIC.match(cell):
        day, month, year = int(match[1]), int(match[2]), int(match[3])
        return _checked(cell, year, month, day)  # day first, as trackers write it
    if match := _ISO.match(cell):
        return _checked(cell, int(match[1]), int(match[2]), int(match[3]))
    if _WORDY.match(cell):
        iso = normalise_date(cell, reference)
        return DateRef(cell, iso) if iso else None
    return None


def _checked(text: str, year: int, month: int, day: int) -> DateRef | None:
    try:
        return DateRef(text, dt.date(year, month, day).isoformat())
    except ValueError:
        return None


def own_row(
    row: RowFacts, place: str | None, area: str | None, date: DateRef | None, head: Token
) -> tuple[str | None, str | None, DateRef | None]:
    """The facts of an incident on a row or item: the row's date, and its
    place, unless (in a list item) the sentence names a closer site on the
    same line ("- 3 May, Gdynia: a fire at the Naftan depot")."""
    date = row.date or date
    if row.place is None:
        return place, area, date
    text = doc_text(head.doc)
    start = text.rfind("\n", 0, head.idx) + 1
    end = text.find("\n", head.idx)
    line = text[start : end if end >= 0 else len(text)]
    if not row.table and place is not None and line.find(place, row.lead_end) >= 0:
        return place, row.place if area is None or area in place else area, date
    return row.place, row.area, date
