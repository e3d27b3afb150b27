"""The status line above the footer: annotation progress while the engine
works, a one-line reason when it cannot, who is being followed, and what
part of the engine failed on this article."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from tui.open_article import Status

BAR_CELLS = 20


def progress_bar(fraction: float, cells: int = BAR_CELLS) -> str:
    """ "━━━━━━━━━━╺─────────  50%": drawn in text, readable without colour."""
    done = round(max(0.0, min(fraction, 1.0)) * cells)
    return "━" * done + "─" * (cells - done) + f" {fraction:>4.0%}"


class StatusBar(Widget):
    """One line, hidden when there is nothing to say. It is drawn, not laid
    out: a progress step repaints this line alone (a `Label` and a
    `ProgressBar` relaid the whole screen on every step, 30-60 ms)."""

    DEFAULT_CSS = """
    StatusBar {
        height: 1;
    }
    """

    status: reactive[Status | None] = reactive(None, init=False, layout=False)

    def on_mount(self) -> None:
        self.display = False

    def watch_status(self, old: Status | None, new: Status | None) -> None:
        if (old is None) != (new is None):
            self.display = new is not None  # shown or hidden: this one lays out
        self.set_class(new is not None and new.problem, "-error")

    def render(self) -> Content:
        status = self.status
        if status is None:
            return Content("")
        if status.progress is None:
            return Content(status.message)
        bar = progress_bar(status.progress)
        room = max(self.content_region.width - cell_len(bar) - 2, 0)
        message = Content(status.message).truncate(room, ellipsis=True, pad=True)
        return Content.assemble(message, "  ", (bar, "$accent"))

    @property
    def message(self) -> str:
        """The text shown now."""
        return self.status.message if self.status is not None else ""
