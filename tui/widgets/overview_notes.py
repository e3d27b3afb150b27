"""The overview's Notes: the reader's notes on every open article, under
each article's title (a long title wraps under itself, clear of its
number; Enter opens the article at the note's passage)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.messages import OverviewChosen
from tui.notes.model import Note
from tui.notes.panel import note_entry
from tui.safe_text import display_line
from tui.widgets.entry_list import hanging

EMPTY = "No notes on these articles yet. Open one (Enter) and press a on a quote or selection."


@dataclass(frozen=True, slots=True)
class ArticleNotes:
    number: int  # of the open article
    title: str
    notes: tuple[Note, ...]


class OverviewNotes(OptionList):
    notes: reactive[tuple[ArticleNotes, ...]] = reactive((), init=False, always_update=True)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Option(Content(EMPTY), disabled=True), markup=False, id=id)
        self._width = 0

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._width and self.notes:
            self.watch_notes(self.notes)  # titles wrap again, to the new width

    def watch_notes(self, found: tuple[ArticleNotes, ...]) -> None:
        keep = self.highlighted_option.id if self.highlighted_option is not None else None
        self._width = self.scrollable_content_region.width
        options: list[Option] = []
        for group in found:
            if not group.notes:
                continue
            number = Content.assemble((f"[{group.number + 1}] ", "$accent"))
            title = Content.assemble((display_line(group.title), "bold $accent"))
            width = self._width - 1 if self._width > 0 else 10_000  # not laid out yet: one line
            wrapped = hanging(number, title, number.cell_length, width, lines=3)
            options.append(Option(wrapped, disabled=True))  # wrapped under the title
            options += [
                Option(note_entry(n, note, self._width), id=f"note:{group.number}:{note.id}")
                for n, note in enumerate(group.notes, 1)
            ]
        if not options:
            options = [Option(Content(EMPTY), disabled=True)]
        self.set_options(options)
        ids = [option.id for option in options]
        if keep is not None and keep in ids:
            self.highlighted = ids.index(keep)
        else:
            self.highlighted = next((n for n, i in enumerate(ids) if i is not None), None)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(OverviewChosen(event.option.id))
