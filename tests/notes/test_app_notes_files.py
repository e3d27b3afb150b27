"""Writing notes to files: never over a file without asking (the article's own
`.notes.md` aside), never over the article, with ordinary permissions."""

from __future__ import annotations

import os
import stat

import pytest
from notes_support import note_on
from reader_fixtures import harbour_briefing, harbour_text
from reader_support import notified, reader_app, said, wait_annotated, write_article
from textual.widgets import Input, TextArea

from annotate.article import read_article
from annotate.atomic_file import write_text_file
from tui.notes.editor import NoteEditor
from tui.notes.path_prompt import PathPrompt
from tui.notes.store import NotesStore, default_path
from tui.screens.confirm import Confirm


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def messages(app) -> list[str]:
    return [*notified(app), said(app)]


def test_a_new_file_gets_the_umask_permissions(tmp_path, umask_022) -> None:
    target = tmp_path / "new.md"
    write_text_file(target, "text")
    assert _mode(target) == 0o644


def test_a_replaced_file_keeps_its_permissions(tmp_path, umask_022) -> None:
    target = tmp_path / "old.md"
    target.write_text("before")
    target.chmod(0o640)
    write_text_file(target, "after")
    assert target.read_text() == "after" and _mode(target) == 0o640


async def _editor_on_first_quote(pilot, app) -> NoteEditor:
    await wait_annotated(pilot)
    await pilot.press("n", "a")
    await pilot.pause()
    app.screen.query_one(TextArea).insert("keep me")
    return app.screen


async def _answer_path(pilot, app, path) -> None:
    await pilot.press("ctrl+e")
    assert isinstance(app.screen, PathPrompt)
    app.screen.query_one(Input).value = str(path)
    await pilot.press("enter")


async def test_write_to_a_file_asks_before_replacing_one(tmp_path, umask_022):
    text = harbour_text()
    app = reader_app([write_article(tmp_path, "harbour.txt", text)], harbour_briefing(text))
    other = tmp_path / "other-article.md"
    other.write_text("someone else's article")
    async with app.run_test(size=(120, 40)) as pilot:
        editor = await _editor_on_first_quote(pilot, app)
        await _answer_path(pilot, app, other)
        assert isinstance(app.screen, Confirm)  # asks first
        await pilot.press("n")
        assert isinstance(app.screen, PathPrompt)  # and lets you choose another path
        assert other.read_text() == "someone else's article"
        await pilot.press("escape")
        assert app.screen is editor
        await _answer_path(pilot, app, other)
        await pilot.press("y")
        assert app.screen is editor
        assert "keep me" in other.read_text(encoding="utf-8")
        assert _mode(other) == 0o644
        fresh = tmp_path / "fresh.md"
        await _answer_path(pilot, app, fresh)  # a new file: no question
        assert app.screen is editor and "keep me" in fresh.read_text(encoding="utf-8")
        assert _mode(fresh) == 0o644


async def test_write_to_a_file_never_writes_over_the_article(tmp_path):
    text = harbour_text()
    article = write_article(tmp_path, "harbour.txt", text)
    app = reader_app([article], harbour_briefing(article.text))
    async with app.run_test(size=(120, 40)) as pilot:
        editor = await _editor_on_first_quote(pilot, app)
        await _answer_path(pilot, app, tmp_path / "." / "harbour.txt")
        assert app.screen is editor  # refused at once, nothing to confirm
        status = str(editor.query_one("#note-status").render())
        assert "article" in status and "\n" not in status
    assert (tmp_path / "harbour.txt").read_text() == text


async def test_export_beside_the_article_replaces_its_own_file_and_says_updated(
    tmp_path, umask_022
):
    text = harbour_text()
    path = str((tmp_path / "harbour.txt").resolve())
    NotesStore(default_path()).save(note_on(text, "Tom Berg", "on Berg", path=path))
    app = reader_app([write_article(tmp_path, "harbour.txt", text)], harbour_briefing(text))
    written = tmp_path / "harbour.txt.notes.md"
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("E")
        assert "on Berg" in written.read_text(encoding="utf-8")
        assert _mode(written) == 0o644
        assert not any("updated" in m for m in messages(app))
        await pilot.press("E")
        assert not isinstance(app.screen, Confirm)  # ours: replaced without asking
        assert any("updated" in m and str(written) in m for m in messages(app))


async def test_export_to_a_chosen_path_asks_before_replacing(tmp_path):
    from seeds import sample_path

    article = read_article(sample_path())
    path = str(sample_path().resolve())
    NotesStore(default_path()).save(
        note_on(article.text, article.text[:20], "on the sample", path=path)
    )
    target = tmp_path / "precious.md"
    target.write_text("precious")
    app = reader_app([article])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("E")
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        assert isinstance(app.screen, Confirm)
        await pilot.press("escape")
        assert isinstance(app.screen, PathPrompt)
        await pilot.press("escape")
        assert target.read_text() == "precious"
        await pilot.press("E")
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter", "y")
        assert "on the sample" in target.read_text(encoding="utf-8")


def test_refused_targets_the_article_the_notes_database_and_folders(tmp_path) -> None:
    from tui.notes.files import needs_asking, refusal

    article = tmp_path / "a.md"
    article.write_text("article")
    db = tmp_path / "data" / "notes.db"
    assert "the article itself" in refusal(tmp_path / "." / "a.md", article)
    for name in ("notes.db", "notes.db-wal", "notes.db-shm"):
        assert "notes database" in refusal(db.with_name(name), article, (db,))
    assert "folder" in refusal(tmp_path, article)
    assert refusal(tmp_path / "b.md", article, (db,)) is None
    (tmp_path / "a.md.notes.md").write_text("an earlier export")
    assert not needs_asking(tmp_path / "a.md.notes.md", article)  # the article's own
    assert needs_asking(article, None) and not needs_asking(tmp_path / "new.md", article)
