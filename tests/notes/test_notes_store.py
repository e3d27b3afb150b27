"""The notes database: saves, edits, deletes with undo, drafts, re-anchoring
after the article changed, two writers, and broken or full databases."""

from __future__ import annotations

import multiprocessing
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from notes_support import ARTICLE, note_on, open_store, sha

from tui.notes.store import NotesError, NotesStore, default_path


def test_store_lives_in_the_user_data_dir_in_wal_mode(isolated_user_dirs: Path) -> None:
    store = open_store()
    assert store.path.is_relative_to(isolated_user_dirs)
    assert store.path.name == "notes.db"
    db = sqlite3.connect(store.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] >= 1
    assert store.notices == [] and store.problem is None


def test_saved_note_is_on_disk_at_once_with_both_selectors() -> None:
    note = note_on(
        ARTICLE,
        "a deliberate act of sabotage",
        "Check this",
        path="/a.txt",
        kind="quote",
        speaker="Ana Ruiz",
        tags=("disputed",),
    )
    open_store().save(note)
    # A second connection (another process would see the same) reads it back.
    [again] = NotesStore(default_path()).notes_for(sha(ARTICLE), "/a.txt", ARTICLE)
    assert again == note
    assert ARTICLE[again.anchor.start : again.anchor.end] == again.anchor.exact
    assert again.anchor.prefix.endswith('the fire was "')
    assert again.speaker == "Ana Ruiz" and again.tags == ("disputed",)


def test_notes_come_in_document_order() -> None:
    store = open_store()
    later = note_on(ARTICLE, "denied that account", path="/a.txt")
    earlier = note_on(ARTICLE, "Ana Ruiz", path="/a.txt")
    store.save(later)
    store.save(earlier)
    ids = [n.id for n in store.notes_for(sha(ARTICLE), "/a.txt", ARTICLE)]
    assert ids == [earlier.id, later.id]


def test_edit_delete_and_undo() -> None:
    store = open_store()
    note = store.save(note_on(ARTICLE, "Tom Berg", "first", path="/a.txt"))
    assert store.save(note.edited("second", ("follow-up",))).id == note.id
    assert store.get(note.id).body == "second"
    assert store.get(note.id).tags == ("follow-up",)
    store.delete(note.id)
    assert store.get(note.id) is None
    assert store.notes_for(sha(ARTICLE), "/a.txt", ARTICLE) == []
    store.undelete(note.id)
    assert store.get(note.id).body == "second"


def test_draft_is_kept_and_goes_away_when_the_note_is_saved() -> None:
    store = open_store()
    draft = note_on(ARTICLE, "Tom Berg", "half a thought", path="/a.txt")
    assert store.keep_draft("d1", draft) == "d1"
    assert store.keep_draft("d1", replace(draft, body="half a thought, finished")) == "d1"
    [kept] = NotesStore(default_path()).drafts_for(sha(ARTICLE), "/a.txt", ARTICLE)
    assert kept.body == "half a thought, finished"
    store.save(kept, draft_id="d1")
    assert store.drafts_for(sha(ARTICLE), "/a.txt", ARTICLE) == []
    assert store.get(draft.id).body == "half a thought, finished"


def test_notes_reanchor_when_the_article_file_changed() -> None:
    store = open_store()
    moved = note_on(ARTICLE, "denied that account", path="/a.txt")
    gone = note_on(ARTICLE, "Ana Ruiz", "about the mayor", path="/a.txt")
    store.save(moved)
    store.save(gone)
    edited = "UPDATE: new paragraph first.\n" + ARTICLE.replace(
        "The mayor, Ana Ruiz, said", "It was said"
    )
    notes = store.notes_for(sha(edited), "/a.txt", edited)
    assert [n.id for n in notes] == [moved.id, gone.id]  # orphans last
    placed, orphan = notes
    assert edited[placed.anchor.start : placed.anchor.end] == "denied that account"
    assert not placed.orphaned and placed.sha == sha(edited)
    assert orphan.orphaned and orphan.passage == "Ana Ruiz" and orphan.body == "about the mayor"
    # Saved: another store sees the same, and the orphan is still there.
    again = NotesStore(default_path())
    assert {n.id: n.orphaned for n in again.all_notes()} == {moved.id: False, gone.id: True}
    assert again.get(moved.id).anchor == placed.anchor


