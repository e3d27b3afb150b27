"""Stepping through items and finding text, as pure functions."""

from __future__ import annotations

import pytest

from tui.briefing_index import Item
from tui.navigation import next_of, step, step_from
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
