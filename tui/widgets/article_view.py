"""The article pane: wrapped paragraphs with annotation highlights, drawn
line by line (Textual's Line API).

The text is wrapped once per width into (start, end) offsets; `render_line`
builds a `Strip` for just the visible line from the highlights that touch
it, and caches it. Nothing scales with the article's length per key press:
moving the current item invalidates only the lines of the old and new item.
Text is shown through `safe_text.display_text` (same length, so every
record offset stays valid) and is never parsed as markup. A Markdown
article's markers are hidden as it is drawn (`markdown_prose`), never
removed from the text. The highlights each line touches are found by
`LineHighlights`; selecting text is `ArticleSelection`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.article_styles import STYLE_ORDER, Mark, runs, visible_pieces
from tui.briefing_index import LAYERS, Highlight, Item, most_specific
from tui.commands import ARTICLE, bindings
from tui.layout import GUTTER, text_columns
from tui.line_highlights import LineHighlights
from tui.markdown_prose import Prose, zero_width_flow
from tui.messages import ItemClicked
from tui.safe_text import display_text
from tui.search import pattern
from tui.text_lines import WrappedText, cell_to_index, paragraphs, wrap
from tui.widgets.article_selection import ArticleSelection

_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")
_CACHE_LINES = 4096

# Marker glyphs in the gutter, so the kind of a line reads without colour.
MARK_CURRENT_FIRST = "▶"
MARK_CURRENT = "▎"
MARK_NOTE = "✎"
MARK_INCIDENT = "◆"
MARK_MATCH = "⌕"


class ArticleView(ArticleSelection, ScrollView, can_focus=True):
    """An article with its highlights; scrolls, and reports clicks on them."""

    COMPONENT_CLASSES = {f"article--{name}" for name in STYLE_ORDER} | {
        "article--heading",
        "article--gutter",
        "article--gutter-current",
    }
    BINDINGS = bindings(ARTICLE)

    layers: reactive[frozenset[str]] = reactive(frozenset(LAYERS), init=False)
    """Highlight layers shown ("actors", "quotes", "claims", "incidents")."""
    current: reactive[Item | None] = reactive(None, init=False)
    """The item marked as current."""
    speaker: reactive[Item | None] = reactive(None, init=False)
    """The mention of the current quote's speaker, underlined."""

    def __init__(
        self,
        text: str,
        *,
        heading: tuple[int, int] | None = None,
        prose: Prose | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.text = display_text(text)
        self._paras, self._flow = paragraphs(self.text)
        self._prose = prose or Prose()
        self._measure = zero_width_flow(self._flow, self._prose.hidden)
        self._para_starts = [a for a, _ in self._paras]
        self._headings = {
            a for a, b in self._paras if _HEADING.match(self._flow, a, b) or (a, b) == heading
        }
        self._wrapped: WrappedText | None = None
        self._margin = 0
        self._highlights = LineHighlights()
        self._query: re.Pattern[str] | None = None
        self._match: tuple[int, int] | None = None
        self._cache: LRUCache[int, Strip] = LRUCache(_CACHE_LINES)
        self._styles: dict[str, Style] = {}
        self._keyed: tuple[int, int, int] | None = None
        """The keyboard selection as (anchor, cursor, span start) when the
        selection on screen is the one the keys made."""

    # -- data in ---------------------------------------------------------------

    def set_highlights(self, highlights: Iterable[Highlight]) -> None:
        """Replace the annotation highlights (sorted by start); each line
        finds its own as it is drawn (`LineHighlights`)."""
        self._highlights.set_highlights(highlights)
        self._clear()

    def set_notes(self, spans: Iterable[tuple[int, int]]) -> None:
        """Passages that carry notes: marked in the text and the gutter."""
        self._highlights.set_notes(spans)
        self._clear()

    def set_search(self, query: str, match: tuple[int, int] | None) -> None:
        """Mark every visible occurrence of `query` and the current match."""
        self._query = pattern(query) if query else None
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

    def watch_speaker(self, old: Item | None, new: Item | None) -> None:
        for item in (old, new):
            if item is not None:
                self._invalidate(item.start, item.end)

    # -- positions -------------------------------------------------------------

    @property
    def wrapped(self) -> WrappedText | None:
        return self._wrapped

    @property
    def margin(self) -> int:
        """Blank columns left of the gutter."""
        return self._margin

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
        start, end = self._wrapped.starts[line], self._wrapped.ends[line]
        return "".join(self._flow[a:b] for a, b in self._visible(start, end))

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
        target = first if last - first + 1 >= height else max(0, first - height // 3)
        self.scroll_to(y=target, animate=False, immediate=True)

    # -- Textual hooks ---------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._layout(self.scrollable_content_region.width)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    def on_click(self, event: events.Click) -> None:
        if self._wrapped is None:
            return
        line = int(self.scroll_y) + event.y
        column = event.x - self._margin - GUTTER
        if not 0 <= line < len(self._wrapped) or column < 0:
            return
        start, end = self._wrapped.starts[line], self._wrapped.ends[line]
        index = cell_to_index(self._measure[start:end], column)
        if start + index >= end:
            return
        offset = start + index
        self.post_message(ItemClicked(self._item_at(line, offset), offset))

    def render_line(self, y: int) -> Strip:
        line = int(self.scroll_y) + y
        strip = self._cache.get(line)
        if strip is None:
            strip = self._render_text_line(line)
            self._cache.set(line, strip)
        return strip

    # -- internals -------------------------------------------------------------

    def _layout(self, width: int) -> None:
        """Wrap for a widget `width` cells wide, keeping the reading place."""
        text_width, margin = text_columns(width)
        if self._wrapped is not None and self._wrapped.width == text_width:
            if margin != self._margin:
                self._margin = margin
                self._clear()
            return
        top = self.top_offset() if self._wrapped is not None else 0
        self._wrapped = wrap(self._measure, self._paras, text_width)
        self._margin = margin
        self._cache.clear()
        self._highlights.clear()
        self.virtual_size = Size(width, len(self._wrapped))
        if top:
            self.scroll_to(y=self._wrapped.line_of(top), animate=False, immediate=True)
        self.refresh()

    def _on_line(self, line: int) -> list[Highlight]:
        """The highlights (and noted passages) that touch a screen line."""
        if self._wrapped is None or not 0 <= line < len(self._wrapped):
            return []
        return self._highlights.on_line(line, self._wrapped.starts[line], self._wrapped.ends[line])

    def _clear(self) -> None:
        self._cache.clear()
        self._highlights.clear()
        self.refresh()

    def _invalidate(self, start: int, end: int) -> None:
        if self._wrapped is None:
            return
        first = self._wrapped.line_of(start)
        last = self._wrapped.line_of(max(start, end - 1))
        for line in range(first, last + 1):
            self._cache.discard(line)
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

    def _shown(self, highlight: Highlight) -> bool:
        return highlight.style == "note" or highlight.item.layer in self.layers

    def _item_at(self, line: int, offset: int) -> Item | None:
        return most_specific(
            [
                h.item
                for h in self._on_line(line)
                if h.style != "note" and self._shown(h) and h.start <= offset < h.end
            ]
        )

    def _visible(self, start: int, end: int) -> list[tuple[int, int]]:
        hidden = self._prose.hidden
        if not hidden:
            return [(start, end)]
        first = max(0, bisect_left(hidden, (start, start)) - 1)
        last = bisect_right(hidden, (end, end))
        return visible_pieces(start, end, hidden[first:last])

    def _render_text_line(self, line: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        lines = self._wrapped
        if lines is None or line >= len(lines):
            return Strip.blank(width, base)
        start, end = lines.starts[line], lines.ends[line]
        if self._is_heading(start):
            base += self._style("heading")
        segments: list[Segment] = []
        for piece_start, piece_end in self._visible(start, end):
            for a, b, names in runs(piece_start, piece_end, self._marks(line, start, end)):
                style = base
                for name in names:
                    style += self._style(name)
                # The offset lets a mouse selection map cells to characters.
                style += Style.from_meta({"offset": (a - start, line)})
                segments.append(Segment(self._flow[a:b], style))
        gutter_mark, gutter_style = self._gutter(line, start, end)
        left = [
            Segment(" " * self._margin, self.rich_style),
            Segment(gutter_mark, self.rich_style + self._style(gutter_style)),
            Segment(" ", self.rich_style),
        ]
        return Strip(left + segments).adjust_cell_length(width, self.rich_style)

    def _is_heading(self, offset: int) -> bool:
        if not self._headings:
            return False
        index = bisect_right(self._para_starts, offset) - 1
        return index >= 0 and self._para_starts[index] in self._headings

    def _gutter(self, line: int, start: int, end: int) -> tuple[str, str]:
        current = self.current
        stop = max(end, start + 1)
        if current is not None and current.start < stop and current.end > start:
            first = self._wrapped is not None and self._wrapped.line_of(current.start) == line
            return (MARK_CURRENT_FIRST if first else MARK_CURRENT), "gutter-current"
        if any(h.style == "note" and start <= h.start < stop for h in self._on_line(line)):
            return MARK_NOTE, "gutter"
        if "incidents" in self.layers:
            for highlight in self._on_line(line):
                if highlight.style == "incident" and start <= highlight.start < stop:
                    return MARK_INCIDENT, "gutter"
        if self._match is not None and start <= self._match[0] < stop:
            return MARK_MATCH, "gutter"
        return " ", "gutter"

    def _marks(self, line: int, start: int, end: int) -> list[Mark]:
        """Every style on the line: highlights, emphasis, the reader's marks."""
        marks: list[Mark] = [
            (h.start, h.end, h.style) for h in self._on_line(line) if self._shown(h)
        ]
        marks += [m for m in self._prose_marks(start, end)]
        for item, name in ((self.current, "current"), (self.speaker, "speaker")):
            if item is not None and item.start < end and item.end > start:
                marks.append((item.start, item.end, name))
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
                marks.append((start + a, end if b == -1 else start + b, "selection"))
        return marks

    def _prose_marks(self, start: int, end: int) -> list[Mark]:
        styles = self._prose.styles
        if not styles:
            return []
        stop = bisect_left(styles, (end,))
        return [(a, b, name) for a, b, name in styles[max(0, stop - 64) : stop] if b > start]
