"""The engine's newer fields as the reader shows them: only someone's words
count as quotes, a negated claim never reads as made, an event with its
mentions and facts, patterns apart from events, following a side."""

from __future__ import annotations

import pytest
from reader_fixtures import DEPOT, depot_briefing
from reader_support import (
    reader_app,
    said,
    screen_strips,
    screen_text,
    wait_annotated,
    write_article,
)

from tui.layout import GUTTER
from tui.widgets.article_view import ArticleView
from tui.widgets.incidents_panel import IncidentsPanel
from tui.widgets.positions_panel import PositionsPanel

SIZES = [(120, 40), (80, 24), (60, 20)]
IDS = ["120x40", "80x24", "60x20"]


def depot_app(tmp_path, **options):
    return reader_app([write_article(tmp_path, "depot.txt", DEPOT)], depot_briefing(), **options)


def detail(app) -> str:
    return "\n".join(screen_text(app).splitlines()[-4:-1])


def entry(panel, key: str) -> str:
    """An entry's words, whatever the wrapping."""
    prompt = panel.get_option_at_index(panel.keys.index(key)).prompt
    return " ".join(str(prompt).split())


async def click_on(pilot, app, part: str, nth: int = 0) -> None:
    view = app.reader.view
    start = [n for n in range(len(DEPOT)) if DEPOT.startswith(part, n)][nth]
    view.show_span(start, start + len(part))
    await pilot.pause()
    line = view.wrapped.line_of(start)
    x = view.margin + GUTTER + (start - view.wrapped.starts[line]) + 2
    await pilot.click(ArticleView, offset=(x, line - int(view.scroll_y)))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_only_someones_words_are_quotes(tmp_path, size):
    app = depot_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        assert "1 quote · 2 claims · 1 incident" in screen_text(app).splitlines()[0]
        await pilot.press("n")
        assert app.reader.current.id == "q2"
        await pilot.press("n")
        assert app.reader.current.id == "q2"  # the term and the title are not stepped to
        await click_on(pilot, app, '"so-called leak"')
        assert app.reader.current.id == "q1"
        assert "Quoted term" in detail(app) and "not anyone's statement" in detail(app)
        await click_on(pilot, app, '"Quiet Borders"')
        assert "Title" in detail(app) and "not a statement" in detail(app)


@pytest.mark.parametrize("size", [(120, 40), (60, 20)], ids=["120x40", "60x20"])
async def test_a_negated_claim_reads_as_not_made(tmp_path, size):
    app = depot_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        await pilot.press("c")
        assert app.reader.current.id == "c1"
        shown = detail(app)
        assert "(negated)" in shown and "did not confirm" in shown
        assert "confirms" not in shown
        app.reader.action_show_panel("positions")
        await pilot.pause()
        panel = screen_text(app)
        assert "did not confirm" in panel and "confirms" not in panel


