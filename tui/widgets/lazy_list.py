"""An option list built from its data at its width, only when in sight: the
common shape of the reader's side panels and the overview's lists.

A list out of sight is filled when it is first shown (a big briefing's
Positions hold ten thousand entries, and building them is the reader's one
long pause), and again when its width changes, keeping the highlighted
entry."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

Entry = tuple[str | None, Content]
"""(key such as "kind:id", or None for a heading or a blank; what it shows)"""


class LazyList(OptionList):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        self.keys: list[str | None] = []
        self._width = 0
        self._stale = True

    def build(self, width: int) -> list[Entry]:
        """The entries to show at this width."""
        raise NotImplementedError

    def filled(self) -> None:
        """Called after each fill (to highlight the current item's entry)."""

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._width:
            self.refill()

    def on_show(self) -> None:
        if self._stale:
            self.fill()

    def refill(self) -> None:
        """Fill now if in sight, else when next shown."""
        if self.is_on_screen:
            self.fill()
        else:
            self._stale = True

    def fill(self) -> None:
        self._stale = False
        self._width = self.scrollable_content_region.width
        keep = self.highlighted_key
        entries = self.build(self._width or 40)
        self.keys = [key for key, _ in entries]
        self.set_options([Option(shown, id=key, disabled=key is None) for key, shown in entries])
        if keep is not None and keep in self.keys:
            self.highlighted = self.keys.index(keep)
        else:
            first = next((n for n, key in enumerate(self.keys) if key is not None), None)
            if first is not None:
                self.highlighted = first
        self.filled()

    @property
    def highlighted_key(self) -> str | None:
        if self.highlighted is None or not 0 <= self.highlighted < len(self.keys):
            return None
        return self.keys[self.highlighted]
