"""Wrapping an article into screen lines, as offsets into its text."""

from __future__ import annotations

from tui.text_lines import cell_to_index, paragraphs, wrap


def lines(text: str, width: int) -> list[str]:
    paras, flow = paragraphs(text)
    wrapped = wrap(flow, paras, width)
    return [flow[a:b] for a, b in zip(wrapped.starts, wrapped.ends, strict=True)]


def test_one_paragraph_per_line_with_a_blank_line_between():
    text = "First paragraph is here.\nSecond one.\n\n\nThird.\n"
    assert lines(text, 40) == ["First paragraph is here.", "", "Second one.", "", "Third."]


def test_hard_wrapped_paragraphs_are_rejoined():
    text = (
        "A paragraph that was wrapped by hand at a width of about fifty\n"
        "characters, like old mail.\n\n"
        "Another paragraph that was wrapped by hand at that\n"
        "width.\nShort line.\n\n# Heading\n- item\n"
    )
    assert lines(text, 100) == [
        "A paragraph that was wrapped by hand at a width of about fifty characters, like old mail.",
        "",
        "Another paragraph that was wrapped by hand at that width.",
        "",
        "Short line.",
        "",
        "# Heading",
        "",
        "- item",
    ]


def test_lines_break_at_spaces_within_the_width():
    text = "the quick brown fox jumps over the lazy dog " * 5
    for line in lines(text, 20):
        assert len(line) <= 20
    assert " ".join(lines(text, 20)) == " ".join(text.split())


def test_words_longer_than_a_line_are_cut():
    assert lines("x" * 50, 20) == ["x" * 20, "x" * 20, "x" * 10]


def test_wide_characters_count_two_cells():
    wrapped = lines("漢字" * 20, 10)
    assert all(len(line) <= 5 for line in wrapped)
    assert "".join(wrapped) == "漢字" * 20


def test_offsets_map_back_to_lines():
    text = "One two three four five six seven eight nine ten.\nNext paragraph.\n"
    paras, flow = paragraphs(text)
    wrapped = wrap(flow, paras, 12)
    for offset, char in enumerate(text):
        if char not in " \n":
            line = wrapped.line_of(offset)
            assert wrapped.starts[line] <= offset < wrapped.ends[line]


def test_cell_to_index_with_wide_characters():
    assert cell_to_index("ab漢c", 3) == 2
    assert cell_to_index("ab漢c", 4) == 3
    assert cell_to_index("abc", 10) == 3


def test_a_very_long_line_wraps_fast_enough_to_open():
    import time

    text = ("word " * 60_000).strip()  # one line of 300,000 characters
    started = time.perf_counter()
    paras, flow = paragraphs(text)
    wrapped = wrap(flow, paras, 80)
    assert len(wrapped) >= 300_000 // 80
    assert time.perf_counter() - started < 5  # generous: it takes milliseconds
