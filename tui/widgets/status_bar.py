"""The status line above the footer: annotation progress while the engine
works, a one-line reason when it cannot, and who is being followed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widgets import Label, ProgressBar

from tui.open_article import Status


class StatusBar(Horizontal):
    """A message and, while annotating, a progress bar with a percentage.
    Hidden when there is nothing to say."""

    status: reactive[Status | None] = reactive(None, init=False)

    def compose(self) -> ComposeResult:
        yield Label(id="status-message", markup=False)
        yield ProgressBar(total=100, show_eta=False, id="status-progress")

    def on_mount(self) -> None:
        self.watch_status(self.status)

    def watch_status(self, status: Status | None) -> None:
        self.display = status is not None
        self.set_class(status is not None and status.problem, "-error")
        self.query_one("#status-message", Label).update(status.message if status else "")
        bar = self.query_one("#status-progress", ProgressBar)
        bar.display = status is not None and status.progress is not None
        if status is not None and status.progress is not None:
            bar.update(total=100, progress=round(status.progress * 100, 1))

    @property
    def message(self) -> str:
        """The text shown now."""
        return self.status.message if self.status is not None else ""
