"""Opening the notes database: the connection's settings, the integrity
check and migrations, a damaged file moved aside, and sqlite's errors in
plain words. `NotesStore` decides what to do when opening fails."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from tui.notes.schema import MIGRATIONS

BUSY_TIMEOUT_MS = 5000


def connect(path: Path, uri: str | None = None) -> sqlite3.Connection:
    """The notes database at `path` (or, read-only, at `uri`): busy timeout,
    WAL and full sync, checked whole, migrated to the current schema.

    Two readers opening a new file at once both ask to switch it to WAL;
    sqlite then fails one at once with "database is locked" (waiting could
    deadlock, so its busy timeout does not apply). That reader tries again
    rather than opening the notes read-only for its whole session."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return _connect_once(path, uri)
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _connect_once(path: Path, uri: str | None) -> sqlite3.Connection:
    db = sqlite3.connect(
        uri or str(path),
        uri=uri is not None,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
    )
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if uri is None:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
        check = db.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check: {check[0] if check else '?'}")
        if uri is None:
            _migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def _migrate(db: sqlite3.Connection) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for target in sorted(MIGRATIONS):
        if target <= version:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the lock.
            if db.execute("PRAGMA user_version").fetchone()[0] < target:
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {target}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


def move_aside(path: Path) -> Path | None:
    """Move a database that cannot be read (and its WAL files) aside, never
    deleting it; where it went, or None when it could not be moved."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    try:
        os.replace(path, aside)
    except OSError:
        return None
    for extra in ("-wal", "-shm"):
        companion = path.with_name(path.name + extra)
        if companion.exists():
            try:
                os.replace(companion, aside.with_name(aside.name + extra))
            except OSError:
                pass
    return aside


def plain_reason(error: BaseException) -> str:
    """sqlite's message in plain words."""
    text = str(error) or type(error).__name__
    plain: dict[str, str] = {
        "database or disk is full": "the disk is full",
        "attempt to write a readonly database": "it is read-only",
        "unable to open database file": "it cannot be opened",
        "file is not a database": "it is not a notes database",
        "database disk image is malformed": "the file is damaged",
    }
    return plain.get(text, text)
