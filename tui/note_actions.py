"""The reader's note keys, as a part of the app: take a note (`a`), edit or
delete one from the Notes panel (with an undo, `u`), export them (`E`),
and offer drafts a crash left behind.

A mixin of `BriefingApp`, so the notes of the open article are app state like
the current item, and `app.py` only wires the hooks. The notes shown are read
from the store whenever an article is shown (so notes another `briefing`
process saved appear too) and after every change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tui.atomic_file import write_text_file
from tui.briefing_index import Item
from tui.describe import actor_name, excerpt
from tui.note_model import Note, new_note
from tui.notes_export import BriefingNotes, to_markdown
from tui.notes_files import beside_article, suggested_path
from tui.notes_store import NotesError, NotesStore
from tui.screens.confirm import Confirm
from tui.screens.note_editor import NoteEditor
from tui.screens.path_prompt import write_to_chosen_file
from tui.widgets.notes_panel import NotesPanel

_KIND_WORDS = {"quote": "a quote", "claim": "a claim", "incident": "an incident"}


class NoteActions:
    """Notes in the reader (mixed into `BriefingApp`)."""

    # Provided by the app.
    doc: Any
    index: Any
    view: Any
    panels_open: bool
    query_one: Any
    notify: Any
    push_screen: Any
    select: Any
    note_target: Any

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._notes_store: NotesStore | None = None
        self.article_notes: list[Note] = []
        """The notes of the open article, in document order, orphans last."""
        self._deleted: list[Note] = []
        self._drafts_offered: set[str] = set()

    @property
    def notes_store(self) -> NotesStore:
        """The notes database, opened on first use (saying what went wrong)."""
        if self._notes_store is None:
            self._notes_store = NotesStore()
            for notice in self._notes_store.notices:
                severity = "error" if self._notes_store.problem else "warning"
                self.notify(notice, title="Notes", severity=severity, markup=False, timeout=15)
        return self._notes_store

    def _article_path(self) -> str | None:
        path = self.doc.article.path
        return str(Path(path).resolve()) if path is not None else None

    # -- showing ----------------------------------------------------------------------

    def show_notes(self) -> None:
        """Read the open article's notes and show them (panel and markers);
        then offer any draft left unsaved by an earlier session."""
        self._refresh_notes()
        self._offer_drafts()

    def _refresh_notes(self) -> None:
        doc = self.doc
        notes = self.notes_store.notes_for(doc.sha, self._article_path(), doc.article.text)
        self.article_notes = notes
        self.query_one(NotesPanel).set_notes(notes)
        self.view.set_notes([(n.anchor.start, n.anchor.end) for n in notes if not n.orphaned])

    def _offer_drafts(self) -> None:
        doc = self.doc
        if doc.sha in self._drafts_offered:
            return
        self._drafts_offered.add(doc.sha)
        self._restore_draft()

    def _restore_draft(self) -> None:
        """Open the next draft a gone process left on this article (never
        one a live `briefing` is still writing), then the one after."""
        doc = self.doc
        claimed = self.notes_store.claim_draft(doc.sha, self._article_path(), doc.article.text)
        if claimed is None:
            return
        draft_id, draft = claimed
        saved = self.notes_store.get(draft.id)
        when = draft.modified.replace("T", " ").removesuffix("Z")
        self.notify(
            f"Restored a note you had not saved (autosaved {when} UTC): "
            "ctrl+s saves it, Escape discards it.",
            title="Unsaved note",
            markup=False,
            timeout=10,
        )
        self._open_editor(draft, saved, then=self._restore_draft, draft_id=draft_id)

    # -- taking and editing notes --------------------------------------------------------

    def action_add_note(self) -> None:
        """A note on the selected text, or else on the current item."""
        target = self.note_target()
        if target is None:
            self.notify(
                "Nothing to note yet: select some text, or go to a quote (n), claim (c) "
                "or incident (i) first.",
                markup=False,
            )
            return
        doc = self.doc
        if isinstance(target, Item):
            start, end = target.start, target.end
            kind = target.kind if target.kind in _KIND_WORDS else "selection"
        else:
            start, end = target
            kind = "selection"
        note = new_note(
            doc.article.text,
            start,
            end,
            path=self._article_path(),
            title=doc.article.title,
            kind=kind,
            speaker=self._speaker(start, end, target),
            sha=doc.sha,
        )
        self._open_editor(note, None)

    def _speaker(self, start: int, end: int, target: Item | tuple[int, int]) -> str | None:
        """Who speaks the passage: the quote's or claim's speaker, also for a
        selection inside a quote or claim."""
        index = self.index
        if index is None:
            return None
        item = target if isinstance(target, Item) else None
        if item is None:
            covering = index.at(start, {"quotes", "claims"})
            if covering is not None and covering.end >= end:
                item = covering
        if item is None or item.kind not in ("quote", "claim"):
            return None
        speaker = index.speaker_of(item)
        return actor_name(speaker) if speaker is not None else None

    def _open_editor(
        self, note: Note, saved: Note | None, then: Any = None, draft_id: str | None = None
    ) -> None:
        what = _KIND_WORDS.get(note.kind, "the selected text")
        heading = ("Note on " if saved is not None else "New note on ") + what
        if note.speaker and note.kind in ("quote", "claim"):
            heading += f" by {note.speaker}"
        if note.orphaned:
            heading += " (orphaned: the passage is no longer in the article)"

        def done(result: Note | None) -> None:
            if result is not None:
                self._refresh_notes()
                if result.id == note.id:
                    self.notify("Note saved.", markup=False, timeout=2)
                else:
                    self.notify(
                        "This note was saved in another briefing window while you edited "
                        "it: yours is saved as a separate note on the same passage.",
                        title="Note saved as a new note",
                        severity="warning",
                        markup=False,
                        timeout=12,
                    )
            if then is not None:
                then()

        editor = NoteEditor(note, self.notes_store, heading=heading, saved=saved, draft_id=draft_id)
        self.push_screen(editor, done)

    def on_notes_panel_edit_requested(self, message: NotesPanel.EditRequested) -> None:
        saved = self.notes_store.get(message.note.id) or message.note
        self._open_editor(saved, saved)

    def on_notes_panel_chosen(self, message: NotesPanel.Chosen) -> None:
        note = message.note
        if note.orphaned:
            self.notify(
                f"This note is orphaned: “{excerpt(note.passage, 60)}” is no longer in the "
                "article. e edits it, d deletes it.",
                markup=False,
            )
            return
        item = self._item_with_span(note.anchor.start, note.anchor.end)
        if item is not None:
            self.select(item)
        else:
            self.view.show_span(note.anchor.start, note.anchor.end)
        if self.panels_open:
            self.panels_open = False

    def _item_with_span(self, start: int, end: int) -> Item | None:
        index = self.index
        if index is None:
            return None
        for kind in ("quote", "claim", "incident"):
            for item in index.items[kind]:
                if (item.start, item.end) == (start, end):
                    return item
        return None

    # -- deleting and undoing --------------------------------------------------------------

    def on_notes_panel_delete_requested(self, message: NotesPanel.DeleteRequested) -> None:
        note = message.note

        def answered(delete: bool | None) -> None:
            if not delete:
                return
            try:
                self.notes_store.delete(note.id)
            except NotesError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            self._deleted.append(note)
            self._refresh_notes()
            self.notify("Note deleted. u brings it back.", markup=False, timeout=6)

        self.push_screen(Confirm("Delete this note?", excerpt(note.body, 80), "y delete"), answered)

    def action_undo_note(self) -> None:
        """Bring back the note deleted last."""
        if not self._deleted:
            self.notify("No deleted note to bring back.", markup=False, timeout=2)
            return
        note = self._deleted[-1]
        try:
            self.notes_store.undelete(note.id)
        except NotesError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self._deleted.pop()
        self._refresh_notes()
        self.notify(f"Note restored: {excerpt(note.body, 60)}", markup=False, timeout=3)

    # -- export ---------------------------------------------------------------------------

    def action_export_notes(self) -> None:
        """Write the open article's notes as Markdown beside the article
        (replacing an earlier export there), or where the reader says when
        that is not possible (asking before replacing a file there)."""
        notes = self.article_notes
        if not notes:
            self.notify("No notes on this article yet: a takes one.", markup=False)
            return
        doc = self.doc
        markdown = to_markdown(
            [BriefingNotes(doc.article.title, self._article_path(), tuple(notes))]
        )
        article = Path(doc.article.path) if doc.article.path is not None else None
        beside = beside_article(article)
        if beside is not None and not beside.is_dir():
            replaced = beside.exists()
            try:
                write_text_file(beside, markdown)
            except OSError:
                pass  # ask for a place instead
            else:
                self._exported(beside, len(notes), replaced)
                return
        write_to_chosen_file(
            self,
            "Write the notes of this article (Markdown) to:",
            str(suggested_path(article)),
            markdown,
            article=article,
            written=lambda path, replaced: self._exported(path, len(notes), replaced),
            failed=lambda why: self.notify(why, severity="error", markup=False),
            keep=(self.notes_store.path,),
        )

    def _exported(self, path: Path, count: int, replaced: bool = False) -> None:
        notes = f"{count} note{'s' * (count != 1)}"
        said = f"{path} updated: {notes}" if replaced else f"{notes} written to {path}"
        self.notify(said, markup=False, timeout=8)
