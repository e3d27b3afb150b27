"""A Markdown article read as prose: markers hidden, emphasis applied,
the text (and every offset into it) unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.markdown_prose import is_markdown, prose, zero_width_flow


def shown(text: str) -> str:
    """The text without the hidden markers."""
    hidden = prose(text).hidden
    return "".join(ch for n, ch in enumerate(text) if not any(a <= n < b for a, b in hidden))


def styled(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], style) for a, b, style in prose(text).styles]


@pytest.mark.parametrize(
    ("text", "reads", "styles"),
    [
        ("# Harbour fire", "Harbour fire", []),
        ("## Closing words ##", "Closing words", []),
        (
            "It was **deliberate**, they said.",
            "It was deliberate, they said.",
            [("deliberate", "bold")],
        ),
        ("An __old__ habit", "An old habit", [("old", "bold")]),
        ("Not *quite* true", "Not quite true", [("quite", "italic")]),
        ("Not _quite_ true", "Not quite true", [("quite", "italic")]),
        ("snake_case_name stays", "snake_case_name stays", []),  # no emphasis inside words
        ("2 * 3 * 4 is maths", "2 * 3 * 4 is maths", []),
        ("Run `make *all*` now", "Run make *all* now", [("make *all*", "code")]),
        ("See [the report](https://x.org/r) here", "See the report here", [("the report", "link")]),
        ("A \\*literal\\* star", "A *literal* star", []),
        ("**bold** and *italic*", "bold and italic", [("bold", "bold"), ("italic", "italic")]),
    ],
)
def test_markers_are_hidden_and_emphasis_applied(text, reads, styles):
    assert shown(text) == reads
    assert sorted(styled(text)) == sorted(styles)


@pytest.mark.parametrize(
    ("name", "text", "markdown"),
    [
        ("a.md", "plain", True),
        ("a.MARKDOWN", "plain", True),
        ("a.txt", "# A heading\nbody", True),
        ("a.txt", "Plain headline\nbody", False),
        (None, "#hashtag is not a heading", False),
    ],
)
def test_what_counts_as_markdown(name, text, markdown):
    assert is_markdown(Path(name) if name else None, text) is markdown


@given(st.text(alphabet="ab *_`#[]()\\\n", max_size=60))
def test_hiding_never_moves_an_offset(text):
    found = prose(text)
    measured = zero_width_flow(text, found.hidden)
    assert len(measured) == len(text)
    for a, b in found.hidden:
        assert 0 <= a < b <= len(text)
        assert set(measured[a:b]) == {"\u200b"}
    for a, b, _ in found.styles:
        assert 0 <= a <= b <= len(text)
