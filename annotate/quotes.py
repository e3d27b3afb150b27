"""Finding quotations by their marks, curly or straight."""

from __future__ import annotations

import re

_QUOTE = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, marks included, in document order."""
    return [m.span() for m in _QUOTE.finditer(text)]


def open_quote_at_paragraphs(text: str) -> set[int]:
    """Offsets of paragraph starts that lie outside any quotation.

    A paragraph whose last quotation mark opens a quote, followed by one that
    starts with an opening mark, is the newspaper convention for a quote that
    runs on: the boundary between them is inside the quote.
    """
    safe: set[int] = set()
    inside = False
    pos = 0
    for line in text.split("\n"):
        starts_open = line.lstrip().startswith(("“", '"'))
        if not (inside and starts_open):
            inside = False
            safe.add(pos)
        last_open, last_close = line.rfind("“"), line.rfind("”")
        inside = last_open > last_close or (line.count('"') % 2 == 1 and starts_open)
        pos += len(line) + 1
    return safe
