"""The overview panels' common shape: a list of entries built from the
overview (`tui.overview_data.Overview`) at the panel's width, rebuilt when
either changes and filled only when in sight (a hidden tab fills when it is
shown). Enter or a click reports the entry's key with `OverviewChosen`."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.messages import OverviewChosen
from tui.overview_data import Overview
from tui.widgets.entry_list import Entry

WAITING = "Annotating… this fills in as the articles are done."


class SetList(OptionList):
    overview: reactive[Overview | None] = reactive(None, init=False, always_update=True)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        self.keys: list[str | None] = []
        self._width = 0
        self._stale = True

    def entries(self, overview: Overview, width: int) -> list[Entry]:
        raise NotImplementedError

    def needs_merge(self) -> bool:
        """Whether the list is empty until some article is annotated."""
        return True

    def watch_overview(self) -> None:
        self._refill()

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._width:
            self._refill()

    def on_show(self) -> None:
        if self._stale:
            self.fill()

    def _refill(self) -> None:
        if self.is_on_screen:
            self.fill()
        else:
            self._stale = True

    def fill(self) -> None:
        self._stale = False
        self._width = self.scrollable_content_region.width
        overview = self.overview
        keep = self.keys[self.highlighted] if self.highlighted is not None and self.keys else None
        if overview is None or (overview.merged is None and self.needs_merge()):
            self.keys = [None]
            self.set_options([Option(Content(WAITING), disabled=True)])
            return
        entries = self.entries(overview, self._width or 40)
        self.keys = [key for key, _ in entries]
        self.set_options([Option(shown, id=key, disabled=key is None) for key, shown in entries])
        if keep is not None and keep in self.keys:
            self.highlighted = self.keys.index(keep)
        else:
            first = next((n for n, key in enumerate(self.keys) if key is not None), None)
            if first is not None:
                self.highlighted = first

    @property
    def highlighted_key(self) -> str | None:
        if self.highlighted is None or not 0 <= self.highlighted < len(self.keys):
            return None
        return self.keys[self.highlighted]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(OverviewChosen(event.option.id))


def heading(text: str) -> Entry:
    return (None, Content.assemble((text, "bold $accent")))


def blank() -> Entry:
    return (None, Content(""))


def count(number: int, word: str, plural: str | None = None) -> str:
    return f"{number} {word if number == 1 else plural or word + 's'}"
