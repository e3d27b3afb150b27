"""Two `briefing` processes on one briefing: neither restores, overwrites nor
deletes what the other is typing or has saved. Each store below stands for
one process (two connections in this process share a pid, so each sees the
other as alive, exactly as two live processes would)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

from notes_support import ARTICLE, note_on, open_store, sha

from tui.notes import schema
from tui.notes import store as notes_store
from tui.notes.store import NotesStore, default_path

PATH = "/a.txt"


def _claim(store: NotesStore):
    return store.claim_draft(sha(ARTICLE), PATH, ARTICLE)


def test_a_live_writers_draft_is_not_restored_by_another() -> None:
    a, b = open_store(), open_store()
    note = note_on(ARTICLE, "Tom Berg", "A is still typing", path=PATH)
    a.keep_draft("draft-a", note)
    assert _claim(b) is None  # A is alive: its draft is its own
    b.drop_draft("draft-a")  # and B cannot delete it either
    [kept] = a.drafts_for(sha(ARTICLE), PATH, ARTICLE)
    assert kept.body == "A is still typing"


def test_a_draft_whose_heartbeat_is_old_is_restored_once(monkeypatch) -> None:
    a, b, c = open_store(), open_store(), open_store()
    note = note_on(ARTICLE, "Tom Berg", "left behind", path=PATH)
    a.keep_draft("draft-a", note)
    later = time.time() + notes_store.DRAFT_STALE_AFTER + 5
    monkeypatch.setattr(notes_store.time, "time", lambda: later)
    claimed = _claim(b)
    assert claimed is not None
    draft_id, restored = claimed
    assert draft_id == "draft-a" and restored.body == "left behind"
    assert _claim(c) is None  # B owns it now (its heartbeat is fresh)
    # A wakes up and autosaves: B's claim stands; A keeps its text in a draft of its own.
    assert a.keep_draft("draft-a", replace(note, body="left behind, more")) != "draft-a"
    bodies = sorted(d.body for d in c.drafts_for(sha(ARTICLE), PATH, ARTICLE))
    assert bodies == ["left behind", "left behind, more"]


def test_a_dead_processes_draft_is_restored() -> None:
    open_store().close()
    child = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent.parent)!r})
        from notes_support import ARTICLE, note_on, open_store
        note = note_on(ARTICLE, "Tom Berg", "typed then died", path="{PATH}")
        open_store().keep_draft("dead-draft", note)
        print("kept", flush=True)
        sys.stdin.readline()
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", child], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout.readline().strip() == "kept"
        assert _claim(open_store()) is None  # the other process is alive
    finally:
        process.stdin.close()
        process.wait(timeout=20)
    draft_id, restored = _claim(open_store())
    assert (draft_id, restored.body) == ("dead-draft", "typed then died")


def test_two_writers_editing_one_note_keep_both_texts() -> None:
    a, b = open_store(), open_store()
    first = a.save(note_on(ARTICLE, "Tom Berg", "first", path=PATH))
    mine, theirs = a.get(first.id), b.get(first.id)
    b_saved = b.save(theirs.edited("B's words", ()))
    assert b_saved.id == first.id
    a_saved = a.save(mine.edited("A's words", ("a",)))  # A opened it before B saved
    assert a_saved.id != first.id  # kept as a note of its own...
    assert a_saved.anchor == first.anchor  # ...on the same passage
    bodies = {n.id: n.body for n in open_store().all_notes()}
    assert bodies == {first.id: "B's words", a_saved.id: "A's words"}


def test_the_restored_draft_of_a_new_note_does_not_overwrite_the_saved_note() -> None:
    """The report's case: B restored A's draft (its owner looked gone), both save."""
    a, b = open_store(), open_store()
    note = note_on(ARTICLE, "Tom Berg", "A's text", path=PATH)
    a.keep_draft("draft-a", note)
    b.save(replace(note, body="A's text and B's words"), draft_id="draft-b")
    a.save(note, draft_id="draft-a")
    assert sorted(n.body for n in open_store().all_notes()) == [
        "A's text",
        "A's text and B's words",
    ]


def test_saving_drops_only_the_savers_draft() -> None:
    a, b = open_store(), open_store()
    saved = a.save(note_on(ARTICLE, "Tom Berg", "v1", path=PATH))
    b.keep_draft("draft-b", saved.edited("B editing", ()))
    a.keep_draft("draft-a", saved.edited("A editing", ()))
    a.save(saved.edited("A editing", ()), draft_id="draft-a")
    [left] = b.drafts_for(sha(ARTICLE), PATH, ARTICLE)
    assert left.body == "B editing"


def test_a_version_1_database_is_migrated_keeping_notes_and_drafts() -> None:
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(schema.MIGRATIONS[1])
    db.execute("PRAGMA user_version = 1")
    note = note_on(ARTICLE, "Tom Berg", "old note", path=PATH)
    draft = note_on(ARTICLE, "Ana Ruiz", "old draft", path=PATH)
    columns = schema.NOTE_COLUMNS
    values = schema.row_values
    db.execute(f"INSERT INTO notes ({columns}) VALUES ({', '.join('?' * 15)})", values(note))
    db.execute(f"INSERT INTO drafts ({columns}) VALUES ({', '.join('?' * 15)})", values(draft))
    db.close()
    store = NotesStore(path)
    assert store.problem is None
    [kept] = store.all_notes()
    assert kept.body == "old note"
    draft_id, restored = _claim(store)  # its owner is unknown: it is restored
    assert restored.body == "old draft"
    assert store.save(kept.edited("edited", ())).id == note.id
    user_version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert user_version == schema.SCHEMA_VERSION
