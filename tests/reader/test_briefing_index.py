"""What the reader makes of a briefing: statements and events to step
through, highlights for everything, sides by affiliation, the item a click
means."""

from __future__ import annotations

import pytest
from reader_fixtures import DEPOT, depot_briefing, harbour_briefing, harbour_text

from tui.briefing_index import BriefingIndex, Item, most_specific


@pytest.fixture
def depot() -> BriefingIndex:
    return BriefingIndex(depot_briefing(), DEPOT)


def test_only_speech_and_events_are_stepped_through_and_counted(depot):
    assert [i.id for i in depot.items["quote"]] == ["q2"]
    assert [i.id for i in depot.items["incident"]] == ["i1"]
    assert [i.id for i in depot.items["pattern"]] == ["p1"]
    assert (depot.count("quote"), depot.count("incident")) == (1, 1)
    assert depot.quote_counts["a2"] == 1


def test_every_quote_mention_and_pattern_is_highlighted_in_its_own_style(depot):
    styles = {(DEPOT[h.start : h.end], h.style) for h in depot.highlights}
    assert ('"so-called leak"', "term") in styles and ('"Quiet Borders"', "term") in styles
    assert ('"We will publish the findings."', "quote") in styles
    assert ("that the blast was an attack planned by a foreign group", "negated") in styles
    assert sum(1 for h in depot.highlights if h.style == "incident") == 4  # every mention
    assert ("a wider campaign of sabotage across the region", "pattern") in styles


def test_an_events_mentions_in_document_order(depot):
    spans = [DEPOT[i.start : i.end] for i in depot.incident_mentions("i1")]
    assert spans == ["the blast", spans[1], "The explosion", "the blast"]
    assert spans[1].startswith("A blast at the fuel depot")
    assert depot.incident_mentions("nope") == []


def test_a_side_holds_everyone_affiliated_with_it(depot):
    assert depot.side("a1") == {"a1", "a2"}
    assert depot.side("a2") == {"a2"}
    kind, items = depot.speaker_items("a1")
    assert (kind, [i.id for i in items]) == ("quote", ["q2"])
    kind, items = depot.speaker_items("a3")  # says nothing: its mentions
    assert kind == "mention" and items[0].id == "a3"


def test_affiliations_that_go_round_in_circles_end(depot):
    from dataclasses import replace

    briefing = depot_briefing()
    looped = replace(
        briefing,
        actors=tuple(replace(a, affiliation="a2") if a.id == "a1" else a for a in briefing.actors),
    )
    index = BriefingIndex(looped, DEPOT)
    assert index.side("a1") == {"a1", "a2"} and index.side("a2") == {"a1", "a2"}


def test_the_source_of_a_statement_is_its_speakers_mention_there(depot):
    source = depot.source_of(depot.items["quote"][0])
    assert (source.kind, source.id, DEPOT[source.start : source.end]) == (
        "mention",
        "a2",
        "Lena Vogt",
    )
    assert depot.source_of(depot.item_for("quote", "q1")) is None  # a term has no speaker
    assert depot.source_of(None) is None


@pytest.mark.parametrize(
    ("part", "kind", "record"),
    [
        ("Lena Vogt", "mention", "a2"),
        ("so-called", "quote", "q1"),
        ("publish", "quote", "q2"),
        ("foreign group", "claim", "c1"),
        ("The explosion", "incident", "i1"),
        ("campaign", "pattern", "p1"),
        ("Residents", None, None),
    ],
)
def test_a_click_means_the_most_specific_item(depot, part, kind, record):
    found = depot.at(DEPOT.index(part) + 1)
    assert (found.kind, found.id) == (kind, record) if kind else found is None


def test_hidden_layers_are_not_clicked(depot):
    offset = DEPOT.index("publish")
    assert depot.at(offset, {"actors", "claims"}) is None


def test_most_specific_prefers_the_higher_kind_then_the_shorter():
    long_quote = Item("quote", "q1", 0, 100)
    short_quote = Item("quote", "q2", 10, 20)
    claim = Item("claim", "c1", 0, 5)
    assert most_specific([claim, long_quote]) is long_quote
    assert most_specific([long_quote, short_quote]) is short_quote
    assert most_specific([]) is None


def test_a_briefing_from_before_the_new_fields_still_reads():
    text = harbour_text()
    index = BriefingIndex(harbour_briefing(text), text)
    assert index.count("quote") == 3 and index.count("incident") == 2
    assert [len(index.incident_mentions(i)) for i in ("i1", "i2")] == [1, 1]
