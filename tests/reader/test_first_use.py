"""What a first-time user tripped on in a QA pass of the reader (round 10):
counts that read "1 events", a note's passage wrapping to the panel's
edge, and the reader started with no terminal to draw on."""

from __future__ import annotations

import subprocess
import sys

import pytest
from overview_fixtures import story_articles, story_briefings
from reader_fixtures import harbour_briefing, harbour_text
from reader_support import reader_app, screen_text, wait_annotated, write_article
from reader_support import wait_merged as merged

from tui.notes.model import new_note
from tui.notes.panel import NotesPanel
from tui.notes.store import NotesStore


def region_lines(app, widget) -> list[str]:
    """The screen's text inside `widget`'s region."""
    region = widget.region
    lines = screen_text(app).splitlines()[region.y : region.y + region.height]
    return [line[region.x : region.x + region.width] for line in lines]


async def test_a_wrapped_note_passage_stays_indented_under_its_entry(tmp_path):
    text = harbour_text()
    article = write_article(tmp_path, "harbour.txt", text)
    passage = "The mayor, Ana Ruiz, said the fire at the port"
    start = text.index(passage)
    store = NotesStore()
    store.save(
        new_note(
            text,
            start,
            start + len(passage),
            path=str(article.path.resolve()),
            body="Who saw it first?",
            tags=("follow-up", "disputed", "sources"),
        )
    )
    store.close()
    app = reader_app([article], harbour_briefing(text))
    for size in ((120, 40), (100, 30)):
        async with app.run_test(size=size) as pilot:
            await wait_annotated(pilot)
            app.reader.action_show_panel("notes")
            await pilot.pause()
            lines = [line.rstrip() for line in region_lines(app, app.query_one(NotesPanel))]
            first = next(n for n, line in enumerate(lines) if "Who saw it first?" in line)
            entry = lines[first + 1 : lines.index("", first)]
            assert len(entry) >= 3, entry  # the passage or the tags wrapped
            for line in entry:  # every line after the first under the note's text
                assert line.startswith(" " * 6) and line[6] != " ", entry
        app = reader_app([article], harbour_briefing(text))


async def test_an_actors_counts_read_in_the_singular(tmp_path):
    text = harbour_text()
    app = reader_app([write_article(tmp_path, "harbour.txt", text)], harbour_briefing(text))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n", "n", "w")  # Tom Berg's quote, then his mention
        await pilot.pause()
        strip = screen_text(app).splitlines()[-3:]
        counts = next(line for line in strip if "mention" in line)
        assert "1 quote · 1 reported claim" in counts
        assert "claims" not in counts and "quoted" not in counts


async def test_one_event_across_the_articles_is_one_event(tmp_path):
    articles = story_articles(tmp_path)[:2]  # both report the fire at Port Vell
    app = reader_app(articles, *story_briefings(story_articles(tmp_path))[:2])
    async with app.run_test(size=(120, 40)) as pilot:
        await merged(pilot, done=2)
        header = screen_text(app).splitlines()[0]
        assert "· 1 event ·" in header and "1 events" not in header


def test_the_reader_without_a_terminal_says_so_in_one_line(tmp_path):
    """`briefing FILE > out.txt` or from a script: the reader cannot draw
    nor take keys, so it says what prints a briefing instead, and never
    writes the terminal's escape codes into a file."""
    path = tmp_path / "harbour.txt"
    path.write_text(harbour_text(), encoding="utf-8")
    code = "import sys\nfrom tui.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=30,
        start_new_session=True,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "needs a terminal" in result.stderr
    assert "briefing annotate" in result.stderr and "briefing export" in result.stderr


async def test_a_markdown_title_reads_as_its_heading_without_markers(tmp_path):
    text = "# Port *attack* claims, **again**\n\nThe mayor spoke on Monday.\n"
    articles = [
        write_article(tmp_path, "port.md", text),
        write_article(tmp_path, "plain.txt", "A *starred* headline.\n\nBody text here.\n"),
    ]
    app = reader_app(articles, overview=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_annotated(pilot)
        header = screen_text(app).splitlines()[0]
        assert "Port attack claims, again" in header and "*" not in header
        await pilot.press("O")  # the switcher lists it as it reads, too
        await pilot.pause()
        shown = screen_text(app)
        assert "Port attack claims, again" in shown
        assert "A *starred* headline." in shown  # a text file's asterisks are its own


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_help_lists_a_commands_keys_on_one_line(tmp_path, size):
    text = harbour_text()
    app = reader_app([write_article(tmp_path, "harbour.txt", text)], harbour_briefing(text))
    async with app.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        for _ in range(40):  # scroll until Page up is in sight
            if "Page up" in screen_text(app):
                break
            await pilot.press("down")
            await pilot.pause()
        line = next(x for x in screen_text(app).splitlines() if "Page up" in x)
        assert "b / shift+space / pgup" in line


async def test_who_is_quoted_counts_one_statement_as_one(tmp_path):
    every = story_articles(tmp_path)
    briefings = story_briefings(every)
    app = reader_app([every[0], every[2]], briefings[0], briefings[2])  # one quote in all
    async with app.run_test(size=(120, 40)) as pilot:
        await merged(pilot, done=2)
        shown = screen_text(app)
        assert "of 1 statement" in shown and "1 statements" not in shown
