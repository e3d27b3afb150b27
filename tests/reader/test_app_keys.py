"""What users of readers expect: less/vim keys, copying with feedback, a
key map of their own, Markdown read as prose, and marks that read without
colour."""

from __future__ import annotations

import pytest
from reader_fixtures import harbour_briefing, harbour_text
from reader_support import notified, reader_app, said, screen_text, wait_annotated, write_article
from rich.style import Style
from textual.color import Color
from textual.filter import monochrome_style

from annotate.model import Actor, Briefing, Span, text_sha256
from annotate.pipeline import config_file
from tui.layout import GUTTER


def harbour_app(tmp_path, filler: int = 30):
    text = harbour_text(filler)
    return reader_app([write_article(tmp_path, "harbour.txt", text)], harbour_briefing(text))


LESS_AND_VIM = [
    (["j", "j", "j"], 3),
    (["j", "j", "k"], 1),
    (["down", "down"], 2),
    (["space"], "page"),
    (["space", "space", "b"], "page"),
    (["G"], "end"),
    (["G", "g"], 0),
]


async def test_less_and_vim_keys_scroll_the_article(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_annotated(pilot)
        view = app.reader.view
        for keys, moved in LESS_AND_VIM:
            view.scroll_to(y=0, animate=False, immediate=True)
            await pilot.press(*keys)
            await pilot.pause()
            top = int(view.scroll_y)
            if moved == "page":
                assert top >= view.size.height - 2, keys
            elif moved == "end":
                assert top == int(view.max_scroll_y) > 0, keys
            else:
                assert top == moved, keys


@pytest.mark.parametrize("key", ["y", "ctrl+c"])
async def test_copy_the_current_item_or_the_selection_with_feedback(tmp_path, key):
    app = harbour_app(tmp_path, filler=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press(key)
        assert "Nothing to copy" in said(app)
        await pilot.press("n", key)
        assert app.clipboard == '"a deliberate act of sabotage"'
        assert "Copied the quote (30 characters)" in said(app)
        await pilot.press("shift+right")  # select from the quote on, one word more
        await pilot.press(key)
        assert app.clipboard == '"a deliberate act of sabotage" and'
        assert "Copied the selection" in said(app)


async def test_a_key_map_in_the_config_file_remaps_commands_by_id(tmp_path):
    config = config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[keys]\nnext-quote = "x"\nno-such-command = "z"\n', encoding="utf-8")
    app = harbour_app(tmp_path, filler=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n")
        assert app.reader.current is None  # n no longer steps
        await pilot.press("x")
        assert app.reader.current.id == "q1"
        assert "x p Quotes" in screen_text(app).splitlines()[-1]
        assert any("no-such-command" in n for n in notified(app))
        await pilot.press("question_mark")
        assert "x" in next(line for line in screen_text(app).splitlines() if "Next quote" in line)


MARKDOWN = (
    "# Harbour *fire* report\n\n"
    "The mayor said the fire was **a deliberate act** and `not` an _accident_.\n\n"
    "Read [the full report](https://example.com/report) for more.\n"
)


async def test_a_markdown_article_reads_as_prose_with_offsets_unchanged(tmp_path):
    article = write_article(tmp_path, "report.md", MARKDOWN)
    accident = MARKDOWN.index("accident")
    mention = Span(accident, accident + len("accident"))
    briefing = Briefing(
        title="t",
        text_sha256=text_sha256(MARKDOWN),
        actors=(Actor("a1", "accident", "group", ("accident",), (mention,)),),
    )
    app = reader_app([article], briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_annotated(pilot)
        view = app.reader.view
        lines = [view.line_text(n) for n in range(len(view.wrapped))]
        assert lines[0] == "Harbour fire report"  # no #, no *
        assert "was a deliberate act and not an accident." in lines[2]
        assert "Read the full report for more." in lines[4]
        # emphasis applied where the markers were
        bold = MARKDOWN.index("a deliberate act")
        line = view.wrapped.line_of(bold)
        strip = view._render_text_line(line)  # noqa: SLF001
        assert any(s.text.startswith("a deliberate") and s.style.bold for s in strip)
        assert any(s.text == "accident" and s.style.italic for s in strip)
        # a click after hidden markers lands on the word under the pointer
        x = view.margin + GUTTER + lines[2].index("accident") + 2
        await pilot.click(type(view), offset=(x, line - int(view.scroll_y)))
        current = app.reader.current
        assert (current.kind, current.start) == ("mention", accident)


async def test_the_current_marker_reads_without_colour(tmp_path, monkeypatch):
    """Defect 10: with NO_COLOR the ▶ was nearly invisible."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = harbour_app(tmp_path, filler=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n")
        view = app.reader.view
        line = view.wrapped.line_of(app.reader.current.start)
        glyph = next(s for s in view.render_line(line - int(view.scroll_y)) if s.text == "▶")
        grey = monochrome_style(glyph.style)
        fg = Color.from_rich_color(grey.color).brightness
        bg = Color.from_rich_color((grey + Style()).bgcolor or view.rich_style.bgcolor).brightness
        assert grey.reverse and grey.bold
        assert abs(fg - bg) > 0.4  # reversed, a light block on the dark page


def test_quotes_and_people_differ_in_every_bundled_theme():
    """Defect 10: in the dark theme quotes and person names shared a colour."""
    from tui.themes import discover_themes

    for theme in discover_themes().themes:
        person = Color.parse(theme.variables["actor-person"])
        quote = Color.parse(theme.variables["quote"])
        distance = sum(abs(a - b) for a, b in zip(person.rgb, quote.rgb, strict=True))
        assert distance > 80, theme.name


MESSAGES = [  # a key that cannot act says why, whole, at every size
    (
        "a",
        "Nothing to note yet: select some text, or go to a quote (n), claim (c) "
        "or incident (i) first.",
    ),
    (
        "o",
        "No overview: only one article is open. Open several, or a folder: "
        "briefing A.txt B.html, briefing FOLDER",
    ),
    ("y", "Nothing to copy: select text, or go to a quote (n) first."),
]


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (60, 20)])
async def test_a_message_too_long_for_the_rule_is_shown_whole(tmp_path, size):
    app = harbour_app(tmp_path, filler=0)
    async with app.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        for key, message in MESSAGES:
            await pilot.press(key)
            await pilot.pause()
            assert said(app) == message
            shown = " ".join(" ".join(screen_text(app).split("\n")[-4:]).split())
            assert message in shown, (key, shown)
