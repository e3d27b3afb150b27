"""The Notes panel: the reader's notes on this article, in document order,
each with its passage; orphaned notes (passage no longer in the text) last,
marked as such."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.commands import NOTES_PANEL, bindings
from tui.describe import excerpt
from tui.notes.model import Note
from tui.widgets.entry_list import hanging

_QUOTE_MARKS = "\"'“”‘’«»„‚‹›「『"
INDENT = 5
"""Where a note's passage, speaker and tags start: under its text."""
EMPTY = "No notes yet. Press a on a quote, claim or incident, or on selected text."


class NotesPanel(OptionList):
    """One entry per note; Enter goes to its passage, e edits, d deletes."""

    BINDINGS = bindings(NOTES_PANEL)

    notes: reactive[tuple[Note, ...]] = reactive((), init=False, always_update=True)

    @dataclass
    class Chosen(Message):
        """Go to this note's passage."""

        note: Note

    @dataclass
    class EditRequested(Message):
        """Open this note in the editor."""

        note: Note

    @dataclass
    class DeleteRequested(Message):
        """Delete this note (after asking)."""

        note: Note

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Option(Content(EMPTY), disabled=True), markup=False, id=id)
        self._shown: tuple[Note, ...] = ()
        self._width = 0

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._width and self.notes:
            self.watch_notes(self.notes)  # passages wrap again, to the new width

    def watch_notes(self, notes: tuple[Note, ...]) -> None:
        """Show these notes (already in document order, orphans last)."""
        keep = self.highlighted_note
        self._shown = notes
        self._width = self.scrollable_content_region.width
        if not notes:
            self.set_options([Option(Content(EMPTY), disabled=True)])
            return
        self.set_options(
            [
                Option(note_entry(n, note, self._width), id=note.id)
                for n, note in enumerate(notes, 1)
            ]
        )
        ids = [note.id for note in notes]
        self.highlighted = ids.index(keep.id) if keep is not None and keep.id in ids else 0

    @property
    def highlighted_note(self) -> Note | None:
        if self.highlighted is None or not 0 <= self.highlighted < len(self._shown):
            return None
        return self._shown[self.highlighted]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        note = self.highlighted_note
        if note is not None:
            self.post_message(self.Chosen(note))

    def action_edit(self) -> None:
        note = self.highlighted_note
        if note is not None:
            self.post_message(self.EditRequested(note))

    def action_delete(self) -> None:
        note = self.highlighted_note
        if note is not None:
            self.post_message(self.DeleteRequested(note))


def note_entry(n: int, note: Note, width: int = 0) -> Content:
    """The note's number and text, then its passage, speaker and tags, each
    wrapped under the text at `width` (0: not laid out yet, one line each)."""
    mark = ("⚠ orphaned ", "bold $warning") if note.orphaned else ("✎ ", "$text-muted")
    passage = excerpt(note.passage, 40)
    if passage[:1] not in _QUOTE_MARKS:
        passage = f"“{passage}”"
    label = Content.assemble((f"{n:>2} ", "$text-muted"), mark)
    room = width - 1 if width > 0 else 10_000  # OptionList wraps a line that fills it
    body = Content.styled(excerpt(note.body, 40) or "(empty)", "bold")
    lines = [hanging(label, body, label.cell_length, room, lines=2)]
    under = Content("")
    lines.append(hanging(under, Content.styled(passage, "italic"), INDENT, room, lines=2))
    extra: list[Content] = []
    if note.speaker and note.kind in ("quote", "claim"):
        extra.append(Content.styled(f"— {excerpt(note.speaker, 24)}", "$text-muted"))
    if note.tags:
        extra.append(Content.styled(excerpt(" ".join(f"#{t}" for t in note.tags), 36), "$accent"))
    if extra:
        lines.append(hanging(under, Content(" · ").join(extra), INDENT, room, lines=2))
    return Content("\n").join(lines)
