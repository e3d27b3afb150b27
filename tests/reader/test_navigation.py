"""Stepping through items and finding text, as pure functions."""

from __future__ import annotations

import pytest
from reader_fixtures import DEPOT, depot_briefing

from tui.briefing_index import LAYERS, BriefingIndex, Item
from tui.navigation import (
    Move,
    entry_key,
    follow_key,
    next_of,
    speaker_key,
    step,
    step_from,
    step_key,
)
from tui.search import find

QUOTES = [Item("quote", f"q{n}", start, start + 5) for n, start in enumerate((10, 40, 70), 1)]
CLAIM = Item("claim", "c1", 50, 60)


@pytest.mark.parametrize(
    ("current", "top", "forward", "target", "wrapped"),
    [
        (None, 0, True, "q1", False),  # from the top of the article
        (None, 30, True, "q2", False),  # from the top of the screen
        (None, 30, False, "q1", False),
        (None, 80, True, "q1", True),  # past the last: round to the first
        (None, 5, False, "q3", True),
        (QUOTES[0], 0, True, "q2", False),  # from the current quote
        (QUOTES[2], 0, True, "q1", True),
        (QUOTES[0], 0, False, "q3", True),
        (CLAIM, 0, True, "q3", False),  # from an item of another kind: the next after it
        (CLAIM, 0, False, "q2", False),
        (Item("quote", "q2", 40, 45), 99, True, "q3", False),  # the screen does not matter
    ],
)
def test_step_from(current, top, forward, target, wrapped):
    moved = step_from(QUOTES, current, top, forward)
    assert (moved.target.id, moved.wrapped) == (target, wrapped)


def test_nothing_to_step_through():
    assert step_from([], None, 0, True) is None
    assert step([], None, 0, True) is None


@pytest.mark.parametrize(
    ("current", "target", "number"),
    [
        (None, "q1", 1),
        (QUOTES[0], "q2", 2),
        (QUOTES[1], "q3", 3),
        (QUOTES[2], "q1", 1),
        (CLAIM, "q1", 1),
    ],
)
def test_enter_again_steps_through_an_entrys_items(current, target, number):
    found, place = next_of(QUOTES, current)
    assert (found.id, place) == (target, number)


TEXT = "Sabotage here. No sabotage there; SABOTAGE everywhere."


@pytest.mark.parametrize(
    ("query", "origin", "forward", "start", "number"),
    [
        ("sabotage", 0, True, 0, 1),
        ("sabotage", 1, True, 18, 2),  # case does not matter
        ("sabotage", 40, True, 0, 1),  # round the end
        ("sabotage", 30, False, 18, 2),
        ("sabotage", 0, False, 34, 3),  # round the start
        ("sabotage there;", 0, True, 18, 1),  # punctuation is literal
        ("[x]", 0, True, None, 0),
        ("", 0, True, None, 0),
    ],
)
def test_find(query, origin, forward, start, number):
    found = find(TEXT, query, origin, forward)
    if start is None:
        assert found is None
        return
    assert (found.start, found.number, found.total) == (
        start,
        number,
        TEXT.lower().count(query.lower()),
    )
    assert TEXT[found.start : found.end].lower() == query.lower()


# -- the moving keys on a briefing -------------------------------------------------

DEPOT_INDEX = BriefingIndex(depot_briefing(), DEPOT)
ALL = frozenset(LAYERS)


def at(part: str) -> int:
    return DEPOT.index(part)


@pytest.mark.parametrize(
    ("kind", "layers", "following", "target", "said"),
    [
        ("quote", ALL, None, "q2", ""),
        ("quote", ALL - {"quotes"}, None, None, "Quotes are hidden: 2 shows them again."),
        ("incident", ALL - {"incidents"}, None, None, "Incidents are hidden: 4 shows them again."),
        ("quote", ALL, "a1", "q2", ""),  # the ministry's side: its spokeswoman
        ("quote", ALL, "a4", "c2", ""),  # the police say nothing quoted: their claims
        ("claim", ALL, None, "c1", ""),
    ],
)
def test_step_key(kind, layers, following, target, said):
    move = step_key(
        DEPOT_INDEX, kind, True, layers=layers, following=following, current=None, top=0
    )
    assert (move.target.id if move.target else None, move.said) == (target, said)


def test_step_key_says_when_there_is_nothing_or_it_wrapped():
    from dataclasses import replace

    empty = BriefingIndex(replace(depot_briefing(), claims=()), DEPOT)
    move = step_key(empty, "claim", True, layers=ALL, following=None, current=None, top=0)
    assert move == (Move(None, "No claims in this article."))
    last = DEPOT_INDEX.items["claim"][-1]
    move = step_key(DEPOT_INDEX, "claim", True, layers=ALL, following=None, current=last, top=0)
    assert (move.target.id, move.said) == ("c1", "Wrapped around to the first claim.")


def test_speaker_key_goes_to_the_speaker_and_back():
    quote = DEPOT_INDEX.items["quote"][0]
    there = speaker_key(DEPOT_INDEX, quote, None)
    assert (
        DEPOT[there.target.start : there.target.end] == "Lena Vogt" and "w goes back" in there.said
    )
    assert speaker_key(DEPOT_INDEX, there.target, quote).target == quote
    term = DEPOT_INDEX.item_for("quote", "q1")
    assert speaker_key(DEPOT_INDEX, term, None).said == "No speaker was found for this one."
    assert "first" in speaker_key(DEPOT_INDEX, None, None).said


def test_entry_key_steps_through_an_events_mentions():
    first = entry_key(DEPOT_INDEX, "incident", "i1", None)
    assert (first.target.start, first.said) == (
        at("the blast"),
        "Mention 1 of 4: Enter again for the next.",
    )
    second = entry_key(DEPOT_INDEX, "incident", "i1", first.target)
    assert second.target.start == at("A blast at") and second.said.startswith("Mention 2 of 4")
    assert entry_key(DEPOT_INDEX, "quote", "q2", None).said == ""  # one place: nothing to say
    assert entry_key(DEPOT_INDEX, "quote", "nope", None).target is None


@pytest.mark.parametrize(
    ("chosen", "current", "following", "actor", "change"),
    [
        ("a1", None, None, "a1", True),  # picked in the Actors list
        (None, "q2", None, "a2", True),  # the current quote's speaker
        (None, "q2", "a2", None, True),  # again: stop
        (None, None, "a2", None, True),  # nothing at hand while following: stop
        (None, None, None, None, False),  # nothing at hand: say how
        ("a3", None, "a2", "a3", True),  # another actor: follow that one
    ],
)
def test_follow_key(chosen, current, following, actor, change):
    item = DEPOT_INDEX.item_for("quote", current) if current else None
    decided = follow_key(DEPOT_INDEX, chosen, item, following)
    assert (decided.actor, decided.change) == (actor, change)
