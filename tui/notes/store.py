"""The notes database: SQLite in the user data dir, written on every save.

Notes are the reader's own work, so the store is careful:

- WAL mode, `synchronous=FULL`, and each save is one `BEGIN IMMEDIATE`
  transaction; a busy timeout lets two `briefing` processes write the same
  file without losing each other's notes (ids are random UUIDs, so two
  writers never collide).
- Every note has a `version`, raised by each save. Saving an edit checks, in
  the same transaction, that the stored note is still the version the edit
  started from; when another process saved it meanwhile, nothing is
  overwritten: the edit is saved as a new note on the same passage.
- Drafts (text typed but not yet saved) live in their own table, one row per
  editor (`draft_id`), under the id the note will get; saving inserts the
  note and deletes that editor's draft at once. A draft records its owner
  (host, pid, a token per store) and a heartbeat, renewed while the editor
  is open. Another process restores a draft only once its owner is gone
  (no such pid on this host, or no heartbeat for `DRAFT_STALE_AFTER`
  seconds), taking it over in one transaction; a store never deletes a
  draft it does not own.
- Deleting only marks a note, so it can be undone.
- A database that cannot be read is moved aside (never deleted) and a fresh
  one started; `notices` says so, naming both paths. When the data dir
  cannot be written, the store still opens (read-only, or empty) and every
  write raises `NotesError` with one line the reader can show.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from tui.notes.connection import connect, move_aside, plain_reason
from tui.notes.model import Note, in_document_order, now_iso, placed_in
from tui.notes.schema import (
    NOTE_COLUMNS,
    anchor_values,
    marks,
    note_from_row,
    row_values,
)

DRAFT_STALE_AFTER = 300.0
"""Seconds without a heartbeat after which a draft's owner counts as gone."""
DRAFT_HEARTBEAT = 60.0
"""Seconds between heartbeats of an open editor's draft."""


class NotesError(Exception):
    """Notes could not be written; the message is one line for the reader."""


