"""Layout decisions as pure functions: which keys fit in the footer, and
how wide the article's text runs."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size

NARROW = 100
"""Below this many columns the panels and the article take turns."""
BREAKPOINTS: list[tuple[int, str]] = [(0, "-narrow"), (NARROW, "-wide")]
READING_WIDTH = 88  # the widest a line of text gets, for comfortable reading
GUTTER = 2  # a marker column and a space before the text


@dataclass(frozen=True, slots=True)
class FooterEntry:
    keys: str  # as shown: "n p"
    label: str
    rank: int  # 1: always shown; higher: dropped sooner

    @property
    def width(self) -> int:
        """Cells it takes: " keys " then "label "."""
        return len(self.keys) + 2 + len(self.label) + 1


def fit_footer(entries: list[FooterEntry], width: int) -> list[FooterEntry]:
    """The entries that fit in `width` cells, in their own order: rank 1
    always, then the others by rank (lowest first) while they fit."""
    chosen = {n for n, entry in enumerate(entries) if entry.rank <= 1}
    used = sum(entries[n].width for n in chosen)
    for n in sorted(range(len(entries)), key=lambda n: entries[n].rank):
        if n in chosen:
            continue
        if used + entries[n].width <= width:
            chosen.add(n)
            used += entries[n].width
    return [entry for n, entry in enumerate(entries) if n in chosen]


def text_columns(width: int) -> tuple[int, int]:
    """(text width, left margin) for an article view `width` cells wide:
    at most `READING_WIDTH` columns of text, centred when there is room."""
    text_width = max(8, min(READING_WIDTH, width - GUTTER - 2))
    margin = max(0, (width - GUTTER - text_width) // 2) if width > 110 else 1
    return text_width, margin


def header_line(title: str, counts: str, width: int) -> tuple[str, str]:
    """The title and the counts as they fit in one line of `width` cells:
    the counts keep their place at the right, the title gives way (cut with
    "…"), and only when the title would drop below 12 cells do the counts
    lose their last parts."""
    gap = 3
    counts_parts = counts.split(" · ") if counts else []
    while counts_parts:
        shown = " · ".join(counts_parts)
        room = width - cell_len(shown) - gap
        least = min(cell_len(title), 12)
        if room >= least or len(counts_parts) == 1:
            return _cut(title, max(room, 1)), _cut(shown, width - gap - least)
        counts_parts.pop()
    return _cut(title, width), ""


def _cut(text: str, width: int) -> str:
    """`text` in at most `width` cells, cut with "…"."""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1).rstrip() + "…" if width > 0 else ""
