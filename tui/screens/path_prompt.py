"""Ask for a file path (to write notes to): Enter accepts, Escape cancels."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class PathPrompt(ModalScreen[Path | None]):
    """A one-line path input, prefilled with a suggestion; returns the path
    (with `~` expanded) or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, question: str, suggestion: str) -> None:
        super().__init__()
        self._question = question
        self._suggestion = suggestion

    def compose(self) -> ComposeResult:
        with Vertical(id="path-body"):
            yield Static(Content(self._question), markup=False, id="path-question")
            yield Input(self._suggestion, id="path-input")
            yield Static(
                Content("Enter writes the file · Escape cancels"), markup=False, id="path-hint"
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        self.dismiss(Path(value).expanduser() if value else None)
