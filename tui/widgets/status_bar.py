"""The status line above the footer: annotation progress while the engine
works, a one-line reason when it cannot, who is being followed, and what
part of the engine failed on this article. Where there is no detail strip
(the overview), it carries the screen's messages too, for a few seconds or
until the next key."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget

from tui.notices import fit
from tui.open_article import Status
from tui.safe_text import display_line

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
    said: reactive[Status | None] = reactive(None, init=False, layout=False)
    """A message shown over the status for a while (`flash`)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._timer: Timer | None = None

    def on_mount(self) -> None:
        self.display = False

    def watch_status(self) -> None:
        self._shown()

    def watch_said(self) -> None:
        self._shown()

    def _shown(self) -> None:
        shown = self.said or self.status
        self.display = shown is not None  # shown or hidden: this one lays out
        self.set_class(shown is not None and shown.problem, "-error")

    def flash(self, message: str, seconds: float = 3.0, warning: bool = False) -> None:
        """Show a message on this line until `seconds` pass or `unflash`."""
        if self._timer is not None:
            self._timer.stop()
        self.said = Status(display_line(message), problem=warning)
        self._timer = self.set_timer(seconds, self.unflash)

    def unflash(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.said = None

    def render(self) -> Content:
        if self.said is not None:
            return Content(fit(self.said.message, self.content_region.width)[0])
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
        shown = self.said or self.status
        return shown.message if shown is not None else ""
