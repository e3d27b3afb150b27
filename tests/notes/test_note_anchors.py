"""Re-anchoring notes by their W3C quote selector when the article changes."""

from __future__ import annotations

from tui.notes.anchors import CONTEXT, Anchor, anchor_at, reanchor

TEXT = (
    "The mayor said the fire was sabotage. Police denied it.\n"
    "Later the mayor said the fire was sabotage again, at a second briefing.\n"
)


def test_anchor_holds_both_selectors_with_bounded_context() -> None:
    start = TEXT.index("Police")
    anchor = anchor_at(TEXT, start, start + len("Police denied it."))
    assert anchor.exact == "Police denied it."
    assert anchor.prefix == TEXT[start - CONTEXT : start]
    assert anchor.suffix == TEXT[anchor.end : anchor.end + CONTEXT]
    assert anchor_at(TEXT, 0, 3).prefix == ""


def test_unchanged_text_keeps_the_same_place() -> None:
    second = TEXT.index("the fire was sabotage", 10)
    anchor = anchor_at(TEXT, second, second + 21)
    assert reanchor(TEXT, anchor) == anchor


def test_moved_passage_is_found_at_its_new_place() -> None:
    anchor = anchor_at(TEXT, TEXT.index("Police"), TEXT.index("Police") + 17)
    edited = "Breaking: a new first paragraph.\n\n" + TEXT
    moved = reanchor(edited, anchor)
    assert moved is not None
    assert edited[moved.start : moved.end] == "Police denied it."
    assert moved.start == anchor.start + len("Breaking: a new first paragraph.\n\n")


def test_repeated_quote_is_disambiguated_by_prefix_and_suffix() -> None:
    first = TEXT.index("the fire was sabotage")
    second = TEXT.index("the fire was sabotage", first + 1)
    anchor = anchor_at(TEXT, second, second + len("the fire was sabotage"))
    # Text inserted before both: the old offset now points nowhere useful,
    # and the first occurrence is nearer the old offset than the second.
    edited = TEXT.replace("Police denied it.", "Police denied it at length. " * 3)
    found = reanchor(edited, anchor)
    assert found is not None
    assert edited[found.end : found.end + 7] == " again,"


def test_nearest_occurrence_wins_when_context_is_equal() -> None:
    text = "x said yes. " * 5
    third = 31
    assert text[third : third + 3] == "yes"
    anchor = Anchor(third, third + 3, "yes")  # no context saved
    found = reanchor("ab" + text, anchor)
    assert found is not None and found.start == third + 2


def test_rewrapped_passage_matches_ignoring_whitespace() -> None:
    anchor = anchor_at(TEXT, TEXT.index("Later"), TEXT.index("again") + 5)
    edited = TEXT.replace("mayor said the fire", "mayor said\nthe  fire")
    found = reanchor(edited, anchor)
    assert found is not None
    assert found.exact == "Later the mayor said\nthe  fire was sabotage again"


def test_deleted_passage_is_orphaned() -> None:
    anchor = anchor_at(TEXT, TEXT.index("Police"), TEXT.index("Police") + 17)
    assert reanchor(TEXT.replace("Police denied it.", ""), anchor) is None
    assert reanchor(TEXT, Anchor(0, 0, "")) is None
