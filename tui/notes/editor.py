"""The note editor: a modal over the article with the passage, the note's
text and its tags.

The editor writes through the store it is given, so a failed save keeps the
text on screen (with a one-line reason, and ctrl+e to write it to a file)
instead of losing it. While the reader types, the text is autosaved as a
draft about a second after the last key; a crash or a closed terminal loses
at most that second. The draft is this editor's own (its `draft_id`, with a
heartbeat renewed while the editor is open), so another `briefing` process
never restores or deletes it while this one lives. ctrl+s saves and closes
(when someone else saved the note meanwhile, the store keeps both: the
returned note then has another id); Escape asks before throwing away what
was typed.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, Static, TextArea

from tui.describe import excerpt
from tui.notes.export import group_by_briefing, to_markdown
from tui.notes.files import suggested_path
from tui.notes.model import Note, parse_tags
from tui.notes.path_prompt import write_to_chosen_file
from tui.notes.store import DRAFT_HEARTBEAT, NotesError, NotesStore
from tui.safe_text import display_line
from tui.screens.confirm import Confirm

AUTOSAVE_DELAY = 1.0  # seconds after the last key
HINT = "ctrl+s save · Escape close · Tab to tags · ctrl+e write to a file"


class NoteEditor(ModalScreen[Note | None]):
    """Write or edit one note; returns the saved note, or None."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", priority=True),
        Binding("ctrl+e", "write_elsewhere", "Write to a file", priority=True),
        Binding("escape", "close", "Close"),
    ]

    def __init__(
        self,
        note: Note,
        store: NotesStore,
        *,
        heading: str,
        saved: Note | None = None,
        draft_id: str | None = None,
    ) -> None:
        """`note` holds the anchor and the text to start from (a restored
        draft's text, say) and, as `version`, the stored version the edit
        starts from; `saved` is the note as stored, None for a new one;
        `draft_id` the draft this editor continues (restored), if any."""
        super().__init__()
        self.note = note
        self._store = store
        self._heading = heading
        self._is_new = saved is None
        self._original = (saved.body, saved.tags) if saved is not None else ("", ())
        self._timer: Timer | None = None
        self.draft_id = draft_id or str(uuid.uuid4())
        self._draft_kept = draft_id is not None
        self._autosave_failed = False
        self._finished = False
        self._body = note.body
        self._tags = ", ".join(note.tags)

    def compose(self) -> ComposeResult:
        passage = excerpt(self.note.passage, 400)
        with Vertical(id="note-body"):
            yield Static(Content(display_line(self._heading)), markup=False, id="note-heading")
            yield Static(Content(display_line(passage)), markup=False, id="note-passage")
            yield TextArea(self.note.body, soft_wrap=True, id="note-text")
            yield Input(
                ", ".join(self.note.tags),
                placeholder="tags, e.g. disputed, follow-up (optional)",
                id="note-tags",
            )
            yield Static(Content(HINT), markup=False, id="note-status")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        self.set_interval(DRAFT_HEARTBEAT, self._heartbeat)

    # -- state ----------------------------------------------------------------------

    @property
    def body(self) -> str:
        """The text typed (kept as it changes, so it is there while closing)."""
        return self._body

    @property
    def tags(self) -> tuple[str, ...]:
        return parse_tags(self._tags)

    def current(self) -> Note:
        """The note as typed so far."""
        return self.note.edited(self.body, self.tags)

    @property
    def changed(self) -> bool:
        return (self.body.strip(), self.tags) != (self._original[0].strip(), self._original[1])

    def _status(self, text: str, error: bool = False) -> None:
        status = self.query_one("#note-status", Static)
        status.update(Content(text))
        status.set_class(error, "-error")

    # -- autosave ---------------------------------------------------------------------

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._body = event.text_area.text
        self._schedule_autosave()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "note-tags":
            self._tags = event.value
            self._schedule_autosave()

    def _schedule_autosave(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(AUTOSAVE_DELAY, self.autosave)

    def autosave(self) -> None:
        """Keep what is typed as a draft (or drop the draft when it is empty)."""
        self._timer = None
        if self._finished:
            return
        try:
            if self.body.strip() and self.changed:
                self.draft_id = self._store.keep_draft(self.draft_id, self.current())
                self._draft_kept = True
            elif self._draft_kept:
                self._store.drop_draft(self.draft_id)
                self._draft_kept = False
        except NotesError as error:
            if not self._autosave_failed:
                self._autosave_failed = True
                self._status(f"Not autosaved: {error} ctrl+e writes it to a file.", error=True)

    def _heartbeat(self) -> None:
        """Tell other processes this editor's draft is still being written."""
        if self._draft_kept and not self._finished:
            try:
                self._store.touch_draft(self.draft_id)
            except NotesError:
                pass  # the autosave says what is wrong

    def on_unmount(self) -> None:
        """Closed without saving or discarding (the app quit): keep the draft."""
        if self._timer is not None:
            self._timer.stop()
        if self._finished:
            return
        try:
            if self.body.strip() and self.changed:
                self._store.keep_draft(self.draft_id, self.current())
        except NotesError:
            pass  # nothing more can be done while closing

    # -- actions ----------------------------------------------------------------------

    def action_save(self) -> None:
        if not self.body.strip():
            self._status("Write something first, or Escape to close.", error=True)
            return
        note = self.current()
        if self._is_new:
            note = replace(note, created=note.modified)
        try:
            note = self._store.save(note, draft_id=self.draft_id)
        except NotesError as error:
            message = f"{error} ctrl+s to retry, or ctrl+e to write it to a file."
            self._status(message, error=True)
            self.app.notify(message, title="Note not saved", severity="error", markup=False)
            return
        self._finish(note)

    def action_close(self) -> None:
        if not self.body.strip() or not self.changed:
            self._discard()
            return
        question = "Discard this note?" if self._is_new else "Discard your changes to this note?"

        def answered(discard: bool | None) -> None:
            if discard:
                self._discard()

        self.app.push_screen(Confirm(question, excerpt(self.body, 80), yes="y discard"), answered)

    def _discard(self) -> None:
        try:
            self._store.drop_draft(self.draft_id)
        except NotesError:
            pass  # nothing was kept, or it cannot be removed: harmless either way
        self._finish(None)

    def _finish(self, note: Note | None) -> None:
        self._finished = True
        if self._timer is not None:
            self._timer.stop()
        self.dismiss(note)

    def action_write_elsewhere(self) -> None:
        """Write this note, as Markdown, to a file the reader chooses."""
        if not self.body.strip():
            self._status("Write something first.", error=True)
            return
        article = Path(self.note.path) if self.note.path else None
        suggestion = suggested_path(article).with_name(
            suggested_path(article).name.replace(".notes.md", ".note.md")
        )

        def written(path: Path, replaced: bool) -> None:
            self._status(f"Written to {path}. It is not in your notes until ctrl+s works.")
            what = "replaced" if replaced else "written to"
            self.app.notify(f"Note {what} {path}", markup=False)

        write_to_chosen_file(
            self.app,
            "Write this note to:",
            str(suggestion),
            to_markdown(group_by_briefing([self.current()])),
            article=article,
            written=written,
            failed=lambda why: self._status(why, error=True),
            keep=(self._store.path,),
        )
