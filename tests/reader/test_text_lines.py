"""Wrapping an article into screen lines, as offsets into its text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.text_lines import cell_to_index, paragraphs, wrap

HAND_WRAPPED = (
    "A paragraph that was wrapped by hand at a width of about fifty\n"
    "characters, like old mail.\n\n"
    "Another paragraph that was wrapped by hand at that\n"
    "width.\nShort line.\n\n# Heading\n- item\n"
)


def lines(text: str, width: int) -> list[str]:
    paras, flow = paragraphs(text)
    wrapped = wrap(flow, paras, width)
    return [flow[a:b] for a, b in zip(wrapped.starts, wrapped.ends, strict=True)]


@pytest.mark.parametrize(
    ("text", "width", "shown"),
    [
        # one paragraph per line, a blank line between
        (
            "First paragraph is here.\nSecond one.\n\n\nThird.\n",
            40,
            ["First paragraph is here.", "", "Second one.", "", "Third."],
        ),
        # hard-wrapped paragraphs are rejoined; short lines and Markdown blocks stay
        (
            HAND_WRAPPED,
            100,
            [
                "A paragraph that was wrapped by hand at a width of about fifty characters, "
                "like old mail.",
                "",
                "Another paragraph that was wrapped by hand at that width.",
                "",
                "Short line.",
                "",
                "# Heading",
                "",
                "- item",
            ],
        ),
        ("x" * 50, 20, ["x" * 20, "x" * 20, "x" * 10]),  # a word longer than a line is cut
        (
            "漢字" * 10,
            10,
            ["漢字漢字漢", "字漢字漢字", "漢字漢字漢", "字漢字漢字"],
        ),  # two cells each
        ("the quick brown fox jumps", 10, ["the quick", "brown fox", "jumps"]),
    ],
)
def test_wrapping(text, width, shown):
    assert lines(text, width) == shown


@given(
    st.text(alphabet=st.sampled_from("ab c\n漢é"), max_size=300),
    st.integers(min_value=8, max_value=40),
)
def test_every_character_is_on_the_line_that_shows_it(text, width):
    paras, flow = paragraphs(text)
    wrapped = wrap(flow, paras, width)
    assert len(flow) == len(text)
    for offset, char in enumerate(text):
        if char not in " \n":
            line = wrapped.line_of(offset)
            assert wrapped.starts[line] <= offset < wrapped.ends[line]


def test_a_300000_character_line_wraps_whole():
    text = ("word " * 60_000).strip()
    shown = lines(text, 80)
    assert all(len(line) <= 80 for line in shown)
    assert " ".join(shown) == text


@pytest.mark.parametrize(
    ("line", "cell", "index"), [("ab漢c", 3, 2), ("ab漢c", 4, 3), ("abc", 10, 3)]
)
def test_cell_to_index_with_wide_characters(line, cell, index):
    assert cell_to_index(line, cell) == index
