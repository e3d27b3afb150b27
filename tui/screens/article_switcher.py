"""The article list (`o`): switch between the articles opened together."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.safe_text import display_line


class ArticleSwitcher(ModalScreen[int | None]):
    """Pick an article; returns its index, or None on Escape."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]

    def __init__(self, entries: list[tuple[str, str, str]], current: int) -> None:
        """`entries` are (title, path, state) per article."""
        super().__init__()
        self._entries = entries
        self._current = current

    def compose(self) -> ComposeResult:
        options = [
            Option(
                Content.assemble(
                    ("▶ " if n == self._current else "  ", "bold"),
                    (display_line(title), "bold"),
                    "\n    ",
                    (f"{display_line(path)} · {state}", "$text-muted"),
                ),
                id=str(n),
            )
            for n, (title, path, state) in enumerate(self._entries)
        ]
        with Vertical(id="switcher-body"):
            yield Label("Articles (Enter opens, Escape closes)", id="switcher-title")
            yield OptionList(*options, markup=False, id="switcher-list")

    def on_mount(self) -> None:
        switcher = self.query_one(OptionList)
        switcher.highlighted = self._current
        switcher.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or 0))
