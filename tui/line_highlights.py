"""An article's highlights (and noted passages), found line by line.

Nothing is indexed by line up front (on a big briefing that walked 50,000
highlights at once): short highlights are kept sorted by start and found
by bisection, the few long ones (a quote over paragraphs) are checked on
every line, and each line's answer is cached until the highlights or the
wrapping change.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from textual.cache import LRUCache

from tui.briefing_index import Highlight, Item

_CACHE_LINES = 4096
_SHORT = 2000  # a highlight longer than this is checked on every line


class LineHighlights:
    """The highlights that touch each screen line."""

    def __init__(self) -> None:
        self._highlights: list[Highlight] = []
        self._notes: list[tuple[int, int]] = []
        self._short: list[Highlight] = []
        self._short_starts: list[int] = []
        self._long: list[Highlight] = []
        self._lines: LRUCache[int, list[Highlight]] = LRUCache(_CACHE_LINES)

    def set_highlights(self, highlights: Iterable[Highlight]) -> None:
        self._highlights = list(highlights)
        self._sort()

    def set_notes(self, spans: Iterable[tuple[int, int]]) -> None:
        """Noted passages, found with the highlights as style "note"."""
        self._notes = sorted(spans)
        self._sort()

    def clear(self) -> None:
        """Forget what each line had (the lines were wrapped again)."""
        self._lines.clear()

    def on_line(self, line: int, start: int, end: int) -> list[Highlight]:
        """The highlights that touch screen line `line`, text[start:end]."""
        found = self._lines.get(line)
        if found is None:
            end = max(end, start + 1)
            first = bisect_left(self._short_starts, start - _SHORT)
            last = bisect_left(self._short_starts, end)
            found = [
                h
                for h in (*self._short[first:last], *self._long)
                if h.start < end and h.end > start
            ]
            self._lines.set(line, found)
        return found

    def _sort(self) -> None:
        notes = [Highlight(a, b, "note", Item("mention", "", a, b)) for a, b in self._notes]
        every = sorted([*self._highlights, *notes], key=lambda h: h.start)
        self._short = [h for h in every if h.end - h.start <= _SHORT]
        self._short_starts = [h.start for h in self._short]
        self._long = [h for h in every if h.end - h.start > _SHORT]
        self._lines.clear()
