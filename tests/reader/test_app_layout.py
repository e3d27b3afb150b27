"""Layout and screens: panels beside the article when wide (a share of the
width), taking turns with it when narrow, following every resize; focus;
the footer's keys; the header; layer toggles; help; several articles."""

from __future__ import annotations

import pytest
from reader_fixtures import harbour_briefing, harbour_text
from reader_support import (
    palette_offers,
    reader_app,
    said,
    screen_text,
    until,
    wait_annotated,
    write_article,
)

from tui.app import BriefingApp
from tui.commands import ReaderCommands
from tui.screens.article_switcher import ArticleSwitcher
from tui.screens.help_screen import HelpScreen
from tui.widgets.incidents_panel import IncidentsPanel

SIZES = [(120, 40), (80, 24), (60, 20)]
IDS = ["120x40", "80x24", "60x20"]


def styles_of(app: BriefingApp, start: int):
    """The Rich style the article view paints on the character at `start`."""
    view = app.reader.view
    line = view.wrapped.line_of(start)
    strip = view._render_text_line(line)  # noqa: SLF001
    column = view.margin + 2 + (start - view.wrapped.starts[line])
    cells = 0
    for segment in strip:
        if cells <= column < cells + len(segment.text):
            return segment.style
        cells += len(segment.text)
    raise AssertionError("column not on the line")


def harbour_app(tmp_path, filler: int = 2, **options) -> BriefingApp:
    text = harbour_text(filler)
    article = write_article(tmp_path, "harbour.txt", text)
    return reader_app([article], harbour_briefing(text), **options)


