"""The article pane: wrapped paragraphs with annotation highlights, drawn
line by line (Textual's Line API).

The text is wrapped once per width into (start, end) offsets; `render_line`
builds a `Strip` for just the visible line from the highlights that touch
it, and caches it. Nothing scales with the article's length per key press:
moving the current item invalidates only the lines of the old and new item.
Text is shown through `safe_text.display_text` (same length, so every
record offset stays valid) and is never parsed as markup.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Offset, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from tui.briefing_index import LAYER_OF, LAYERS, Highlight, Item
from tui.safe_text import display_text
from tui.text_lines import WrappedText, cell_to_index, paragraphs, wrap

READING_WIDTH = 88  # the widest a line of text gets, for comfortable reading
GUTTER = 2  # a marker column and a space before the text
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")
_CACHE_LINES = 4096

_NEXT_WORD_END = re.compile(r"\W*\w+")
_WORD = re.compile(r"\w+")

# Marker glyphs in the gutter, so the kind of a line reads without colour.
MARK_CURRENT_FIRST = "▶"
MARK_CURRENT = "▎"
MARK_NOTE = "✎"
MARK_INCIDENT = "◆"
MARK_MATCH = "⌕"


class ArticleView(ScrollView, can_focus=True):
    """An article with its highlights; scrolls, and reports clicks on them."""

    COMPONENT_CLASSES = {
        "article--person",
        "article--organization",
        "article--country",
        "article--place",
        "article--group",
        "article--quote",
        "article--claim",
        "article--incident",
        "article--note",
        "article--current",
        "article--match",
        "article--match-current",
        "article--heading",
        "article--gutter",
        "article--gutter-current",
    }

    BINDINGS = [
        Binding("space", "page_down", "Page down", show=False),
        Binding("shift+space", "page_up", "Page up", show=False),
        Binding("shift+right", "select_by('word', 1)", "Select: next word", show=False),
        Binding("shift+left", "select_by('word', -1)", "Select: previous word", show=False),
        Binding("shift+down", "select_by('line', 1)", "Select: line down", show=False),
        Binding("shift+up", "select_by('line', -1)", "Select: line up", show=False),
    ]

    layers: reactive[frozenset[str]] = reactive(frozenset(LAYERS), init=False)
    """Highlight layers shown ("actors", "quotes", "claims", "incidents")."""
    current: reactive[Item | None] = reactive(None, init=False)
    """The item marked as current."""

    class Clicked(Message):
        """The reader clicked in the text; `item` is the highlight under the
        pointer (None on plain text)."""

        def __init__(self, item: Item | None, offset: int) -> None:
            super().__init__()
            self.item = item
            self.offset = offset

    def __init__(
        self,
        text: str,
        *,
        heading: tuple[int, int] | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.text = display_text(text)
        self._paras, self._flow = paragraphs(self.text)
        self._para_starts = [a for a, _ in self._paras]
        self._headings = {
            a for a, b in self._paras if _HEADING.match(self._flow, a, b) or (a, b) == heading
        }
        self._wrapped: WrappedText | None = None
        self._margin = 0
        self._highlights: list[Highlight] = []
        self._notes: list[tuple[int, int]] = []
        self._buckets: dict[int, list[Highlight]] = {}
        self._note_lines: set[int] = set()
        self._query: re.Pattern[str] | None = None
        self._match: tuple[int, int] | None = None
        self._cache: dict[int, Strip] = {}
        self._styles: dict[str, Style] = {}
        self._keyed: tuple[int, int, int] | None = None
        """The keyboard selection as (anchor, cursor, span start) when the
        selection on screen is the one the keys made."""

    # -- data in ---------------------------------------------------------------

    def set_highlights(self, highlights: Iterable[Highlight]) -> None:
        """Replace the annotation highlights (sorted by start)."""
        self._highlights = list(highlights)
        self._rebucket()
        self._clear()

    def set_notes(self, spans: Iterable[tuple[int, int]]) -> None:
        """Passages that carry notes: marked in the text and the gutter."""
        self._notes = sorted(spans)
        self._rebucket()
        self._clear()

    def set_search(self, query: str, match: tuple[int, int] | None) -> None:
        """Mark every visible occurrence of `query` and the current match."""
        self._query = re.compile(re.escape(query), re.IGNORECASE) if query else None
        self._match = match
        self._clear()
        if match is not None:
            self.show_span(*match)

    def watch_layers(self) -> None:
        self._clear()

    def watch_current(self, old: Item | None, new: Item | None) -> None:
        for item in (old, new):
            if item is not None:
                self._invalidate(item.start, item.end)
        if new is not None:
            self.show_span(new.start, new.end)

    # -- positions -------------------------------------------------------------

    @property
    def wrapped(self) -> WrappedText | None:
        return self._wrapped

    def top_offset(self) -> int:
        """The text offset at the top of the screen."""
        if self._wrapped is None or not len(self._wrapped):
            return 0
        line = min(int(self.scroll_y), len(self._wrapped) - 1)
        return self._wrapped.starts[line]

    def shows(self, offset: int) -> bool:
        """Whether the text at `offset` is on screen now."""
        if self._wrapped is None or not len(self._wrapped):
            return False
        line = self._wrapped.line_of(offset)
        top = int(self.scroll_y)
        return top <= line < top + max(self.size.height, 1)

    def line_text(self, line: int) -> str:
        """What screen line `line` shows (for tests and selections)."""
        if self._wrapped is None or not 0 <= line < len(self._wrapped):
            return ""
        return self._flow[self._wrapped.starts[line] : self._wrapped.ends[line]]

    def visible_text(self) -> str:
        """The lines on screen now, joined by newlines."""
        top = int(self.scroll_y)
        return "\n".join(self.line_text(y) for y in range(top, top + self.size.height))

    def show_span(self, start: int, end: int) -> None:
        """Scroll so that text[start:end] is on screen (its start a third of
        the way down when it has to move)."""
        if self._wrapped is None:
            self.call_after_refresh(self.show_span, start, end)
            return
        first = self._wrapped.line_of(start)
        last = self._wrapped.line_of(max(start, end - 1))
        top, height = int(self.scroll_y), max(self.size.height, 1)
        if first >= top and last < top + height:
            return
        if last - first + 1 >= height:
            target = first
        else:
            target = max(0, first - height // 3)
        self.scroll_to(y=target, animate=False, immediate=True)

    def selection_span(self) -> tuple[int, int] | None:
        """The text offsets of the reader's mouse selection, if any."""
        selection = self.text_selection
        if selection is None or self._wrapped is None:
            return None
        lines = self._wrapped
        start = (
            0
            if selection.start is None
            else self._offset_at_line(selection.start.y, selection.start.x)
        )
        end = (
            len(self.text)
            if selection.end is None
            else self._offset_at_line(selection.end.y, selection.end.x)
        )
        if end <= start or not len(lines):
            return None
        return start, end

    def select_span(self, start: int, end: int) -> None:
        """Select text[start:end] as if with the mouse (notes anchor to it)."""
        lines = self._wrapped
        if lines is None or not len(lines) or end <= start:
            self.screen.clear_selection()
            return
        first, last = lines.line_of(start), lines.line_of(max(start, end - 1))
        begin = Offset(start - lines.starts[first], first)
        finish = Offset(end - lines.starts[last], last)
        self.screen.selections = {self: Selection(begin, finish)}

    def action_select_by(self, unit: str, step: int) -> None:
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
        size = len(self._flow)
        if unit == "word":
            if step > 0:
                found = _NEXT_WORD_END.search(self._flow, cursor)
                cursor = found.end() if found else size
            else:  # back to the end of the word before: undoes a step forward
                window = max(0, cursor - 400)
                ends = [m.end() for m in _WORD.finditer(self._flow, window, cursor)]
                ends = [end for end in ends if end < cursor]
                cursor = ends[-1] if ends else window
        else:
            line = lines.line_of(min(cursor, size - 1) if cursor < size else size - 1)
            column = cursor - lines.starts[line]
            target = min(max(line + step, 0), len(lines) - 1)
            cursor = min(lines.starts[target] + column, lines.ends[target])
            if target == line:
                cursor = size if step > 0 else 0
        start, end = min(anchor, cursor), max(anchor, cursor)
        self.select_span(start, end)
        self._keyed = (anchor, cursor, start)
        self.show_span(cursor, cursor + 1)

    def _offset_at_line(self, line: int, index: int) -> int:
        assert self._wrapped is not None
        line = min(max(line, 0), len(self._wrapped) - 1)
        start, end = self._wrapped.starts[line], self._wrapped.ends[line]
        return min(start + max(index, 0), end)

    # -- Textual hooks ---------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._layout(self.scrollable_content_region.width)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        span = self.selection_span()
        if span is None:
            return None
        return self.text[span[0] : span[1]], "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        if selection is None:
            self._keyed = None
        self._clear()

    def on_click(self, event: events.Click) -> None:
        if self._wrapped is None:
            return
        line = int(self.scroll_y) + event.y
        column = event.x - self._margin - GUTTER
        if not 0 <= line < len(self._wrapped) or column < 0:
            return
        start, end = self._wrapped.starts[line], self._wrapped.ends[line]
        index = cell_to_index(self._flow[start:end], column)
        if start + index >= end:
            return
        offset = start + index
        self.post_message(self.Clicked(self._item_at(line, offset), offset))

    def render_line(self, y: int) -> Strip:
        line = int(self.scroll_y) + y
        strip = self._cache.get(line)
        if strip is None:
            if len(self._cache) > _CACHE_LINES:
                self._cache.clear()
            strip = self._cache[line] = self._render_text_line(line)
        return strip

    # -- internals -------------------------------------------------------------

    def _layout(self, width: int) -> None:
        """Wrap for a widget `width` cells wide, keeping the reading place."""
        text_width = max(8, min(READING_WIDTH, width - GUTTER - 2))
        margin = max(0, (width - GUTTER - text_width) // 2) if width > 110 else 1
        if self._wrapped is not None and self._wrapped.width == text_width:
            if margin != self._margin:
                self._margin = margin
                self._clear()
            return
        top = self.top_offset() if self._wrapped is not None else 0
        self._wrapped = wrap(self._flow, self._paras, text_width)
        self._margin = margin
        self._rebucket()
        self._cache.clear()
        self.virtual_size = Size(width, len(self._wrapped))
        if top:
            self.scroll_to(y=self._wrapped.line_of(top), animate=False, immediate=True)
        self.refresh()

    def _rebucket(self) -> None:
        """Index highlights by the screen lines they touch."""
        self._buckets = {}
        self._note_lines = set()
        lines = self._wrapped
        if lines is None:
            return
        for highlight in self._highlights:
            first = lines.line_of(highlight.start)
            last = lines.line_of(max(highlight.start, highlight.end - 1))
            for line in range(first, last + 1):
                self._buckets.setdefault(line, []).append(highlight)
        for start, end in self._notes:
            first = lines.line_of(start)
            self._note_lines.add(first)
            for line in range(first, lines.line_of(max(start, end - 1)) + 1):
                self._buckets.setdefault(line, []).append(
                    Highlight(start, end, "note", Item("mention", "", start, end))
                )

    def _clear(self) -> None:
        self._cache.clear()
        self.refresh()

    def _invalidate(self, start: int, end: int) -> None:
        if self._wrapped is None:
            return
        first = self._wrapped.line_of(start)
        last = self._wrapped.line_of(max(start, end - 1))
        for line in range(first, last + 1):
            self._cache.pop(line, None)
        self.refresh_lines(first, last - first + 1)

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            if name == "selection":
                style = self.screen.get_component_rich_style("screen--selection", partial=True)
            else:
                style = self.get_component_rich_style(f"article--{name}", partial=True)
            self._styles[name] = style
        return style

    def _item_at(self, line: int, offset: int) -> Item | None:
        best: Highlight | None = None
        order = {"mention": 0, "incident": 1, "claim": 2, "quote": 3}
        for highlight in self._buckets.get(line, ()):
            if highlight.style == "note" or LAYER_OF[highlight.item.kind] not in self.layers:
                continue
            if highlight.start <= offset < highlight.end:
                if best is None or order[highlight.item.kind] > order[best.item.kind]:
                    best = highlight
        return best.item if best else None

    def _render_text_line(self, line: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        lines = self._wrapped
        if lines is None or line >= len(lines):
            return Strip.blank(width, base)
        start, end = lines.starts[line], lines.ends[line]
        runs = self._runs(line, start, end)
        text = self._flow[start:end]
        heading = self._is_heading(start)
        segments: list[Segment] = []
        for a, b, names in runs:
            style = base + self._style("heading") if heading else base
            for name in names:
                style += self._style(name)
            segments.append(Segment(text[a - start : b - start], style))
        body = Strip(segments).apply_offsets(0, line)
        gutter_mark, gutter_style = self._gutter(line, start, end)
        left = [
            Segment(" " * self._margin, base),
            Segment(gutter_mark, base + self._style(gutter_style)),
            Segment(" ", base),
        ]
        return Strip.join([Strip(left), body]).adjust_cell_length(width, base)

    def _is_heading(self, offset: int) -> bool:
        if not self._headings:
            return False
        index = bisect_right(self._para_starts, offset) - 1
        return index >= 0 and self._para_starts[index] in self._headings

    def _gutter(self, line: int, start: int, end: int) -> tuple[str, str]:
        current = self.current
        if current is not None and current.start < max(end, start + 1) and current.end > start:
            first = self._wrapped is not None and self._wrapped.line_of(current.start) == line
            return (MARK_CURRENT_FIRST if first else MARK_CURRENT), "gutter-current"
        if line in self._note_lines:
            return MARK_NOTE, "gutter"
        if "incidents" in self.layers:
            for highlight in self._buckets.get(line, ()):
                if highlight.item.kind == "incident" and start <= highlight.start < max(
                    end, start + 1
                ):
                    return MARK_INCIDENT, "gutter"
        if self._match is not None and start <= self._match[0] < max(end, start + 1):
            return MARK_MATCH, "gutter"
        return " ", "gutter"

    def _runs(self, line: int, start: int, end: int) -> list[tuple[int, int, list[str]]]:
        """Split [start, end) into runs, each with the style names covering it."""
        marks: list[tuple[int, int, str]] = []
        for highlight in self._buckets.get(line, ()):
            if highlight.style != "note" and LAYER_OF[highlight.item.kind] not in self.layers:
                continue
            marks.append((highlight.start, highlight.end, highlight.style))
        current = self.current
        if current is not None and current.start < end and current.end > start:
            marks.append((current.start, current.end, "current"))
        if self._query is not None and end > start:
            for found in self._query.finditer(self._flow, start, end):
                name = "match-current" if found.span() == self._match else "match"
                marks.append((found.start(), found.end(), name))
        if self._match is not None and self._match[0] < end and self._match[1] > start:
            marks.append((self._match[0], self._match[1], "match-current"))
        selection = self.text_selection
        if selection is not None:
            span = selection.get_span(line)
            if span is not None:
                a, b = span
                b = end - start if b == -1 else b
                marks.append((start + a, start + b, "selection"))
        if not marks:
            return [(start, end, [])]
        cuts = {start, end}
        for a, b, _ in marks:
            if start < a < end:
                cuts.add(a)
            if start < b < end:
                cuts.add(b)
        points = sorted(cuts)
        runs: list[tuple[int, int, list[str]]] = []
        for a, b in zip(points, points[1:], strict=False):
            names = [name for s, e, name in marks if s <= a and e >= b]
            runs.append((a, b, _ordered(names)))
        return runs


# Later styles win where they set the same attribute: the current item and
# search matches must show through the annotation colours.
_ORDER = {
    "person": 0,
    "organization": 0,
    "country": 0,
    "place": 0,
    "group": 0,
    "incident": 1,
    "claim": 2,
    "quote": 3,
    "note": 4,
    "current": 5,
    "match": 6,
    "match-current": 7,
    "selection": 8,
}


def _ordered(names: list[str]) -> list[str]:
    """Style names, weakest first. Ties keep document order (marks come
    sorted by start), so a mention inside another ("NATO" in "a top NATO
    official") wins; a set here made the winner vary from run to run."""
    return sorted(dict.fromkeys(names), key=lambda name: _ORDER.get(name, 0))
