"""A yes/no question in a small modal: y confirms, n or Escape declines."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


class Confirm(ModalScreen[bool]):
    """Ask before something the reader may regret (discarding, deleting)."""

    BINDINGS = [
        Binding("y", "dismiss(True)", "Yes"),
        Binding("n,escape", "dismiss(False)", "No"),
    ]

    def __init__(self, question: str, detail: str = "", yes: str = "y yes") -> None:
        super().__init__()
        self._question = question
        self._detail = detail
        self._yes = yes

    def compose(self) -> ComposeResult:
        parts: list[str | tuple[str, str]] = [(self._question, "bold")]
        if self._detail:
            parts += ["\n", (self._detail, "italic $text-muted")]
        parts += ["\n\n", (f"{self._yes} · n or Escape no", "$text-muted")]
        with Vertical(id="confirm-body"):
            yield Static(Content.assemble(*parts), markup=False, id="confirm-text")
