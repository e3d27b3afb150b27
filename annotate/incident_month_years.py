"""The year of a bare day ("On 30 March") from its month told just before:
"The events took place in March 2025. ... On 30 March"; "on July 22, 2024
... A week later, on July 29". A month told relative to now in between
("The latest incident came only last month. On 19 October") sets the frame
back to the present: the year is that month's, not an older one's.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from annotate.incident_dates import normalise_date
from annotate.model import DateRef
from annotate.parse_spans import span_text

_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\byear\b", re.IGNORECASE)
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.IGNORECASE)
_NOW_MONTH = re.compile(r"\b(?:last|this)\s+month$", re.IGNORECASE)  # "only last month"
_MONTH_BEFORE = 3  # sentences before a bare day in which its month and year may be told


def month_told_before(head: Token, date: DateRef, reference: dt.date | None) -> str | None:
    """The year of the bare day `date`'s month, told in the sentences just before."""
    month = _MONTH.search(date.text)
    doc, sent = head.doc, head.sent
    first = sent.start
    counted = 0
    while counted < _MONTH_BEFORE and first > 0:
        first = doc[first - 1].sent.start
        counted += any(t.is_alpha for t in doc[first].sent)  # never a stray '"'
    for ent in reversed([e for e in doc.ents if first <= e.start < head.i]):
        text = span_text(ent)
        if ent.label_ != "DATE" or not month:
            continue
        iso = normalise_date(text, reference)
        if _NOW_MONTH.search(text.strip()):  # "last month": the present's frame
            same = iso is not None and len(iso) >= 7 and _number(month.group(1)) == iso[5:7]
            return iso[:4] if same else None
        told = _MONTH.search(text)
        if _YEAR.search(text) and told and told.group(1).lower() == month.group(1).lower() and iso:
            return iso[:4]
    return None


def _number(month: str) -> str:
    names = "jan feb mar apr may jun jul aug sep oct nov dec".split()
    return f"{names.index(month.lower()) + 1:02d}"
