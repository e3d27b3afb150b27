"""Notes in the reader: taking one on the current quote, finding it again
after a restart (listed and marked), editing, deleting with undo, discarding
with a question, re-anchoring after the file changed, exporting, and a full
or broken database that must not cost the reader a word."""

from __future__ import annotations

import json
import os

import pytest
from notes_support import note_on
from reader_fixtures import harbour_briefing, harbour_text
from reader_support import notified, reader_app, said, screen_text, wait_annotated, write_article
from textual.widgets import Input, TextArea

from annotate.article import read_article
from tui.app import BriefingApp
from tui.cli import main
from tui.notes.editor import NoteEditor
from tui.notes.panel import NotesPanel
from tui.notes.path_prompt import PathPrompt
from tui.notes.store import NotesStore, default_path
from tui.screens.confirm import Confirm


def harbour_app(tmp_path, text: str | None = None) -> BriefingApp:
    text = harbour_text() if text is None else text
    return reader_app([write_article(tmp_path, "harbour.txt", text)], harbour_briefing(text))


async def type_text(pilot, text: str) -> None:
    """Type letters and spaces as key presses."""
    await pilot.press(*["space" if ch == " " else ch for ch in text])


def messages(app: BriefingApp) -> list[str]:
    return [*notified(app), said(app)]


def stored() -> list:
    return NotesStore(default_path()).all_notes()


