"""Layout and screens: panels beside the article when wide, taking turns
with it when narrow; layer toggles; help; several articles."""

from __future__ import annotations

from reader_fixtures import harbour_briefing, harbour_text
from reader_support import cache_briefing, screen_text, wait_annotated, write_article

from tui.app import BriefingApp
from tui.screens.article_switcher import ArticleSwitcher
from tui.screens.help_screen import HelpScreen
from tui.widgets.incidents_panel import IncidentsPanel


def styles_of(app: BriefingApp, start: int) -> list:
    """Rich styles the article view paints on the character at `start`."""
    view = app.view
    line = view.wrapped.line_of(start)
    strip = view._render_text_line(line)  # noqa: SLF001
    column = view._margin + 2 + (start - view.wrapped.starts[line])  # noqa: SLF001
    cells = 0
    for segment in strip:
        if cells <= column < cells + len(segment.text):
            return segment.style
        cells += len(segment.text)
    raise AssertionError("column not on the line")


def harbour_app(tmp_path) -> BriefingApp:
    text = harbour_text(2)
    cache_briefing(harbour_briefing(text))
    return BriefingApp([write_article(tmp_path, "harbour.txt", text)])


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
    app = harbour_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_annotated(pilot)
        side, articles = app.query_one("#side"), app.query_one("#articles")
        assert articles.display and not side.display
        assert "Harbour fire blamed" in screen_text(app)
        await pilot.press("tab")
        assert side.display and not articles.display
        assert app.focused is app.query_one(IncidentsPanel)
        await pilot.press("down", "enter")  # the second incident
        assert articles.display and not side.display
        assert (app.current.kind, app.current.id) == ("incident", "i2")
        await pilot.press("s")
        assert side.display
        await pilot.press("s")
        assert not side.display and app.focused is app.view


async def test_layer_toggles_switch_each_highlight_kind_off_and_on(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        text = app.doc.article.text
        quote = text.index('"a deliberate')
        claim = text.index("the Northern Front of")
        incident = text.index("the fire at the port")
        assert styles_of(app, quote + 3).italic
        assert styles_of(app, claim + 20).underline
        assert styles_of(app, incident).bold
        await pilot.press("2")
        assert "quotes" not in app.layers
        assert not styles_of(app, quote + 3).italic
        assert styles_of(app, claim + 20).underline  # the other layers stay
        await pilot.press("3", "4")
        assert not styles_of(app, claim + 20).underline
        assert not styles_of(app, incident).bold
        await pilot.press("2", "3", "4")
        assert styles_of(app, quote + 3).italic and styles_of(app, claim + 20).underline


async def test_the_current_item_is_marked_without_colour(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n")
        view = app.view
        line = view.wrapped.line_of(app.current.start)
        marker = view.render_line(line - int(view.scroll_y)).text
        assert marker.lstrip().startswith("▶")
        assert styles_of(app, app.current.start + 2).bold


async def test_help_lists_the_keys_from_the_bindings(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        for binding in app.BINDINGS:
            if binding.description and app.check_action(binding.action, ()):
                assert binding.description in shown
        assert "Articles" not in shown  # one article open: nothing to switch to
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_several_articles_can_be_switched(tmp_path):
    first = write_article(tmp_path, "first.txt", harbour_text())
    second = write_article(tmp_path, "second.md", "# Second story\n\nA quiet day.\n")
    cache_briefing(harbour_briefing(first.text))
    app = BriefingApp([first, second])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n")
        await pilot.press("o")
        assert isinstance(app.screen, ArticleSwitcher)
        await pilot.press("down", "enter")
        assert app.number == 1
        assert app.title == "Second story"
        assert "A quiet day." in screen_text(app)
        await pilot.press("o", "up", "enter")  # back to the first: its place is kept
        assert app.number == 0 and app.current.id == "q1"


async def test_palette_offers_key_actions_and_actions_without_keys(tmp_path):
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        titles = [command.title for command in app.palette_commands()]
        assert "Next quote" in titles and "Follow actor" in titles
        assert "Follow Tom Berg" in titles and "Hide all highlights" in titles
        await pilot.press("ctrl+p")
        await pilot.press(*"hide all")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.layers == frozenset()
