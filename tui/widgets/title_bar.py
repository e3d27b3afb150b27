"""The header line: the article's title at the left, what the engine found
(or how far it is) at the right, and which highlight layers are hidden.

A long title gives way to the counts, cut with "…" (Textual's `Header`
centres the title and pushes the rest off screen)."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from tui.layout import header_line


class TitleBar(Widget):
    DEFAULT_CSS = """
    TitleBar {
        height: 1;
        background: $panel;
        color: $foreground;
        padding: 0 1;
    }
    """

    title: reactive[str] = reactive("", layout=False)
    counts: reactive[str] = reactive("", layout=False)

    def render(self) -> Content:
        width = self.content_region.width or self.app.size.width - 2
        title, counts = header_line(self.title, self.counts, width)
        gap = max(width - cell_len(title) - cell_len(counts), 1)
        return Content.assemble((title, "bold"), " " * gap, (counts, "$text-muted"))
