"""Selecting text in the article: with the mouse (Textual's selection, read
back as text offsets) or from the keyboard (shift+arrows grow the current
item by words or lines); notes and copying use the span (a mixin of
`ArticleView`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.geometry import Offset
from textual.selection import Selection

from tui.keyboard_selection import move_cursor

if TYPE_CHECKING:
    from tui.widgets.article_view import ArticleView


class ArticleSelection:
    """The reader's selection as text offsets."""

    def selection_span(self: ArticleView) -> tuple[int, int] | None:
        """The text offsets of the reader's selection, if any."""
        selection = self.text_selection
        if selection is None or self._wrapped is None or not len(self._wrapped):
            return None
        start = 0 if selection.start is None else self._offset_at(*selection.start)
        end = len(self.text) if selection.end is None else self._offset_at(*selection.end)
        return (start, end) if end > start else None

    def select_span(self: ArticleView, start: int, end: int) -> None:
        """Select text[start:end] as if with the mouse (notes anchor to it)."""
        lines = self._wrapped
        if lines is None or not len(lines) or end <= start:
            self.screen.clear_selection()
            return
        first, last = lines.line_of(start), lines.line_of(max(start, end - 1))
        begin = Offset(start - lines.starts[first], first)
        finish = Offset(end - lines.starts[last], last)
        self.screen.selections = {self: Selection(begin, finish)}

    def action_select_by(self: ArticleView, unit: str, step: int) -> None:
        """Grow or shrink the selection from the keyboard: the first press
        takes the current item (or the top line's start) and moves its end;
        later presses move the end by words or lines."""
        lines = self._wrapped
        if lines is None or not len(lines):
            return
        span = self.selection_span()
        if span is not None and self._keyed is not None and span[0] == self._keyed[2]:
            anchor, cursor = self._keyed[0], self._keyed[1]
        elif span is not None:
            anchor, cursor = span
        elif self.current is not None:  # the current item, grown from its end
            anchor, cursor = self.current.start, self.current.end
        else:
            anchor = cursor = self.top_offset()
        cursor = move_cursor(self._flow, lines, cursor, unit, step)
        start, end = min(anchor, cursor), max(anchor, cursor)
        self.select_span(start, end)
        self._keyed = (anchor, cursor, start)
        self.show_span(cursor, cursor + 1)

    def _offset_at(self: ArticleView, x: int, y: int) -> int:
        assert self._wrapped is not None
        line = min(max(y, 0), len(self._wrapped) - 1)
        start, end = self._wrapped.starts[line], self._wrapped.ends[line]
        return min(start + max(x, 0), end)

    def get_selection(self: ArticleView, selection: Selection) -> tuple[str, str] | None:
        span = self.selection_span()
        if span is None:
            return None
        return self.text[span[0] : span[1]], "\n"

    def selection_updated(self: ArticleView, selection: Selection | None) -> None:
        if selection is None:
            self._keyed = None
        self._clear()
