"""Moving through an article: n/p over quotes, claims and incidents, panel
jumps, clicks and following one actor."""

from __future__ import annotations

from pathlib import Path

from reader_fixtures import harbour_briefing, harbour_text
from reader_support import reader_app, wait_annotated, write_article

from annotate.model import Briefing
from tui.layout import GUTTER
from tui.widgets.actors_panel import ActorsPanel
from tui.widgets.article_view import ArticleView
from tui.widgets.incidents_panel import IncidentsPanel
from tui.widgets.positions_panel import PositionsPanel

SEED_BRIEFING = Path(__file__).parent / "fixtures" / "seed_briefing.json"


def on_screen(view: ArticleView, start: int) -> bool:
    line = view.wrapped.line_of(start)
    return int(view.scroll_y) <= line < int(view.scroll_y) + view.size.height


async def harbour_app(tmp_path, filler: int = 0):
    text = harbour_text(filler)
    return reader_app([write_article(tmp_path, "harbour.txt", text)], harbour_briefing(text)), text


async def test_n_visits_every_quote_in_document_order_then_wraps(tmp_path):
    from annotate.article import read_article
    from seeds import sample_path

    briefing = Briefing.from_json(SEED_BRIEFING.read_text(encoding="utf-8"))
    app = reader_app([read_article(sample_path())], briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        quotes = sorted(briefing.speech, key=lambda q: (q.start, q.end))
        assert quotes, "the seed article has quotes"
        seen = []
        for _ in quotes:
            await pilot.press("n")
            seen.append(app.reader.current.id)
            assert on_screen(app.reader.view, app.reader.current.start)
        assert seen == [q.id for q in quotes]
        await pilot.press("n")
        assert app.reader.current.id == quotes[0].id  # wrapped around


async def test_p_from_the_top_goes_to_the_last_quote_and_back(tmp_path):
    app, _ = await harbour_app(tmp_path, filler=30)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("p")
        assert app.reader.current.id == "q3"  # the last quote in the text
        assert on_screen(app.reader.view, app.reader.current.start)
        await pilot.press("p", "p")
        assert app.reader.current.id == "q1"
        await pilot.press("p")
        assert app.reader.current.id == "q3"


async def test_claims_and_incidents_have_their_own_keys(tmp_path):
    app, _ = await harbour_app(tmp_path, filler=5)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("c")
        assert (app.reader.current.kind, app.reader.current.id) == ("claim", "c1")
        await pilot.press("c")
        assert app.reader.current.id == "c2"
        await pilot.press("C")
        assert app.reader.current.id == "c1"
        await pilot.press("i")
        assert (app.reader.current.kind, app.reader.current.id) == (
            "incident",
            "i2",
        )  # next after c1
        await pilot.press("I")
        assert app.reader.current.id == "i1"
        await pilot.press("n")  # the next quote after the fire at the port
        assert (app.reader.current.kind, app.reader.current.id) == ("quote", "q1")


async def test_enter_on_an_incident_entry_scrolls_the_article_to_it(tmp_path):
    app, text = await harbour_app(tmp_path, filler=60)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        panel = app.query_one(IncidentsPanel)
        panel.focus()
        panel.highlighted = 1  # the explosion, far down the article
        assert not on_screen(app.reader.view, text.index("An explosion"))
        await pilot.press("enter")
        assert (app.reader.current.kind, app.reader.current.id) == ("incident", "i2")
        assert on_screen(app.reader.view, app.reader.current.start)
        await pilot.press("n")  # n continues from the incident: wraps to the first quote
        assert app.reader.current.id == "q1"
        assert panel.highlighted == 1  # unchanged: a quote is not an incident


async def test_the_current_item_is_reflected_in_the_panels(tmp_path):
    app, _ = await harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("i", "i")
        assert app.query_one(IncidentsPanel).highlighted == 1
        await pilot.press("n")  # q1, wrapping; by Ana Ruiz
        await pilot.press("right_square_bracket")  # a panel shows the current item's entry
        positions = app.query_one(PositionsPanel)
        assert positions.highlighted_option.id == "quote:q1"
        await pilot.press("right_square_bracket")
        assert app.query_one(ActorsPanel).highlighted_actor == "a1"


async def test_clicking_a_highlight_or_a_panel_entry_selects_it(tmp_path):
    app, text = await harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        view = app.reader.view
        start = text.index('"We have no evidence')
        line = view.wrapped.line_of(start)
        x = view.margin + GUTTER + (start - view.wrapped.starts[line]) + 3
        await pilot.click(ArticleView, offset=(x, line - int(view.scroll_y)))
        assert (app.reader.current.kind, app.reader.current.id) == ("quote", "q2")
        await pilot.click(IncidentsPanel, offset=(6, 0))
        assert (app.reader.current.kind, app.reader.current.id) == ("incident", "i1")


async def test_following_an_actor_steps_through_their_quotes_only(tmp_path):
    app, _ = await harbour_app(tmp_path, filler=3)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n")  # q1, Ana Ruiz
        await pilot.press("f")
        assert app.reader.following == "a1"
        await pilot.press("n")
        assert app.reader.current.id == "q3"  # skips Tom Berg's q2
        await pilot.press("n")
        assert app.reader.current.id == "q1"
        await pilot.press("p")
        assert app.reader.current.id == "q3"
        await pilot.press("escape")
        assert app.reader.following is None
        await pilot.press("p")
        assert app.reader.current.id == "q2"  # every quote again


async def test_follow_the_actor_chosen_in_the_actors_list(tmp_path):
    app, _ = await harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        app.reader.side.active = "actors"
        await pilot.pause()
        actors = app.query_one(ActorsPanel)
        actors.focus()
        actors.move_cursor(row=actors._ids.index("a2"))  # noqa: SLF001
        await pilot.press("f")
        assert app.reader.following == "a2"
        assert "Following Tom Berg" in app.query_one("#status").message
        await pilot.press("n", "n")
        assert app.reader.current.id == "q2"  # his only quote, again and again
        await pilot.press("f")
        assert app.reader.following is None


async def test_an_actor_without_quotes_is_followed_through_mentions(tmp_path):
    app, _ = await harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        app.reader.follow("a3")  # the Northern Front says nothing itself
        await pilot.press("n")
        assert (app.reader.current.kind, app.reader.current.id) == ("mention", "a3")


async def test_search_finds_matches_in_order(tmp_path):
    app, text = await harbour_app(tmp_path, filler=40)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("slash")
        await pilot.press(*"sabotage")
        view, total = app.reader.view, text.lower().count("sabotage")
        count = app.query_one("#search-count")
        assert str(count.content) == f"1 of {total}"
        await pilot.press("enter")
        second = text.lower().index("sabotage", text.lower().index("sabotage") + 1)
        assert str(count.content) == f"2 of {total}"
        assert on_screen(view, second)
        line = view.wrapped.line_of(second) - int(view.scroll_y)
        assert view.render_line(line).text.lstrip().startswith("⌕")  # the match's line, marked
        await pilot.press("escape")
        assert not app.query_one("#search").display
        assert app.focused is view


async def test_brackets_bring_the_next_and_previous_panel_to_the_front(tmp_path):
    app, _ = await harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        tabs = app.query_one("#side")
        assert tabs.active == "incidents"
        await pilot.press("right_square_bracket")
        assert tabs.active == "positions"
        assert isinstance(app.focused, PositionsPanel)
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert tabs.active == "notes"  # wraps around


async def test_a_panel_entry_chosen_on_a_narrow_terminal_shows_with_context(tmp_path):
    app, text = await harbour_app(tmp_path, filler=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("s")  # panels in place of the article
        panel = app.query_one(IncidentsPanel)
        panel.focus()
        panel.highlighted = 1
        await pilot.press("enter")
        await pilot.pause()
        assert not app.reader.panels_open
        view = app.reader.view
        line = view.wrapped.line_of(app.reader.current.start)
        assert on_screen(view, app.reader.current.start)
        assert line > int(view.scroll_y)  # some lines of context above it


async def test_after_searching_away_n_goes_on_from_what_is_on_screen(tmp_path):
    app, text = await harbour_app(tmp_path, filler=40)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n")
        assert app.reader.current.id == "q1"  # at the top
        await pilot.press("slash", *"Ruiz added", "enter", "escape")
        assert not on_screen(app.reader.view, app.reader.current.start)  # q1 scrolled away
        await pilot.press("n")
        # not q2 (Berg, between the two and off screen) but the quote in view
        assert app.reader.current.start > text.index("Ruiz added")


async def test_a_new_briefing_keeps_the_actor_under_the_cursor(tmp_path):
    """The briefing can arrive again while the reader browses the Actors
    list (a cached one, then the engine's): Enter must still open the actor
    the cursor was on, not the first row."""
    from annotate.article import read_article
    from seeds import sample_path
    from tui.briefing_index import BriefingIndex

    briefing = Briefing.from_json(SEED_BRIEFING.read_text(encoding="utf-8"))
    app = reader_app([read_article(sample_path())], briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("tab", "right_square_bracket", "right_square_bracket", "down", "down")
        table = app.reader.query_one(ActorsPanel)
        chosen = table.highlighted_actor
        assert table.cursor_row == 2 and chosen is not None
        app.reader.index = BriefingIndex(briefing, app.reader.doc.article.text)
        await pilot.pause()
        assert table.highlighted_actor == chosen
        await pilot.press("enter")
        await pilot.pause()
        assert (app.reader.current.kind, app.reader.current.id) == ("mention", chosen)
