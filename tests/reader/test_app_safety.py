"""Article text is data: markup shows literally and nothing in an article
can reach the terminal as a control sequence (colours, window title,
clipboard), in the text, the panels, the title or the palette."""

from __future__ import annotations

import re

from reader_support import (
    palette_offers,
    reader_app,
    screen_strips,
    screen_text,
    span,
    until,
    wait_annotated,
)

from annotate.article import Article
from annotate.model import Actor, Briefing, Incident, Quote, Span, text_sha256
from tui.app import BriefingApp
from tui.safe_text import display_text

MARKUP = "[bold red]x[/] and [link=https://example.com]click[/link] and [@click=app.quit]q[/]"
ESCAPES = (
    "colour \x1b[31mred\x1b[0m, title \x1b]0;pwned\x07, "
    "clipboard \x1b]52;c;ZXZpbA==\x07, 8-bit CSI \x9b2J, bell \x07, "
    "bidi \u202eevil\u202c, zero\u200bwidth"
)
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b]")


def hostile_article() -> Article:
    """An article as if decoding had let everything through (the reader
    must be safe on its own, whatever the reading step removed)."""
    text = f'Title with {MARKUP}\n{MARKUP}\n{ESCAPES}\n"{MARKUP}" said [b]Someone[/b].\n'
    return Article(text=text, title=f"Headline {MARKUP} \x1b]0;pwned\x07")


def hostile_briefing(text: str) -> Briefing:
    name = "[b]Someone[/b]"
    mention = Span(*span(text, name))
    quote_start, quote_end = span(text, f'"{MARKUP}"')
    return Briefing(
        title="x",
        text_sha256=text_sha256(text),
        actors=(Actor("a1", name, "person", (name,), (mention,), role="[i]role[/i]\x1b[5m"),),
        quotes=(
            Quote(
                "q1",
                quote_start,
                quote_end,
                text[quote_start:quote_end],
                speaker="a1",
                source=mention,
            ),
        ),
        incidents=(
            Incident(
                "i1",
                *span(text, "[bold red]x[/]"),
                text="[bold red]x[/]",
                type="fire",
                place="[red]Place[/]\x1b]0;t\x07",
            ),
        ),
    )


def assert_terminal_safe(app: BriefingApp) -> None:
    for strip in screen_strips(app):
        for segment in strip:
            assert not UNSAFE.search(segment.text), repr(segment.text)


async def test_markup_and_escape_sequences_show_literally(tmp_path):
    article = hostile_article()
    app = reader_app([article], hostile_briefing(article.text))
    async with app.run_test(size=(160, 50)) as pilot:
        await wait_annotated(pilot)
        assert app.reader.doc.state == "ready"
        shown = screen_text(app)
        assert "[bold red]x[/]" in shown
        assert "[@click=app.quit]q[/]" in shown
        assert "␛[31mred␛[0m" in shown  # ESC shown as a visible symbol
        assert "␛]0;pwned␇" in shown
        assert "␛]52;c;ZXZpbA==␇" in shown
        assert "\ufffdevil" in shown  # the bidi override is neutralised
        assert "zero·width" in shown
        assert "[b]Someone[/b]" in shown  # in the text and in the Actors panel
        assert_terminal_safe(app)
        await pilot.press("n")  # the quote with markup, its speaker in the detail strip
        assert "[b]Someone[/b]" in screen_text(app)
        app.reader.side.active = "actors"
        await pilot.pause()
        assert "[i]role[/i]␛[5m" in screen_text(app)
        assert_terminal_safe(app)


async def test_the_title_and_palette_show_markup_literally(tmp_path):
    article = hostile_article()
    app = reader_app([article], hostile_briefing(article.text))
    async with app.run_test(size=(160, 50)) as pilot:
        await wait_annotated(pilot)
        assert "Headline [bold red]x[/]" in screen_text(app)
        await pilot.press("ctrl+p")
        await pilot.press(*"Follow")
        await until(
            pilot, lambda: palette_offers(app, "Follow"), "the palette never offered Follow"
        )
        assert "Follow [b]Someone[/b]" in screen_text(app)
        assert_terminal_safe(app)


def test_display_text_keeps_every_offset():
    text = ESCAPES + MARKUP + "\t\x00\x7f\u0085\u2066\u2069\ufeff"
    shown = display_text(text)
    assert len(shown) == len(text)
    assert not UNSAFE.search(shown)
    assert shown.count("[") == text.count("[")