def test_notes_follow_the_text_to_another_path() -> None:
    store = open_store()
    store.save(note_on(ARTICLE, "Tom Berg", path="/old/a.txt"))
    [note] = store.notes_for(sha(ARTICLE), "/new/a.txt", ARTICLE)
    assert note.path == "/new/a.txt"
    assert store.get(note.id).path == "/new/a.txt"


def _write_many(args: tuple[int, int]) -> int:
    """In another process: save `count` notes, one transaction each."""
    worker, count = args
    store = NotesStore(default_path())
    for n in range(count):
        store.save(note_on(ARTICLE, "Tom Berg", f"worker {worker} note {n}", path="/a.txt"))
    store.close()
    return count


def test_two_processes_writing_at_once_lose_nothing() -> None:
    open_store().close()  # create the schema first, as the reader would
    context = multiprocessing.get_context("spawn")  # the child inherits XDG_* from os.environ
    with context.Pool(3) as pool:
        written = sum(pool.map(_write_many, [(w, 40) for w in range(3)]))
    notes = open_store().all_notes()
    assert len(notes) == written == 120
    assert len({n.body for n in notes}) == 120


def test_two_connections_interleaving_saves_both_persist() -> None:
    one, two = open_store(), open_store()
    for n in range(20):
        one.save(note_on(ARTICLE, "Ana Ruiz", f"one {n}", path="/a.txt"))
        two.save(note_on(ARTICLE, "Tom Berg", f"two {n}", path="/a.txt"))
    assert len(NotesStore(default_path()).all_notes()) == 40


def test_corrupt_database_is_moved_aside_and_a_fresh_one_works() -> None:
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database at all\x00\xff" * 100)
    store = NotesStore(path)
    [notice] = store.notices
    [aside] = list(path.parent.glob("notes.db.corrupt-*"))
    assert str(path) in notice and str(aside) in notice
    assert aside.read_bytes().startswith(b"this is not a database")
    store.save(note_on(ARTICLE, "Tom Berg", path="/a.txt"))
    assert len(NotesStore(path).all_notes()) == 1


def test_full_disk_raises_a_one_line_error_and_keeps_earlier_notes() -> None:
    store = open_store()
    store.save(note_on(ARTICLE, "Tom Berg", "kept", path="/a.txt"))
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]  # noqa: SLF001
    store._db.execute(f"PRAGMA max_page_count = {pages}")  # noqa: SLF001
    with pytest.raises(NotesError) as raised:
        store.save(note_on(ARTICLE, "Ana Ruiz", "x" * 200_000, path="/a.txt"))
    message = str(raised.value)
    assert "\n" not in message and "disk is full" in message and str(store.path) in message
    assert [n.body for n in NotesStore(default_path()).all_notes()] == ["kept"]


def test_uncreatable_data_dir_opens_empty_and_refuses_writes(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the data dir should be")
    store = NotesStore(blocker / "briefing" / "notes.db")
    assert store.problem is not None and str(blocker) in store.problem
    assert store.all_notes() == []
    with pytest.raises(NotesError):
        store.save(note_on(ARTICLE, "Tom Berg", path="/a.txt"))


def test_a_reader_refused_the_switch_to_wal_by_another_opening_tries_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Two readers opening a new notes file at once: sqlite fails one of them
    # at once with "database is locked" (waiting could deadlock). That reader
    # must still get writable notes, not a read-only session.
    from tui.notes import connection

    real, refusals = connection._connect_once, []

    def refused_once(path, uri):
        if not refusals:
            refusals.append(path)
            raise sqlite3.OperationalError("database is locked")
        return real(path, uri)

    monkeypatch.setattr(connection, "_connect_once", refused_once)
    store = open_store()
    assert refusals and store.problem is None and store.notices == []
    store.save(note_on(ARTICLE, "a deliberate act of sabotage", "kept"))
    assert [n.body for n in store.all_notes()] == ["kept"]
