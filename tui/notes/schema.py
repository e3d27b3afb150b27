"""How notes are kept in SQLite: the tables, the migrations that reach
each schema version, and a note as a row and back."""

from __future__ import annotations

import json
from typing import Any

from tui.notes.anchors import Anchor
from tui.notes.model import Note

SCHEMA_VERSION = 2
NOTE_COLUMNS = (
    "id, sha, path, title, start, end, exact, prefix, suffix, body, tags, speaker, kind, "
    "created, modified"
)

FIELDS = """
    id TEXT PRIMARY KEY,
    sha TEXT NOT NULL,
    path TEXT,
    title TEXT NOT NULL DEFAULT '',
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]',
    speaker TEXT,
    kind TEXT NOT NULL DEFAULT 'selection',
    created TEXT NOT NULL,
    modified TEXT NOT NULL"""

# Schema version reached -> the statements that reach it (PRAGMA user_version).
MIGRATIONS: dict[int, str] = {
    1: f"""
        CREATE TABLE notes ({FIELDS},
            orphaned INTEGER NOT NULL DEFAULT 0,
            deleted TEXT);
        CREATE INDEX notes_by_sha ON notes (sha);
        CREATE INDEX notes_by_path ON notes (path);
        CREATE TABLE drafts ({FIELDS});
    """,
    # Notes get a version; drafts get their own key and an owner, so two
    # editors (in two processes) of one note keep two drafts. Drafts of
    # version 1 have no owner: the next process to open the article restores them.
    2: f"""
        ALTER TABLE notes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE drafts_v2 (
            draft_id TEXT PRIMARY KEY,
            {FIELDS.replace("id TEXT PRIMARY KEY", "id TEXT NOT NULL")},
            version INTEGER NOT NULL DEFAULT 0,
            owner_host TEXT,
            owner_pid INTEGER,
            owner_token TEXT,
            heartbeat REAL NOT NULL DEFAULT 0);
        INSERT INTO drafts_v2 (draft_id, {NOTE_COLUMNS}, version)
            SELECT id, {NOTE_COLUMNS}, 0 FROM drafts;
        DROP TABLE drafts;
        ALTER TABLE drafts_v2 RENAME TO drafts;
        CREATE INDEX drafts_by_sha ON drafts (sha);
    """,
}


def note_from_row(row: tuple[Any, ...]) -> Note:
    (id_, sha, path, title, start, end, exact, prefix, suffix, body, tags, speaker, kind) = row[:13]
    created, modified, orphaned = row[13:16]
    version = row[16] if len(row) > 16 else 0
    try:
        tag_list = tuple(str(t) for t in json.loads(tags or "[]"))
    except (ValueError, TypeError):
        tag_list = ()
    return Note(
        id=id_,
        sha=sha,
        path=path,
        title=title or "",
        anchor=Anchor(start, end, exact or "", prefix or "", suffix or ""),
        body=body or "",
        tags=tag_list,
        speaker=speaker,
        kind=kind or "selection",
        created=created or "",
        modified=modified or "",
        orphaned=bool(orphaned),
        version=version or 0,
    )


def row_values(note: Note) -> tuple[Any, ...]:
    return (
        note.id,
        note.sha,
        note.path,
        note.title,
        *anchor_values(note.anchor),
        note.body,
        json.dumps(list(note.tags), ensure_ascii=False),
        note.speaker,
        note.kind,
        note.created,
        note.modified,
    )


def anchor_values(anchor: Anchor) -> tuple[Any, ...]:
    return (anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix)


def marks(count: int) -> str:
    return ", ".join("?" * count)