async def test_note_on_the_current_quote_survives_a_restart_listed_and_marked(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n")  # q1, Ana Ruiz's quote
        await pilot.press("a")
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert '"a deliberate act of sabotage"' in screen_text(app)  # the passage is shown
        await type_text(pilot, "Is there any evidence")
        await pilot.press("tab")
        await type_text(pilot, "disputed follow-up")
        await pilot.press("ctrl+s")
        assert not isinstance(app.screen, NoteEditor)
        [note] = stored()  # on disk as soon as it is saved
        assert note.body == "Is there any evidence"
        assert note.tags == ("disputed", "follow-up")
        assert (note.kind, note.speaker) == ("quote", "Ana Ruiz")
    text = (tmp_path / "harbour.txt").read_text()
    quote = text.index('"a deliberate act')
    again = reader_app([read_article(tmp_path / "harbour.txt")], harbour_briefing(text))
    async with again.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        [shown] = list(again.reader.notes)
        assert shown.id == note.id and not shown.orphaned
        assert (shown.anchor.start, shown.anchor.end) == (
            quote,
            quote + len('"a deliberate act of sabotage"'),
        )
        panel = again.query_one(NotesPanel)
        assert panel.notes == (shown,)
        again.reader.action_show_panel("notes")
        await pilot.pause()
        screen = screen_text(again)
        assert "Is there any evidence" in screen and "#disputed #follow-up" in screen
        view = again.reader.view
        line = view.wrapped.line_of(quote) - int(view.scroll_y)
        assert screen.splitlines()[1 + line].lstrip().startswith("✎")  # the margin marker
        await pilot.press("enter")  # Enter on the entry goes to the passage
        assert (again.reader.current.kind, again.reader.current.id) == ("quote", "q1")


async def test_edit_then_delete_with_confirmation_and_undo(tmp_path):
    app = harbour_app(tmp_path)
    text = harbour_text()
    path = str((tmp_path / "harbour.txt").resolve())
    NotesStore(default_path()).save(note_on(text, "Tom Berg", "first thought", path=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        app.reader.action_show_panel("notes")
        await pilot.pause()
        await pilot.press("e")
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "first thought"
        await type_text(pilot, " revised")
        await pilot.press("ctrl+s")
        assert [n.body for n in stored()] == ["first thought revised"]
        await pilot.press("d")
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")  # no: nothing happens
        assert len(stored()) == 1
        await pilot.press("d", "y")
        assert stored() == [] and list(app.reader.notes) == []
        assert any("u brings it back" in m for m in messages(app))
        await pilot.press("u")
        assert [n.body for n in stored()] == ["first thought revised"]
        assert len(list(app.reader.notes)) == 1


async def test_escape_asks_before_discarding_a_draft(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("i", "a")
        await type_text(pilot, "half a thought")
        await pilot.press("escape")
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "half a thought"
        await pilot.press("escape", "y")
        assert not isinstance(app.screen, (NoteEditor, Confirm))
        assert stored() == []
        await pilot.press("a", "escape")  # nothing typed: closes without asking
        assert not isinstance(app.screen, (NoteEditor, Confirm))


async def test_notes_reanchor_after_the_file_changed_and_orphans_stay(tmp_path, capsys):
    text = harbour_text()
    app = harbour_app(tmp_path, text)
    path = str((tmp_path / "harbour.txt").resolve())
    gone = note_on(text, "injured three workers", "how many really?", path=path)
    NotesStore(default_path()).save(gone)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n", "n", "n", "a")  # q3, the last quote
        await type_text(pilot, "defiant")
        await pilot.press("ctrl+s")
    edited = "A new first paragraph, added later.\n" + text.replace("injured three workers, ", "")
    again = harbour_app(tmp_path, edited)
    async with again.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        moved, orphan = list(again.reader.notes)
        assert moved.body == "defiant" and not moved.orphaned
        q3 = again.reader.index.item_for("quote", "q3")
        assert (moved.anchor.start, moved.anchor.end) == (q3.start, q3.end)
        assert orphan.id == gone.id and orphan.orphaned
        assert orphan.passage == "injured three workers"
        again.reader.action_show_panel("notes")
        await pilot.pause()
        screen = screen_text(again)
        assert "⚠ orphaned" in screen and "injured three workers" in screen
    assert main(["notes", "export", str(tmp_path / "harbour.txt"), "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert {a["body"][0]["value"] for a in exported} == {"defiant", "how many really?"}


async def test_export_writes_markdown_beside_the_article(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("E")
        assert any("No notes" in m for m in messages(app))
        await pilot.press("n", "a")
        await type_text(pilot, "worth checking")
        await pilot.press("ctrl+s", "E")
        written = tmp_path / "harbour.txt.notes.md"
        markdown = written.read_text(encoding="utf-8")
        assert markdown.startswith("# Notes: Harbour fire blamed on saboteurs")
        assert "> — Ana Ruiz" in markdown and "worth checking" in markdown
        assert any(str(written) in m for m in messages(app))


async def test_export_of_the_bundled_sample_asks_where(tmp_path):
    from seeds import sample_path

    article = read_article(sample_path())
    path = str(sample_path().resolve())
    NotesStore(default_path()).save(
        note_on(article.text, article.text[:20], "on the sample", path=path)
    )
    app = reader_app([article])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("E")
        assert isinstance(app.screen, PathPrompt)
        target = tmp_path / "out" / "sample.notes.md"
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        assert "on the sample" in target.read_text(encoding="utf-8")
        assert any(str(target) in m for m in messages(app))
    assert not (sample_path().parent / f"{sample_path().name}.notes.md").exists()


async def test_corrupt_database_is_moved_aside_and_new_notes_save(tmp_path):
    db = default_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"\x00garbage, not SQLite\xff" * 64)
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        [aside] = list(db.parent.glob("notes.db.corrupt-*"))
        assert any(str(db) in m and str(aside) in m for m in messages(app))
        await pilot.press("n", "a")
        await type_text(pilot, "still works")
        await pilot.press("ctrl+s")
    assert [n.body for n in stored()] == ["still works"]


async def test_full_disk_keeps_the_editor_open_and_the_note_can_go_to_a_file(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        db = app.reader.notes_controller.store._db  # noqa: SLF001
        db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
        await pilot.press("n", "a")
        await pilot.pause()
        long_note = "A long careful note. " * 5000
        app.screen.query_one(TextArea).insert(long_note)
        await pilot.press("ctrl+s")
        editor = app.screen
        assert isinstance(editor, NoteEditor)  # still open, text still there
        assert editor.query_one(TextArea).text == long_note
        status = str(editor.query_one("#note-status").render())
        assert "disk is full" in status and "ctrl+e" in status
        assert any("disk is full" in m for m in messages(app))
        await pilot.press("ctrl+e")
        assert isinstance(app.screen, PathPrompt)
        target = tmp_path / "rescued.md"
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        assert isinstance(app.screen, NoteEditor)
        rescued = target.read_text(encoding="utf-8")
        assert "A long careful note." in rescued and '> "a deliberate act of sabotage"' in rescued
    assert stored() == []


async def _save_fails_but_editor_keeps_the_text(app, tmp_path) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        assert any("Notes cannot be saved" in m for m in messages(app))
        await pilot.press("n", "a")
        await type_text(pilot, "do not lose me")
        await pilot.press("ctrl+s")
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.query_one(TextArea).text == "do not lose me"
        status = str(editor.query_one("#note-status").render())
        assert "Notes cannot be saved" in status and "ctrl+e" in status
        await pilot.press("ctrl+e")
        target = tmp_path / "elsewhere" / "note.md"
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        assert "do not lose me" in target.read_text(encoding="utf-8")


async def test_unwritable_data_dir_keeps_the_editor_open(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data dir should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    await _save_fails_but_editor_keeps_the_text(harbour_app(tmp_path), tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write a read-only folder")
async def test_read_only_data_dir_keeps_the_editor_open(tmp_path):
    data = default_path().parent
    data.mkdir(parents=True, exist_ok=True)
    data.chmod(0o500)
    try:
        await _save_fails_but_editor_keeps_the_text(harbour_app(tmp_path), tmp_path)
    finally:
        data.chmod(0o700)


async def test_note_on_a_mouse_selection_inside_a_quote_names_the_speaker(tmp_path):
    from textual.geometry import Offset
    from textual.selection import Selection

    app = harbour_app(tmp_path)
    text = harbour_text()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        view = app.reader.view
        start = text.index("deliberate act")
        end = start + len("deliberate act")
        first, last = view.wrapped.line_of(start), view.wrapped.line_of(end)
        chosen = Selection(
            Offset(start - view.wrapped.starts[first], first),
            Offset(end - view.wrapped.starts[last], last),
        )
        app.screen.selections = {view: chosen}
        await pilot.pause()
        assert app.reader.note_target() == (start, end)
        await pilot.press("a")
        await type_text(pilot, "strong words")
        await pilot.press("ctrl+s")
        [note] = stored()
        assert (note.kind, note.passage, note.speaker) == (
            "selection",
            "deliberate act",
            "Ana Ruiz",
        )


async def test_note_on_a_keyboard_selection_grown_from_the_current_quote(tmp_path):
    app = harbour_app(tmp_path)
    text = harbour_text()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n")
        quote = app.reader.current
        quoted_words = len(text[quote.start : quote.end].split())
        # shift+right takes the quote and grows it word by word
        await pilot.press("shift+right", "shift+right")
        start, end = app.reader.note_target()
        assert start == quote.start
        assert text[start:end].split() == text[quote.start :].split()[: quoted_words + 2]
        await pilot.press("shift+left")
        assert len(text[start : app.reader.note_target()[1]].split()) == quoted_words + 1
        await pilot.press("a")
        await type_text(pilot, "by keyboard")
        await pilot.press("ctrl+s")
        [note] = stored()
        assert note.kind == "selection"
        assert note.passage == text[start:end].rsplit(" ", 1)[0]
        assert app.reader.current == quote
        # Escape drops a keyboard selection before anything else
        await pilot.press("shift+down")
        assert app.reader.view.selection_span() is not None
        await pilot.press("escape")
        assert app.reader.view.selection_span() is None
        assert app.reader.current == quote
