"""Helpers for the notes tests: notes on a small article, and the store file."""

from __future__ import annotations

from annotate.model import text_sha256
from tui.note_model import Note, new_note
from tui.notes_store import NotesStore, default_path

ARTICLE = (
    "Harbour fire blamed on saboteurs\n"
    'The mayor, Ana Ruiz, said the fire was "a deliberate act of sabotage".\n'
    "Police chief Tom Berg denied that account.\n"
)


def note_on(
    text: str, passage: str, body: str = "a note", *, path: str | None = None, **fields
) -> Note:
    start = text.index(passage)
    return new_note(text, start, start + len(passage), body=body, path=path, **fields)


def open_store() -> NotesStore:
    """A store on the default (test-isolated) path."""
    return NotesStore(default_path())


def sha(text: str) -> str:
    return text_sha256(text)
