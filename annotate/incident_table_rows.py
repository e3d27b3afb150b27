"""A tracker's table, cells split by "|" ("05.11.2026 | Sumy, Zarichnyi
district | heating plant | drone strike | 2 injured"): each row is one
event of its own, never a second mention of the row above, even when the
rows share a type and their dates are not read (two mentions on one row are
one event); its toll and date are the row's own cells, never a neighbouring
row's nor a count the parser ran across the cells. "no casualties" is none
killed and none hurt, for that row only.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from annotate.incident_dates import normalise_date
from annotate.incident_mention import Event, Mention
from annotate.incident_numbers import Count
from annotate.model import DateRef
from annotate.parse_spans import doc_text

_KILLED = re.compile(r"^(\d+)\s+(?:killed|dead|died|deaths?)$", re.IGNORECASE)
_INJURED = re.compile(r"^(\d+)\s+(?:injured|wounded|hurt)$", re.IGNORECASE)
# "no casualties" is a count of none; a dash is a cell left empty, no count at all
_NONE = re.compile(r"^(?:no\s+(?:casualties|victims|injuries)|none|0)$", re.IGNORECASE)
_NUMERIC_DAY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)$")  # day first, as in Europe
_ISO_DAY = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d$")


def row_cells(text: str, at: int) -> list[str] | None:
    """The cells of the row the offset stands in, if its line is a table row
    (three bars at least)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end != -1 else len(text)]
    if line.count("|") < 3:
        return None
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def row_counts(mentions: list[Mention], reference: dt.date | None) -> None:
    """Set each row's mention's toll and date from its own row's cells."""
    for m in mentions:
        cells = row_cells(doc_text(m.head.doc), m.head.idx)
        if cells is None:
            continue
        killed = injured = None
        told = False
        for cell in cells:
            for part in (p.strip() for p in re.split(r"[,;/]", cell)):
                if found := _KILLED.match(part):
                    killed, told = Count(int(found.group(1))), True
                elif found := _INJURED.match(part):
                    injured, told = Count(int(found.group(1))), True
                elif _NONE.match(part) and cell is cells[-1]:
                    killed, injured, told = Count(0), Count(0), True
        m.killed, m.injured, m.carried = killed, injured, (None, None)
        if not told:
            m.killed = m.injured = None
        if (day := _row_day(cells, reference)) is not None:
            m.date, m.date_own = day, True


def _row_day(cells: list[str], reference: dt.date | None) -> DateRef | None:
    for cell in cells:
        if found := _NUMERIC_DAY.match(cell):
            day, month, year = (int(g) for g in found.groups())
            try:
                return DateRef(cell, dt.date(year, month, day).isoformat())
            except ValueError:
                return None
        if _ISO_DAY.match(cell):
            try:
                return DateRef(cell, dt.date.fromisoformat(cell).isoformat())
            except ValueError:
                return None  # "2026-13-45": no day at all
    first = cells[0]
    iso = normalise_date(first, reference) if re.search(r"\d", first) else None
    return DateRef(first, iso) if iso and len(iso) == 10 else None


def row_of(head: Token) -> tuple[int, int] | None:
    """The character span of the table row `head` stands on, if it does."""
    text = doc_text(head.doc)
    start = text.rfind("\n", 0, head.idx) + 1
    end = text.find("\n", head.idx)
    end = len(text) if end < 0 else end
    return (start, end) if text.count("|", start, end) >= 2 else None


def new_row(m: Mention, events: list[Event]) -> bool:
    """`m` opens a row no mention told before stands on."""
    row = row_of(m.head)
    if row is None:
        return False
    return not any(row_of(x.head) == row for e in events for x in e.mentions)


def same_row(m: Mention, events: list[Event]) -> Event | None:
    """The event told on the row `m` stands on: one row, one event."""
    row = row_of(m.head)
    if row is None:
        return None
    return next((e for e in events if any(row_of(x.head) == row for x in e.mentions)), None)
