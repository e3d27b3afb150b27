"""How a line of the article is styled: runs of text with the styles that
cover them, weakest first; what a Markdown article hides."""

from __future__ import annotations

import pytest

from tui.article_styles import ordered, runs, visible_pieces


@pytest.mark.parametrize(
    ("names", "weakest_first"),
    [
        # outer "a top NATO official" (group) first, inner "NATO" after: inner wins
        (["group", "organization", "quote"], ["group", "organization", "quote"]),
        (["organization", "group", "group"], ["organization", "group"]),
        # the current item and search matches paint over annotations
        (["current", "quote", "person"], ["person", "quote", "current"]),
        (["match-current", "selection", "claim"], ["claim", "match-current", "selection"]),
        # quoted terms rank as quotes, negated claims as claims, patterns under incidents
        (["term", "negated", "pattern", "incident"], ["pattern", "incident", "negated", "term"]),
        (["speaker", "person"], ["person", "speaker"]),
    ],
)
def test_styles_are_painted_weakest_first(names, weakest_first):
    assert ordered(names) == weakest_first


def test_a_line_is_cut_at_every_edge_of_a_mark():
    marks = [(5, 15, "quote"), (8, 10, "person"), (0, 30, "claim")]
    assert runs(0, 20, marks) == [
        (0, 5, ["claim"]),
        (5, 8, ["claim", "quote"]),
        (8, 10, ["person", "claim", "quote"]),
        (10, 15, ["claim", "quote"]),
        (15, 20, ["claim"]),
    ]
    assert runs(3, 9, []) == [(3, 9, [])]


@pytest.mark.parametrize(
    ("start", "end", "hidden", "pieces"),
    [
        (0, 10, [], [(0, 10)]),
        (0, 10, [(0, 2)], [(2, 10)]),
        (0, 10, [(2, 4), (6, 7)], [(0, 2), (4, 6), (7, 10)]),
        (5, 10, [(0, 6), (9, 12)], [(6, 9)]),
        (0, 4, [(0, 4)], []),
    ],
)
def test_hidden_markers_are_left_out_of_a_line(start, end, hidden, pieces):
    assert visible_pieces(start, end, hidden) == pieces
