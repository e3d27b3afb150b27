"""The Actors list: name, kind, role, how often mentioned and quoted."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import DataTable

from tui.briefing_index import BriefingIndex, Item
from tui.describe import KIND_LABELS, excerpt
from tui.messages import EntryChosen
from tui.safe_text import display_line

# The counts come before kind and role so they show in a narrow panel.
COLUMNS = (
    ("Actor", "actor"),
    ("Seen", "mentions"),
    ("Quoted", "quotes"),
    ("Kind", "kind"),
    ("Role", "role"),
)


class ActorsPanel(DataTable):
    """A table of actors, most mentioned first. Cells are `Text` built from
    plain strings (a `str` cell would be parsed as markup)."""

    index: reactive[BriefingIndex | None] = reactive(None, init=False)
    current: reactive[Item | None] = reactive(None, init=False)
    waiting: reactive[str] = reactive("", init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=False)
        self._ids: list[str] = []
        self._stale = True

    def _reset(self) -> None:
        """Empty the table, columns too: a column keeps the width of the
        widest cell it ever held (the waiting message would stretch "Actor"
        over the whole panel)."""
        self.clear(columns=True)
        for label, key in COLUMNS:
            self.add_column(Text(label), key=key)

    def on_mount(self) -> None:
        self._reset()

    def on_show(self) -> None:
        if self._stale:
            self.fill()

    def watch_waiting(self) -> None:
        if self.index is None:
            self.watch_index()

    def watch_index(self) -> None:
        """Filled now when in sight, else when first shown (see EntryList)."""
        if self.is_on_screen:
            self.fill()
        else:
            self._stale = True

    def fill(self) -> None:
        kept = self.highlighted_actor  # a new briefing keeps the reader's place
        self._stale = False
        self._reset()
        index = self.index
        if index is None:
            self._ids = []
            self.add_row(Text(self.waiting, style="italic"), *(Text("") for _ in range(4)))
            return
        actors = sorted(
            index.actors.values(),
            key=lambda a: (-len(a.mentions), -index.quote_counts[a.id], a.name),
        )
        self._ids = [actor.id for actor in actors]
        if not actors:
            self.add_row(Text("No actors found.", style="italic"), *(Text("") for _ in range(4)))
            return
        for actor in actors:
            self.add_row(
                Text(excerpt(actor.name, 20)),
                Text(str(len(actor.mentions)), justify="right"),
                Text(str(index.quote_counts[actor.id]), justify="right"),
                Text(KIND_LABELS.get(actor.kind, actor.kind)),
                Text(display_line(actor.role or "")),
                key=actor.id,
            )
        if kept in self._ids:
            self.move_cursor(row=self._ids.index(kept), animate=False, scroll=True)
        self.watch_current(self.current)

    @property
    def highlighted_actor(self) -> str | None:
        """The actor under the cursor."""
        if not self._ids or not 0 <= self.cursor_row < len(self._ids):
            return None
        return self._ids[self.cursor_row]

    def watch_current(self, item: Item | None) -> None:
        """Put the cursor on the actor of the current item."""
        if self.index is None or item is None or self._stale:
            return
        speaker = self.index.speaker_of(item)
        if speaker is not None and speaker.id in self._ids:
            self.move_cursor(row=self._ids.index(speaker.id), animate=False, scroll=True)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value in self._ids:
            self.post_message(EntryChosen("actor", event.row_key.value))
