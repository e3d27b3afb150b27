"""The overview panels' common shape: a `LazyList` of entries built from the
overview (`tui.overview_data.Overview`), rebuilt when it changes. Enter or a
click reports the entry's key with `OverviewChosen`."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import OptionList

from tui.messages import OverviewChosen
from tui.overview_data import Overview
from tui.widgets.lazy_list import Entry, LazyList

WAITING = "Annotating… this fills in as the articles are done."


class SetList(LazyList):
    """A list of the overview; filled from `overview` when in sight."""

    overview: reactive[Overview | None] = reactive(None, init=False, always_update=True)

    def entries(self, overview: Overview, width: int) -> list[Entry]:
        raise NotImplementedError

    def needs_merge(self) -> bool:
        """Whether the list is empty until some article is annotated."""
        return True

    def watch_overview(self) -> None:
        self.refill()

    def build(self, width: int) -> list[Entry]:
        overview = self.overview
        if overview is None or (overview.merged is None and self.needs_merge()):
            return [(None, Content(WAITING))]
        return self.entries(overview, width)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(OverviewChosen(event.option.id))


def heading(text: str) -> Entry:
    return (None, Content.assemble((text, "bold $accent")))


def blank() -> Entry:
    return (None, Content(""))
