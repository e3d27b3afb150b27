"""The reader's main screen. Its only job beyond a plain `Screen` is Tab:
on a narrow terminal the panels and the article take turns, so Tab swaps
them instead of moving focus to something hidden."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen


class ReaderScreen(Screen[None]):
    BINDINGS = [
        Binding("tab", "app.cycle_focus(True)", "Article ⇄ panels", show=False),
        Binding("shift+tab", "app.cycle_focus(False)", "Panels ⇄ article", show=False),
    ]

    def _key_escape(self) -> None:
        """Leave Escape to the app's `clear` action, which drops a selection
        first and only then the current item. (Screen's own handler clears
        the selection before the action runs, so one press did both.)"""
