"""The overview's pure parts: bars of who is quoted, where Enter goes from
an entry, outlets per event, and how an event's facts are said."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from overview_fixtures import story_articles, story_briefings

from annotate.model import EventFact, FactReport, ItemRef, SetActor
from tui.briefing_index import BriefingIndex
from tui.open_article import OpenArticle
from tui.overview_data import Target, article_row, build_overview, outlets, targets
from tui.quoted_bars import CLAIM_CELL, QUOTE_CELL, bar, share_bar
from tui.widgets.overview_lists import fact_line


@given(
    quotes=st.integers(0, 500),
    claims=st.integers(0, 500),
    extra=st.integers(0, 500),
    cells=st.integers(1, 80),
)
def test_a_bar_is_never_longer_than_its_room_and_shows_any_statement(quotes, claims, extra, cells):
    top = quotes + claims + extra
    drawn = bar(quotes, claims, top, cells)
    assert drawn.width <= cells
    assert set(drawn.quotes) <= {QUOTE_CELL} and set(drawn.claims) <= {CLAIM_CELL}
    assert (drawn.width > 0) == (quotes + claims > 0)
    if quotes:
        assert drawn.quotes
    if quotes + claims == top and top:
        assert drawn.width == cells  # the longest bar fills its room


@pytest.mark.parametrize(
    ("fraction", "cells", "shown"),
    [(0.0, 8, ""), (1.0, 4, "████"), (0.5, 3, "█▌"), (0.3, 10, "███")],
)
def test_a_share_bar_is_drawn_in_eighths(fraction, cells, shown):
    assert share_bar(fraction, cells) == shown


def story_overview(ready: tuple[int, ...] = (0, 1, 2)):
    articles = story_articles()
    briefings = story_briefings(articles)
    docs = []
    for n, (article, briefing) in enumerate(zip(articles, briefings, strict=True)):
        doc = OpenArticle(article, briefing.text_sha256)
        if n in ready:
            doc.index, doc.state = BriefingIndex(briefing, article.text), "ready"
        docs.append(doc)
    return build_overview(docs)


def test_enter_goes_to_each_report_of_an_event_and_each_statement_of_a_speaker():
    overview = story_overview()
    merged = overview.merged
    fire = next(e for e in merged.events if e.type == "fire")
    assert outlets(merged, fire) == 3
    assert targets(overview, f"event:{fire.id}") == [
        Target(0, "incident", "i1"),
        Target(1, "incident", "i1"),
        Target(2, "incident", "i1"),
    ]
    ruiz = next(a for a in merged.actors if a.name == "Ana Ruiz")
    assert targets(overview, f"speaker:{ruiz.id}") == [
        Target(0, "quote", "q1"),
        Target(1, "quote", "q1"),
    ]
    assert targets(overview, f"actor:{ruiz.id}") == [
        Target(0, "actor", "a1"),
        Target(1, "actor", "a1"),
    ]
    assert targets(overview, "article:2") == [Target(2, "article")]


def test_articles_not_yet_annotated_are_listed_and_numbers_map_back():
    overview = story_overview(ready=(1, 2))
    assert overview.done == 2 and overview.total == 3
    assert overview.numbers == (1, 2)
    assert overview.rows[0].counts == "not annotated yet"
    fire = next(e for e in overview.merged.events if e.type == "fire")
    assert [t.number for t in targets(overview, f"event:{fire.id}")] == [1, 2]


def _perpetrator(*qualifiers: str, agreed: bool = True) -> EventFact:
    reports = tuple(
        FactReport(ItemRef(n, "i1"), "S1" if agreed or n == 0 else "S2", q)
        for n, q in enumerate(qualifiers)
    )
    return EventFact("perpetrator", "S1" if agreed else None, agreed, reports)


ACTORS = {
    "S1": SetActor("S1", "Northern Front", "group", ()),
    "S2": SetActor("S2", "Harbour Guild", "group", ()),
}


@pytest.mark.parametrize(
    ("fact", "line"),
    [
        (_perpetrator("stated", "stated"), "by: Northern Front"),
        (_perpetrator("stated", "alleged"), "alleged: Northern Front"),  # never more than said
        (_perpetrator("alleged", "alleged", agreed=False), "alleged: reports differ"),
        (EventFact("killed", 2, True, (FactReport(ItemRef(0, "i1"), 2),)), "killed: 2"),
        (EventFact("place", "Gdansk", True, (FactReport(ItemRef(0, "i1"), "Gdansk"),)), ""),
    ],
)
def test_event_facts_say_no_more_than_the_reports(fact, line):
    shown = fact_line(fact, ACTORS)
    assert shown.startswith(line) if line else shown == ""
    if not fact.agreed:
        assert "Northern Front" in shown and "Harbour Guild" in shown


@given(title=st.text(max_size=60), site=st.one_of(st.none(), st.text(max_size=30)))
def test_an_article_row_never_carries_control_characters(title, site):
    """Titles and sites come from the page: shown as text, one line each."""
    article = replace(story_articles()[0], title=title, site=site)
    row = article_row(OpenArticle(article, "sha"))
    for shown in (row.title, row.source, row.counts):
        assert "\n" not in shown
        assert not any(c < " " or "\x7f" <= c <= "\x9f" for c in shown), shown
