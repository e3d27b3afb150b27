"""The status line above the footer: annotation progress while the engine
works, a one-line reason when it cannot, and who is being followed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Label, ProgressBar


class StatusBar(Horizontal):
    """A message and, while annotating, a progress bar with a percentage.
    Hidden (class `-idle`) when there is nothing to say."""

    def compose(self) -> ComposeResult:
        yield Label(id="status-message", markup=False)
        yield ProgressBar(total=100, show_eta=False, id="status-progress")

    def on_mount(self) -> None:
        self.idle()

    def _say(self, message: Content | str, *, progress: float | None, style: str = "") -> None:
        label = self.query_one("#status-message", Label)
        label.update(Content.assemble((message, style)) if isinstance(message, str) else message)
        bar = self.query_one("#status-progress", ProgressBar)
        bar.display = progress is not None
        if progress is not None:
            bar.update(total=100, progress=round(progress * 100, 1))
        self.set_class(False, "-idle")
        self.set_class(style == "error", "-error")

    def loading_model(self) -> None:
        self._say("Loading the language model… the text is readable meanwhile", progress=0)

    def annotating(self, fraction: float) -> None:
        self._say("Annotating… highlights and panels fill in when done", progress=fraction)

    def problem(self, message: str) -> None:
        self._say(message, progress=None, style="error")

    def following(self, message: str) -> None:
        self._say(message, progress=None)

    def idle(self) -> None:
        self.query_one("#status-message", Label).update("")
        self.query_one("#status-progress", ProgressBar).display = False
        self.set_class(True, "-idle")
        self.set_class(False, "-error")

    @property
    def message(self) -> str:
        """The text shown now (for tests and the help screen)."""
        return str(self.query_one("#status-message", Label).content)
