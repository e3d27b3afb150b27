"""The reader's note keys and the Notes panel's requests, handed to the
`NotesController` (a mixin of `ReaderScreen`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.briefing_index import Item
from tui.notes.panel import NotesPanel

if TYPE_CHECKING:
    from tui.screens.reader_screen import ReaderScreen


class NoteActions:
    """Note actions and Notes panel messages."""

    def note_target(self: ReaderScreen) -> tuple[int, int] | Item | None:
        """What a note would be anchored to now: the selection in the
        article if there is one, else the current item."""
        span = self.view.selection_span()
        return span if span is not None else self.current

    def action_add_note(self: ReaderScreen) -> None:
        self.notes_controller.add(self.note_target())

    def action_export_notes(self: ReaderScreen) -> None:
        self.notes_controller.export()

    def action_undo_note(self: ReaderScreen) -> None:
        self.notes_controller.undo()

    def on_notes_panel_chosen(self: ReaderScreen, message: NotesPanel.Chosen) -> None:
        self.notes_controller.go_to(message.note)

    def on_notes_panel_edit_requested(
        self: ReaderScreen, message: NotesPanel.EditRequested
    ) -> None:
        self.notes_controller.edit(message.note)

    def on_notes_panel_delete_requested(
        self: ReaderScreen, message: NotesPanel.DeleteRequested
    ) -> None:
        self.notes_controller.delete(message.note)