@pytest.mark.parametrize("size", [(120, 12), (80, 12), (60, 20), (60, 12)])
async def test_positions_list_statements_not_terms_and_indent_wrapped_lines(tmp_path, size):
    """Defect 9: wrapped lines of a statement hang under its first word, also
    once the list is long enough for a scrollbar (which must not re-wrap it)."""
    app = depot_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        app.reader.action_show_panel("positions")
        await pilot.pause()
        positions = app.query_one(PositionsPanel)
        assert "quote:q1" not in positions.keys  # a quoted term is nobody's position
        assert "quote:q2" in positions.keys
        prompts = [positions.get_option_at_index(n).prompt for n in range(len(positions.keys))]
        assert positions.virtual_size.height == sum(len(str(p).split("\n")) for p in prompts)
        wrapped = [
            str(prompt).split("\n")
            for key, prompt in zip(positions.keys, prompts, strict=True)
            if key and key.startswith(("quote:", "claim:")) and "\n" in str(prompt)
        ]
        assert wrapped or size[0] > 60
        for first, *rest in wrapped:
            for line in rest:  # hangs under the text, after the verb
                indent = len(line) - len(line.lstrip())
                assert first[indent - 1] == " " and first[indent] != " " and line.strip()


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_an_event_with_its_facts_and_mentions_and_patterns_apart(tmp_path, size):
    app = depot_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        app.reader.action_show_panel("incidents")
        await pilot.pause()
        panel = app.query_one(IncidentsPanel)
        assert panel.keys.count("incident:i1") == 1 and "pattern:p1" in panel.keys
        event = entry(panel, "incident:i1")
        assert "the fuel depot, Ostrava" in event and "at least 12 killed" in event
        assert "alleged: Red Hand" in event and "4 mentions" in event
        assert "PATTERNS" in screen_text(app)
        panel.highlighted = panel.keys.index("incident:i1")
        await pilot.press("enter")
        first = app.reader.current
        assert (first.kind, first.id, DEPOT[first.start : first.end]) == (
            "incident",
            "i1",
            "the blast",
        )
        if size[0] < 100:
            await pilot.press("s")  # back to the panels
        await pilot.press("enter")
        second = app.reader.current
        assert DEPOT[second.start : second.end].startswith("A blast at the fuel depot")
        assert "Mention 2 of 4" in said(app)
        assert "mention 2 of 4" in detail(app)


async def test_i_steps_through_events_not_mentions_or_patterns(tmp_path):
    app = depot_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        await pilot.press("i")
        assert DEPOT[app.reader.current.start :].startswith("A blast at")
        await pilot.press("i")
        assert DEPOT[app.reader.current.start :].startswith("A blast at")  # the only event
        await click_on(pilot, app, "The explosion")
        assert app.reader.current.id == "i1" and "mention 3 of 4" in detail(app)
        await click_on(pilot, app, "campaign of sabotage")
        assert app.reader.current.kind == "pattern"
        assert "not one event" in detail(app)


async def test_following_an_organisation_follows_its_people(tmp_path):
    """Defect 13: following a country did not follow its people."""
    app = depot_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        app.reader.follow("a1")  # the ministry says nothing in quotation marks itself
        await pilot.pause()
        status = app.query_one("#status").message
        assert "Interior Ministry and 1 affiliated" in status and "1 quote" in status
        await pilot.press("n")
        assert app.reader.current.id == "q2"  # its spokeswoman's words


@pytest.mark.parametrize("size", [(120, 40), (60, 20)], ids=["120x40", "60x20"])
async def test_the_speaker_is_underlined_and_w_jumps_there_and_back(tmp_path, size):
    app = depot_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        await pilot.press("n")
        view = app.reader.view
        assert (
            view.speaker is not None and DEPOT[view.speaker.start : view.speaker.end] == "Lena Vogt"
        )
        line = view.wrapped.line_of(view.speaker.start)
        strip = view._render_text_line(line)  # noqa: SLF001
        assert any(seg.text.startswith("Lena") and seg.style.underline for seg in strip)
        await pilot.press("w")
        current = app.reader.current
        assert (current.kind, DEPOT[current.start : current.end]) == ("mention", "Lena Vogt")
        await pilot.press("w")
        assert app.reader.current.id == "q2"
        await pilot.press("c", "w")  # a claim whose speaker is named there too
        assert DEPOT[app.reader.current.start : app.reader.current.end] == "police"


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_first_tab_highlights_an_entry_not_a_heading(tmp_path, size):
    """Defect 2: the list filled while the engine ran kept its highlight on
    row 0, which became a blank line once headings came: no entry showed
    the focus."""
    app = depot_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        await pilot.press("tab")
        panel = app.query_one(IncidentsPanel)
        assert app.focused is panel and None in panel.keys  # it has a heading ("PATTERNS")
        assert panel.keys[panel.highlighted] == "incident:i1"
        cursor = panel.get_component_rich_style("option-list--option-highlighted").bgcolor
        shown = [s.style.bgcolor for strip in screen_strips(app) for s in strip if s.style]
        assert cursor in shown
