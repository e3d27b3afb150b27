"""Helpers for the notes tests: notes on a small article, and the store file."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

from annotate.model import text_sha256
from tui.notes.model import Note, new_note
from tui.notes.store import NotesStore, default_path

ARTICLE = (
    "Harbour fire blamed on saboteurs\n"
    'The mayor, Ana Ruiz, said the fire was "a deliberate act of sabotage".\n'
    "Police chief Tom Berg denied that account.\n"
)


def note_on(
    text: str, passage: str, body: str = "a note", *, path: str | None = None, **fields
) -> Note:
    start = text.index(passage)
    return new_note(text, start, start + len(passage), body=body, path=path, **fields)


def open_store() -> NotesStore:
    """A store on the default (test-isolated) path."""
    return NotesStore(default_path())


def sha(text: str) -> str:
    return text_sha256(text)


# A reader headless in its own process: a note on the first quote, the text
# of argv[2] typed, "typed" printed; then `then` (indented code) runs.
_TYPING_READER = """
import asyncio, sys
from annotate.article import read_article
from tui.app import create_app

async def main():
    app = create_app([read_article(sys.argv[1])], remember_theme=False)
    async with app.run_test(size=(120, 40)) as pilot:
        while app.reader.doc.state != "ready":
            await pilot.pause(0.05)
        await pilot.press("n", "a")
        for ch in sys.argv[2]:
            await pilot.press("space" if ch == " " else ch)
        print("typed", flush=True)
{then}

asyncio.run(main())
"""


def start_typing_reader(article_path, typed: str, then: str) -> subprocess.Popen:
    """Run the typing reader on an article; its stdin and stdout are pipes."""
    script = _TYPING_READER.format(then=textwrap.indent(textwrap.dedent(then), " " * 8))
    return subprocess.Popen(
        [sys.executable, "-c", script, str(article_path), typed],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def drafts(text: str) -> list:
    """Drafts stored for an article's text."""
    return open_store().drafts_for(text_sha256(text), None, text)


def wait_for_draft(text: str, what: str = "no draft was autosaved") -> None:
    """Until a draft is autosaved (about a second after the last key)."""
    deadline = time.monotonic() + 15
    while not drafts(text):
        assert time.monotonic() < deadline, what
        time.sleep(0.1)
