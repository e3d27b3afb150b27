"""Nothing typed is lost: the draft is autosaved while typing, survives
`kill -9` of the reader, and is offered again on the next open."""

from __future__ import annotations

import os
import signal

from notes_support import drafts, start_typing_reader, wait_for_draft
from reader_fixtures import harbour_briefing, harbour_text
from reader_support import cache_briefing, notified, reader_app, wait_annotated, write_article
from textual.widgets import TextArea

from tui.notes.editor import NoteEditor
from tui.notes.store import NotesStore, default_path

TYPED = "the mayor gave no evidence at all"


async def test_draft_survives_kill_9_and_is_restored_on_reopen(tmp_path):
    text = harbour_text()
    cache_briefing(harbour_briefing(text))
    article = write_article(tmp_path, "harbour.txt", text)
    child = start_typing_reader(article.path, TYPED, then="await asyncio.sleep(120)")
    try:
        assert child.stdout.readline().strip() == "typed"
        wait_for_draft(text)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    [draft] = drafts(harbour_text())
    assert draft.body == TYPED and draft.passage == '"a deliberate act of sabotage"'
    assert NotesStore(default_path()).all_notes() == []  # a draft, not a saved note

    app = reader_app([article], harbour_briefing(article.text))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.query_one(TextArea).text == TYPED
        assert any("Restored a note" in m for m in notified(app))
        await pilot.press("ctrl+s")
        assert [n.body for n in list(app.reader.notes)] == [TYPED]
    assert drafts(harbour_text()) == []


async def test_quitting_with_the_editor_open_keeps_the_draft(tmp_path):
    text = harbour_text()
    app = reader_app([write_article(tmp_path, "harbour.txt", text)], harbour_briefing(text))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n", "a")
        await pilot.pause()
        app.screen.query_one(TextArea).insert("typed just before quitting")
        await pilot.press("ctrl+q")  # quits at once, well inside the autosave delay
    assert [d.body for d in drafts(harbour_text())] == ["typed just before quitting"]
