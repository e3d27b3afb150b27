"""The search bar opened by `/`: type to find, Enter/↓ for the next match,
↑ for the previous one, Escape to close."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label


class SearchBar(Horizontal):
    """A find-in-article field that reports what to look for."""

    BINDINGS = [
        Binding("escape", "close", "Close search"),
        Binding("down", "step(True)", "Next match", show=False),
        Binding("up", "step(False)", "Previous match", show=False),
    ]

    @dataclass
    class Find(Message):
        """Look for `query`: the next match after the current one (or before)."""

        query: str
        forward: bool
        again: bool
        """Step past the current match rather than stay on it."""

    @dataclass
    class Closed(Message):
        """The reader closed the search bar."""

    def compose(self) -> ComposeResult:
        yield Label("Find:", id="search-label")
        yield Input(
            placeholder="text to find (Enter: next, ↑: previous, Esc: close)", id="search-input"
        )
        yield Label("", id="search-count", markup=False)

    @property
    def query_text(self) -> str:
        return self.query_one("#search-input", Input).value

    def open(self) -> None:
        self.display = True
        self.query_one("#search-input", Input).focus()

    def show_count(self, text: str) -> None:
        self.query_one("#search-count", Label).update(text)

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Find(event.value, forward=True, again=False))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Find(event.value, forward=True, again=True))

    def action_step(self, forward: bool) -> None:
        self.post_message(self.Find(self.query_text, forward=forward, again=True))

    def action_close(self) -> None:
        self.display = False
        self.post_message(self.Closed())