async def test_wide_terminal_shows_article_and_panels_side_by_side(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        side, articles = app.query_one("#side"), app.query_one("#articles")
        assert side.display and articles.display
        assert side.region.x > articles.region.x and side.region.width >= 40
        await pilot.press("s")  # hide the panels to read full width
        assert not side.display
        await pilot.press("s")
        assert side.display


async def test_narrow_terminal_swaps_article_and_panels(tmp_path):
    app = harbour_app(tmp_path, filler=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_annotated(pilot)
        screen = app.reader
        side, articles = app.query_one("#side"), app.query_one("#articles")
        assert articles.display and not side.display
        assert "Harbour fire blamed" in screen_text(app)
        await pilot.press("tab")
        assert side.display and not articles.display
        assert app.focused is app.query_one(IncidentsPanel)
        await pilot.press("down", "enter")  # the second incident
        assert articles.display and not side.display
        assert (screen.current.kind, screen.current.id) == ("incident", "i2")
        await pilot.press("s")
        assert side.display
        await pilot.press("s")
        assert not side.display and app.focused is screen.view


# Each walk is one reader resized step by step: every move between wide and
# narrow both ways, from a reader started wide and one started narrow.
WALKS = [(120, 70, 120, 80, 160, 200), (80, 120, 60, 200, 70, 120)]


@pytest.mark.parametrize("widths", WALKS, ids=["from-wide", "from-narrow"])
async def test_layout_follows_every_resize(tmp_path, widths):
    """Defect 1: the layout used the size before the resize. Defect 8: the
    side panel was a fixed width; it is a share of the terminal's."""
    app = harbour_app(tmp_path)
    async with app.run_test(size=(widths[0], 30)) as pilot:
        await wait_annotated(pilot)
        for width in widths:
            await pilot.resize_terminal(width, 30)
            await pilot.pause()
            side, view = app.query_one("#side"), app.reader.view
            if width < 100:
                assert not side.display, width
                assert view.region.width >= width - 2, width  # the article has the width
            else:
                assert side.display and side.region.width >= 40, width
                assert 0.35 <= side.region.width / width <= 0.45, width
                assert view.wrapped.width >= 50, width


async def test_tab_lands_on_the_list_and_focus_shows(tmp_path):
    """Defect 2: the first Tab landed on the tab strip."""
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("tab")
        assert app.focused is app.query_one(IncidentsPanel)
        side = app.query_one("#side")
        assert side.styles.border_left[0] == "outer"  # a strong rule marks the panel in focus
        await pilot.press("tab")
        assert app.focused is app.reader.view
        assert app.query_one("#side").styles.border_left[0] != "outer"


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_footer_always_keeps_quit_and_help(tmp_path, size):
    """Defect 7: lower-priority keys go first."""
    app = harbour_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        await until(pilot, lambda: screen_text(app).splitlines()[-1].strip(), "no footer drawn")
        footer = screen_text(app).splitlines()[-1]
        assert "q Quit" in footer and "? Help" in footer
        assert "n p Quotes" in footer
        assert len(footer.rstrip()) <= size[0]
        if size[0] < 100:
            assert "s Panels" in footer  # the only way to the panels there


def footer_line(app) -> str:
    return screen_text(app).splitlines()[-1]


async def test_the_footer_follows_a_resize(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_annotated(pilot)
        await until(pilot, lambda: "f Follow" in footer_line(app), lambda: footer_line(app))
        await pilot.resize_terminal(60, 30)
        await until(pilot, lambda: "f Follow" not in footer_line(app), lambda: footer_line(app))
        footer = footer_line(app)
        assert "? Help" in footer and "q Quit" in footer
        await pilot.resize_terminal(120, 30)
        await until(pilot, lambda: "f Follow" in footer_line(app), lambda: footer_line(app))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_a_long_title_gives_way_to_the_counts(tmp_path, size):
    """Defect 3: a long fallback title pushed the counts off screen."""
    text = harbour_text()
    name = "a_very_long_file_name_that_becomes_the_title_of_this_article_in_the_reader.txt"
    body = text.split("\n", 1)[1]  # no headline: the title comes from the file name
    article = write_article(tmp_path, name, body)
    app = reader_app([article], harbour_briefing(body))
    async with app.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        header = screen_text(app).splitlines()[0]
        assert "3 quotes" in header
        assert "A very long file name" in header and "…" in header


async def test_layer_toggles_switch_each_highlight_kind_off_and_leave_a_sign(tmp_path):
    """Defect 12: a hidden layer left no lasting sign, and n landed on hidden quotes."""
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        screen = app.reader
        text = screen.doc.article.text
        quote = text.index('"a deliberate')
        claim = text.index("the Northern Front of")
        incident = text.index("the fire at the port")
        assert styles_of(app, quote + 3).italic
        assert styles_of(app, claim + 20).underline
        assert styles_of(app, incident).bold
        await pilot.press("2")
        assert "quotes" not in screen.layers
        assert not styles_of(app, quote + 3).italic
        assert styles_of(app, claim + 20).underline  # the other layers stay
        assert "hidden: quotes" in screen_text(app).splitlines()[0]  # it stays said
        await pilot.press("n")
        assert screen.current is None and "2 shows them" in said(app)
        await pilot.press("3", "4")
        assert not styles_of(app, claim + 20).underline
        assert not styles_of(app, incident).bold
        for width in (80, 60):  # a narrow header keeps the sign, not the last counts
            await pilot.resize_terminal(width, 24)
            await pilot.pause()
            assert "hidden: quotes, claims, incidents" in screen_text(app).splitlines()[0]
        await pilot.resize_terminal(120, 40)
        await pilot.press("2", "3", "4")
        assert styles_of(app, quote + 3).italic and styles_of(app, claim + 20).underline
        assert "hidden" not in screen_text(app).splitlines()[0]


async def test_hiding_the_current_items_layer_lets_it_go(tmp_path):
    """Hiding quotes while one is current left "Quote 1 of 3" in the strip."""
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        screen = app.reader
        await pilot.press("n")
        assert screen.current is not None and screen.current.kind == "quote"
        await pilot.press("3")  # another layer: the quote stays current
        assert screen.current is not None and screen.current.kind == "quote"
        await pilot.press("2")
        await pilot.pause()
        assert screen.current is None
        assert "Quote 1 of" not in screen_text(app)


async def test_the_current_item_is_marked_without_colour(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n")
        screen = app.reader
        view = screen.view
        line = view.wrapped.line_of(screen.current.start)
        marker = view.render_line(line - int(view.scroll_y))
        assert marker.text.lstrip().startswith("▶")
        glyph = next(s for s in marker if s.text == "▶")
        assert glyph.style.bold and glyph.style.reverse  # defect 10: visible under NO_COLOR
        assert styles_of(app, screen.current.start + 2).bold


async def test_help_lists_every_key_with_its_id(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        for needed in ("Next quote", "[next-quote]", "Copy the selection", "[copy]", "Page down"):
            assert needed in shown
        # Enter does two things; each row says where.
        rows = " ".join(str(static.render()) for static in app.screen.query(".help-what"))
        assert "Open the article at this entry (briefing overview)" in rows
        assert "its next mention (panels)" in rows
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_several_articles_can_be_switched(tmp_path):
    first = write_article(tmp_path, "first.txt", harbour_text())
    second = write_article(tmp_path, "second.md", "# Second story\n\nA quiet day.\n")
    app = reader_app([first, second], harbour_briefing(first.text), overview=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        screen = app.reader
        await pilot.press("n")
        assert "o Overview" in screen_text(app).splitlines()[-1]
        await pilot.press("O")
        assert isinstance(app.screen, ArticleSwitcher)
        await pilot.press("down", "enter")
        assert screen.number == 1
        assert "Second story" in screen_text(app).splitlines()[0]
        assert "A quiet day." in screen_text(app)
        await pilot.press("O", "up", "enter")  # back to the first: its place is kept
        assert screen.number == 0 and screen.current.id == "q1"


async def test_o_with_one_article_says_so(tmp_path):
    """Defect 11: `o` with one article did nothing and said nothing."""
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        assert "Overview" not in screen_text(app).splitlines()[-1]
        await pilot.press("o")
        assert "No overview: only one article is open" in said(app)


async def test_palette_offers_each_command_once_and_actions_without_keys(tmp_path):
    """Defect 11: the palette had two Theme entries."""
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        titles = [command.title for command in app.reader.palette_commands()]
        assert "Next quote" in titles and "Hide all highlights" in titles
        assert "Follow Tom Berg" in titles and "Theme: light" in titles
        assert len(titles) == len(set(titles))
        assert app.COMMANDS == {ReaderCommands}  # Textual's own would add a second "Theme"
        await pilot.press("ctrl+p", *"hide all")
        await until(
            pilot,
            lambda: palette_offers(app, "Hide all highlights"),
            "the palette never offered it",
        )
        await pilot.press("enter")
        await pilot.pause()
        assert app.reader.layers == frozenset()


async def test_help_descriptions_wrap_in_their_own_column_at_60_columns(tmp_path):
    """A wrapped description stays clear of the key column (it read as a
    key of its own at column 1)."""
    app = harbour_app(tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        keys = list(app.screen.query(".help-key"))
        whats = list(app.screen.query(".help-what"))
        assert keys and len(keys) == len(whats)
        column = {w.region.x for w in whats}
        assert len(column) == 1 and column.pop() >= max(k.region.right for k in keys)
        assert any(w.region.height > 1 for w in whats)  # some do wrap at this width