def default_path() -> Path:
    """`notes.db` in the platform's user data dir for `briefing`."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("briefing")) / "notes.db"


class NotesStore:
    """Notes and drafts of every briefing, in one SQLite file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = default_path() if path is None else path
        self.host = socket.gethostname()
        self.token = uuid.uuid4().hex
        """Tells this store's drafts from those of another store in this process."""
        self.notices: list[str] = []
        """What happened while opening (a database moved aside, read-only)."""
        self.problem: str | None = None
        """Why notes cannot be saved, when they cannot."""
        self._db: sqlite3.Connection | None = None
        self._open()

    # -- opening ------------------------------------------------------------------

    def _open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._give_up(f"cannot create {self.path.parent} ({error.strerror or error})")
            return
        try:
            self._db = connect(self.path)
            return
        except sqlite3.DatabaseError as error:
            reason = plain_reason(error)
            if not self.path.exists():
                self._give_up(f"cannot create {self.path} ({reason})")
                return
            if isinstance(error, sqlite3.OperationalError) and os.access(self.path, os.R_OK):
                self._open_read_only(reason)
                return
        aside = move_aside(self.path)
        if aside is None:
            self._give_up(f"{self.path} cannot be read ({reason}) nor moved aside")
            return
        self.notices.append(
            f"The notes database {self.path} could not be read ({reason}); it was moved "
            f"to {aside} and a new one started."
        )
        try:
            self._db = connect(self.path)
        except sqlite3.DatabaseError as error:
            self._give_up(f"cannot create {self.path} ({plain_reason(error)})")

    def _open_read_only(self, reason: str) -> None:
        try:
            self._db = connect(self.path, f"{self.path.as_uri()}?mode=ro")
        except sqlite3.DatabaseError:
            self._give_up(f"{self.path} cannot be opened ({reason})")
            return
        self.problem = (
            f"Notes cannot be saved: {self.path} is read-only ({reason}). "
            "Write a note to a file instead (ctrl+e in the editor)."
        )
        self.notices.append(self.problem)

    def _give_up(self, why: str) -> None:
        self._db = None
        self.problem = (
            f"Notes cannot be saved: {why}. Write a note to a file instead (ctrl+e in the editor)."
        )
        self.notices.append(self.problem)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # -- reading --------------------------------------------------------------------

    def notes_for(self, sha: str, path: str | None, text: str) -> list[Note]:
        """The notes of a briefing: those made on this text, and those made at
        this path on an earlier version (re-anchored by their quote, or
        orphaned). In document order, orphans last. Re-anchoring is saved
        when the store can be written."""
        rows = self._select("notes", "deleted IS NULL AND (sha = ? OR path = ?)", (sha, path))
        notes = placed_in([note_from_row(row) for row in rows], sha, path, text)
        changed = [
            (new, old)
            for new, old in zip(notes, map(note_from_row, rows), strict=True)
            if new != old
        ]
        if changed and self.problem is None:
            try:
                with self._transaction() as db:
                    for new, _ in changed:
                        db.execute(
                            "UPDATE notes SET sha = ?, path = ?, start = ?, end = ?, exact = ?,"
                            " prefix = ?, suffix = ?, orphaned = ? WHERE id = ?",
                            (
                                new.sha,
                                new.path,
                                *anchor_values(new.anchor),
                                int(new.orphaned),
                                new.id,
                            ),
                        )
            except NotesError:
                pass  # shown all the same; saved next time the store can be written
        return in_document_order(notes)

    def drafts_for(self, sha: str, path: str | None, text: str) -> list[Note]:
        """Every unsaved draft of a briefing, whoever owns it, re-anchored like
        notes, oldest first (to look at: `claim_draft` is the one to restore)."""
        rows = self._select("drafts", "sha = ? OR path = ?", (sha, path))
        drafts = placed_in([note_from_row(row) for row in rows], sha, path, text)
        return sorted(drafts, key=lambda d: d.modified)

    def claim_draft(self, sha: str, path: str | None, text: str) -> tuple[str, Note] | None:
        """The oldest draft of a briefing whose owner is gone, taken over by
        this store (in one transaction, so no two processes restore it), as
        (draft id, draft re-anchored to `text`); None when there is none.
        Drafts of a live process (this one included) are never handed out."""
        if self._db is None or self.problem is not None:
            return None
        try:
            with self._transaction() as db:
                rows = db.execute(
                    f"SELECT draft_id, owner_host, owner_pid, heartbeat, {NOTE_COLUMNS}, 0,"
                    " version FROM drafts WHERE sha = ? OR path = ? ORDER BY modified",
                    (sha, path),
                ).fetchall()
                for draft_id, host, pid, heartbeat, *note_row in rows:
                    if not self._owner_gone(host, pid, heartbeat):
                        continue
                    db.execute(
                        "UPDATE drafts SET owner_host = ?, owner_pid = ?, owner_token = ?,"
                        " heartbeat = ? WHERE draft_id = ?",
                        (*self._owner(), time.time(), draft_id),
                    )
                    [draft] = placed_in([note_from_row(note_row)], sha, path, text)
                    return draft_id, draft
        except NotesError:
            pass
        return None

    def _owner(self) -> tuple[str, int, str]:
        return (self.host, os.getpid(), self.token)

    def _owner_gone(self, host: str | None, pid: int | None, heartbeat: float) -> bool:
        if time.time() - (heartbeat or 0) > DRAFT_STALE_AFTER:
            return True
        if host == self.host and pid is not None:
            return not _pid_alive(pid)
        return False  # another host, and a recent heartbeat: alive as far as we know

    def all_notes(self) -> list[Note]:
        """Every note not deleted, oldest first."""
        rows = self._select("notes", "deleted IS NULL", ())
        return sorted((note_from_row(row) for row in rows), key=lambda n: (n.created, n.id))

    def get(self, note_id: str) -> Note | None:
        rows = self._select("notes", "id = ? AND deleted IS NULL", (note_id,))
        return note_from_row(rows[0]) if rows else None

    def _select(self, table: str, where: str, args: tuple[Any, ...]) -> list[sqlite3.Row]:
        if self._db is None:
            return []
        extra = ", orphaned, version" if table == "notes" else ", 0, version"
        try:
            cursor = self._db.execute(
                f"SELECT {NOTE_COLUMNS}{extra} FROM {table} WHERE {where}", args
            )
            return cursor.fetchall()
        except sqlite3.Error:
            return []

    # -- writing ----------------------------------------------------------------------

    def save(self, note: Note, draft_id: str | None = None) -> Note:
        """Save a note and drop this editor's draft (`draft_id`), in one
        transaction; returns the note as stored.

        `note.version` is the version of the stored note the edit started
        from (0 for a new note). When the stored note is at that version (or
        there is none), it is written (and undeleted) with the next version.
        When another writer saved it meanwhile, nothing is overwritten: the
        note is saved under a new id, on the same passage, and that note is
        returned (its id differs from `note.id`)."""
        with self._transaction() as db:
            row = db.execute("SELECT version FROM notes WHERE id = ?", (note.id,)).fetchone()
            if row is None or (note.version != 0 and row[0] == note.version):
                stored = replace(note, version=(row[0] if row else 0) + 1)
            else:
                stamp = now_iso()
                stored = replace(
                    note, id=str(uuid.uuid4()), created=stamp, modified=stamp, version=1
                )
            db.execute(
                f"INSERT INTO notes ({NOTE_COLUMNS}, orphaned, version) VALUES ({marks(17)}) "
                "ON CONFLICT (id) DO UPDATE SET sha = excluded.sha, path = excluded.path, "
                "title = excluded.title, start = excluded.start, end = excluded.end, "
                "exact = excluded.exact, prefix = excluded.prefix, suffix = excluded.suffix, "
                "body = excluded.body, tags = excluded.tags, speaker = excluded.speaker, "
                "kind = excluded.kind, modified = excluded.modified, "
                "orphaned = excluded.orphaned, version = excluded.version, deleted = NULL",
                (*row_values(stored), int(stored.orphaned), stored.version),
            )
            if draft_id is not None:
                self._drop_own_draft(db, draft_id)
        return stored

    def delete(self, note_id: str) -> None:
        """Mark a note deleted (`undelete` brings it back)."""
        with self._transaction() as db:
            db.execute("UPDATE notes SET deleted = ? WHERE id = ?", (now_iso(), note_id))

    def undelete(self, note_id: str) -> None:
        with self._transaction() as db:
            db.execute("UPDATE notes SET deleted = NULL WHERE id = ?", (note_id,))

    def keep_draft(self, draft_id: str, draft: Note) -> str:
        """Autosave text being typed as this editor's draft `draft_id`
        (replacing its earlier autosave, renewing the heartbeat). Returns the
        draft id to use from now on: a new one when another process has
        taken `draft_id` over (it thought this one gone), so neither
        overwrites the other's draft."""
        with self._transaction() as db:
            row = db.execute(
                "SELECT owner_host, owner_pid, owner_token FROM drafts WHERE draft_id = ?",
                (draft_id,),
            ).fetchone()
            if row is not None and tuple(row) != self._owner():
                draft_id = str(uuid.uuid4())
            db.execute(
                f"INSERT OR REPLACE INTO drafts (draft_id, {NOTE_COLUMNS}, version,"
                f" owner_host, owner_pid, owner_token, heartbeat) VALUES ({marks(21)})",
                (draft_id, *row_values(draft), draft.version, *self._owner(), time.time()),
            )
        return draft_id

    def touch_draft(self, draft_id: str) -> None:
        """Renew the heartbeat of this store's draft: its owner is alive."""
        with self._transaction() as db:
            db.execute(
                "UPDATE drafts SET heartbeat = ? WHERE draft_id = ? AND owner_host = ?"
                " AND owner_pid = ? AND owner_token = ?",
                (time.time(), draft_id, *self._owner()),
            )

    def drop_draft(self, draft_id: str) -> None:
        """Delete this store's draft `draft_id` (never another owner's)."""
        with self._transaction() as db:
            self._drop_own_draft(db, draft_id)

    def _drop_own_draft(self, db: sqlite3.Connection, draft_id: str) -> None:
        db.execute(
            "DELETE FROM drafts WHERE draft_id = ? AND owner_host = ? AND owner_pid = ?"
            " AND owner_token = ?",
            (draft_id, *self._owner()),
        )

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; any failure becomes a one-line NotesError."""
        if self._db is None or self.problem is not None:
            raise NotesError(self.problem or f"Notes cannot be saved to {self.path}.")
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            yield db
            db.execute("COMMIT")
        except sqlite3.Error as error:
            if db.in_transaction:
                try:
                    db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            raise NotesError(f"Could not save to {self.path}: {plain_reason(error)}.") from error


def _pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this host."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True
