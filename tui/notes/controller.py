"""The reader's side of notes: take a note (`a`), edit or delete one from
the Notes panel (with an undo, `u`), export them (`E`), and offer drafts a
crash left behind.

One controller per reader screen. The notes shown are read from the store
whenever an article is shown (so notes another `briefing` process saved
appear too) and after every change, and set on the screen's `notes`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from annotate.atomic_file import write_text_file
from tui.briefing_index import Item
from tui.describe import actor_name, excerpt
from tui.notes.editor import NoteEditor
from tui.notes.export import BriefingNotes, to_markdown
from tui.notes.files import beside_article, suggested_path
from tui.notes.model import Note, new_note
from tui.notes.path_prompt import write_to_chosen_file
from tui.notes.store import NotesError, NotesStore
from tui.screens.confirm import Confirm

if TYPE_CHECKING:
    from tui.screens.reader_screen import ReaderScreen

_KIND_WORDS = {"quote": "a quote", "claim": "a claim", "incident": "an incident"}


class NotesController:
    """Notes on the articles open in one reader screen."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self._store: NotesStore | None = None
        self._deleted: list[Note] = []
        self._drafts_offered: set[str] = set()

    @property
    def store(self) -> NotesStore:
        """The notes database, opened on first use (saying what went wrong)."""
        if self._store is None:
            self._store = NotesStore()
            severity = "error" if self._store.problem else "warning"
            for notice in self._store.notices:
                self.screen.app.notify(
                    notice, title="Notes", severity=severity, markup=False, timeout=15
                )
        return self._store

    def _article_path(self) -> str | None:
        path = self.screen.doc.article.path
        return str(Path(path).resolve()) if path is not None else None

    # -- showing ----------------------------------------------------------------------

    def show(self) -> None:
        """Read the open article's notes and show them; then offer any draft
        left unsaved by an earlier session."""
        self.refresh()
        doc = self.screen.doc
        if doc.sha not in self._drafts_offered:
            self._drafts_offered.add(doc.sha)
            self._restore_draft()

    def refresh(self) -> None:
        doc = self.screen.doc
        notes = self.store.notes_for(doc.sha, self._article_path(), doc.article.text)
        self.screen.notes = tuple(notes)

    def _restore_draft(self) -> None:
        """Open the next draft a gone process left on this article (never
        one a live `briefing` is still writing), then the one after."""
        doc = self.screen.doc
        claimed = self.store.claim_draft(doc.sha, self._article_path(), doc.article.text)
        if claimed is None:
            return
        draft_id, draft = claimed
        saved = self.store.get(draft.id)
        when = draft.modified.replace("T", " ").removesuffix("Z")
        self.screen.app.notify(
            f"Restored a note you had not saved (autosaved {when} UTC): "
            "ctrl+s saves it, Escape discards it.",
            title="Unsaved note",
            markup=False,
            timeout=10,
        )
        self._open_editor(draft, saved, then=self._restore_draft, draft_id=draft_id)

    # -- taking and editing notes --------------------------------------------------------

    def add(self, target: tuple[int, int] | Item | None) -> None:
        """A note on the selected text (a span), or else on the current item."""
        if target is None:
            self.screen.say(
                "Nothing to note yet: select some text, or go to a quote (n), claim (c) "
                "or incident (i) first.",
                seconds=5,
            )
            return
        doc = self.screen.doc
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
        index = self.screen.index
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
        self,
        note: Note,
        saved: Note | None,
        then: Callable[[], None] | None = None,
        draft_id: str | None = None,
    ) -> None:
        what = _KIND_WORDS.get(note.kind, "the selected text")
        heading = ("Note on " if saved is not None else "New note on ") + what
        if note.speaker and note.kind in ("quote", "claim"):
            heading += f" by {note.speaker}"
        if note.orphaned:
            heading += " (orphaned: the passage is no longer in the article)"

        def done(result: Note | None) -> None:
            if result is not None:
                self.refresh()
                if result.id == note.id:
                    self.screen.say("Note saved.")
                else:
                    self.screen.app.notify(
                        "This note was saved in another briefing window while you edited "
                        "it: yours is saved as a separate note on the same passage.",
                        title="Note saved as a new note",
                        severity="warning",
                        markup=False,
                        timeout=12,
                    )
            if then is not None:
                then()

        editor = NoteEditor(note, self.store, heading=heading, saved=saved, draft_id=draft_id)
        self.screen.app.push_screen(editor, done)

    def edit(self, note: Note) -> None:
        saved = self.store.get(note.id) or note
        self._open_editor(saved, saved)

    def go_to(self, note: Note) -> None:
        """Show a note's passage (as the current item when it is one)."""
        screen = self.screen
        if note.orphaned:
            screen.say(
                f"This note is orphaned: “{excerpt(note.passage, 60)}” is no longer in the "
                "article. e edits it, d deletes it.",
                seconds=6,
            )
            return
        screen.panels_open = False
        item = self._item_with_span(note.anchor.start, note.anchor.end)
        if item is not None:
            screen.select(item)
        else:
            screen.view.show_span(note.anchor.start, note.anchor.end)

    def _item_with_span(self, start: int, end: int) -> Item | None:
        index = self.screen.index
        if index is None:
            return None
        for kind in ("quote", "claim", "incident"):
            item = next((i for i in index.items[kind] if (i.start, i.end) == (start, end)), None)
            if item is not None:
                return item
        return None

    # -- deleting and undoing --------------------------------------------------------------

    def delete(self, note: Note) -> None:
        """Delete a note after asking; `undo` brings it back."""

        def answered(delete: bool | None) -> None:
            if not delete:
                return
            try:
                self.store.delete(note.id)
            except NotesError as error:
                self.screen.app.notify(str(error), severity="error", markup=False)
                return
            self._deleted.append(note)
            self.refresh()
            self.screen.say("Note deleted. u brings it back.", seconds=6)

        self.screen.app.push_screen(
            Confirm("Delete this note?", excerpt(note.body, 80), "y delete"), answered
        )

    def undo(self) -> None:
        """Bring back the note deleted last."""
        if not self._deleted:
            self.screen.say("No deleted note to bring back.")
            return
        note = self._deleted[-1]
        try:
            self.store.undelete(note.id)
        except NotesError as error:
            self.screen.app.notify(str(error), severity="error", markup=False)
            return
        self._deleted.pop()
        self.refresh()
        self.screen.say(f"Note restored: {excerpt(note.body, 60)}")

    # -- export ---------------------------------------------------------------------------

    def export(self) -> None:
        """Write the open article's notes as Markdown beside the article
        (replacing an earlier export there), or where the reader says when
        that is not possible (asking before replacing a file there)."""
        notes = self.screen.notes
        if not notes:
            self.screen.say("No notes on this article yet: a takes one.")
            return
        doc = self.screen.doc
        markdown = to_markdown([BriefingNotes(doc.article.title, self._article_path(), notes)])
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
            self.screen.app,
            "Write the notes of this article (Markdown) to:",
            str(suggested_path(article)),
            markdown,
            article=article,
            written=lambda path, replaced: self._exported(path, len(notes), replaced),
            failed=lambda why: self.screen.app.notify(why, severity="error", markup=False),
            keep=(self.store.path,),
        )

    def _exported(self, path: Path, count: int, replaced: bool = False) -> None:
        notes = f"{count} note{'s' * (count != 1)}"
        said = f"{path} updated: {notes}" if replaced else f"{notes} written to {path}"
        self.screen.say(said, seconds=8)
