"""Two readers on one article: a reader never restores the draft another live
reader is typing, and an edit saved over someone else's edit is kept as a
note of its own (the reader is told in one line)."""

from __future__ import annotations

from notes_support import drafts, start_typing_reader, wait_for_draft
from reader_fixtures import harbour_briefing, harbour_text
from reader_support import cache_briefing, notified, reader_app, wait_annotated, write_article
from textual.widgets import TextArea

from tui.notes.editor import NoteEditor
from tui.notes.store import NotesStore, default_path


async def test_a_live_readers_draft_is_not_restored_and_both_notes_are_kept(tmp_path):
    text = harbour_text()
    cache_briefing(harbour_briefing(text))
    article = write_article(tmp_path, "harbour.txt", text)
    reader_a = start_typing_reader(
        article.path,
        "from reader A",
        then="""
        await asyncio.to_thread(sys.stdin.readline)
        await pilot.press("ctrl+s")
        await pilot.pause()
        print("saved" if list(app.reader.notes) else "not saved", flush=True)
        """,
    )
    try:
        assert reader_a.stdout.readline().strip() == "typed"
        wait_for_draft(text, "reader A autosaved no draft")
        app = reader_app([article], harbour_briefing(text))  # reader B
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_annotated(pilot)
            await pilot.pause()
            assert not isinstance(app.screen, NoteEditor)  # A's draft stays A's
            assert not any("Restored" in m for m in notified(app))
            await pilot.press("n", "a")
            app.screen.query_one(TextArea).insert("from reader B")
            await pilot.press("ctrl+s")
            reader_a.stdin.write("save\n")
            reader_a.stdin.flush()
            assert reader_a.stdout.readline().strip() == "saved"
    finally:
        reader_a.kill()
        reader_a.wait(timeout=10)
    bodies = sorted(n.body for n in NotesStore(default_path()).all_notes())
    assert bodies == ["from reader A", "from reader B"]
    assert drafts(text) == []


async def test_an_edit_saved_after_another_writers_edit_becomes_a_new_note(tmp_path):
    text = harbour_text()
    article = write_article(tmp_path, "harbour.txt", text)
    start = text.index("Tom Berg")
    from tui.notes.model import new_note

    other = NotesStore(default_path())  # the other process
    first = other.save(
        new_note(text, start, start + 8, body="first", path=str(article.path.resolve()))
    )
    app = reader_app([article], harbour_briefing(article.text))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        app.reader.action_show_panel("notes")
        await pilot.pause()
        await pilot.press("e")
        assert isinstance(app.screen, NoteEditor)
        app.screen.query_one(TextArea).insert(" (mine)")
        other.save(other.get(first.id).edited("theirs", ()))  # saved while we edit
        await pilot.press("ctrl+s")
        assert not isinstance(app.screen, NoteEditor)
        messages = notified(app)
        assert any("separate note" in m for m in messages)
        assert sorted(n.body for n in list(app.reader.notes)) == ["first (mine)", "theirs"]
    notes = NotesStore(default_path()).all_notes()
    assert sorted(n.body for n in notes) == ["first (mine)", "theirs"]
    assert len({(n.anchor.start, n.anchor.end) for n in notes}) == 1
