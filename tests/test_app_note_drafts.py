"""Nothing typed is lost: the draft is autosaved while typing, survives
`kill -9` of the reader, and is offered again on the next open."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

from reader_fixtures import harbour_briefing, harbour_text
from reader_support import cache_briefing, wait_annotated, write_article
from textual.widgets import TextArea

from annotate.model import text_sha256
from tui.app import BriefingApp
from tui.notes_store import NotesStore, default_path
from tui.screens.note_editor import NoteEditor

# The reader, headless in its own process: take a note on the first quote,
# type, say so, then wait to be killed (timers keep running meanwhile).
CHILD = textwrap.dedent(
    """
    import asyncio, sys
    from annotate.article import read_article
    from tui.app import BriefingApp

    async def main():
        app = BriefingApp([read_article(sys.argv[1])])
        async with app.run_test(size=(120, 40)) as pilot:
            while app.doc.state != "ready":
                await pilot.pause(0.05)
            await pilot.press("n", "a")
            for ch in sys.argv[2]:
                await pilot.press("space" if ch == " " else ch)
            print("typed", flush=True)
            await asyncio.sleep(120)

    asyncio.run(main())
    """
)
TYPED = "the mayor gave no evidence at all"


def _drafts() -> list:
    text = harbour_text()
    return NotesStore(default_path()).drafts_for(text_sha256(text), None, text)


async def test_draft_survives_kill_9_and_is_restored_on_reopen(tmp_path):
    text = harbour_text()
    cache_briefing(harbour_briefing(text))
    article = write_article(tmp_path, "harbour.txt", text)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(article.path), TYPED],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "typed"
        deadline = time.monotonic() + 15
        while not _drafts():  # autosaved about a second after the last key
            assert time.monotonic() < deadline, "no draft was autosaved"
            time.sleep(0.1)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    [draft] = _drafts()
    assert draft.body == TYPED and draft.passage == '"a deliberate act of sabotage"'
    assert NotesStore(default_path()).all_notes() == []  # a draft, not a saved note

    app = BriefingApp([article])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.query_one(TextArea).text == TYPED
        assert any("Restored a note" in n.message for n in app._notifications)  # noqa: SLF001
        await pilot.press("ctrl+s")
        assert [n.body for n in app.article_notes] == [TYPED]
    assert _drafts() == []


async def test_quitting_with_the_editor_open_keeps_the_draft(tmp_path):
    text = harbour_text()
    cache_briefing(harbour_briefing(text))
    app = BriefingApp([write_article(tmp_path, "harbour.txt", text)])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n", "a")
        await pilot.pause()
        app.screen.query_one(TextArea).insert("typed just before quitting")
        await pilot.press("ctrl+q")  # quits at once, well inside the autosave delay
    assert [d.body for d in _drafts()] == ["typed just before quitting"]
