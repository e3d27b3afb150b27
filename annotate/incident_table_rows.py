"""A tracker's table ("05.11.2026 | Sumy | heating plant | drone strike |
2 injured"): each row of cells split by pipes is one event of its own, never
a second mention of the row above, even when the rows share a type and
their dates are not read. Two mentions on one row are one event.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_mention import Event, Mention
from annotate.parse_spans import doc_text


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
