"""Layout decisions as pure functions: footer keys by rank, the header's
title and counts, the reading column."""

from __future__ import annotations

import pytest

from tui.layout import FooterEntry, fit_footer, header_line, text_columns

ENTRIES = [
    FooterEntry("n p", "Quotes", 2),
    FooterEntry("c C", "Claims", 4),
    FooterEntry("a", "Note", 3),
    FooterEntry("?", "Help", 1),
    FooterEntry("t", "Theme", 8),
    FooterEntry("q", "Quit", 1),
]


@pytest.mark.parametrize(
    ("width", "labels"),
    [
        (200, ["Quotes", "Claims", "Note", "Help", "Theme", "Quit"]),
        (50, ["Quotes", "Claims", "Note", "Help", "Quit"]),
        (36, ["Quotes", "Note", "Help", "Quit"]),
        (28, ["Quotes", "Help", "Quit"]),
        (20, ["Help", "Quit"]),
        (5, ["Help", "Quit"]),  # never dropped
    ],
)
def test_the_footer_drops_the_highest_ranks_first(width, labels):
    chosen = fit_footer(ENTRIES, width)
    assert [e.label for e in chosen] == labels
    assert width < 15 or sum(e.width for e in chosen) <= width


@pytest.mark.parametrize(
    ("title", "counts", "width", "shown_title", "shown_counts"),
    [
        ("Short title", "3 quotes · 2 claims", 60, "Short title", "3 quotes · 2 claims"),
        (
            "A very long title that goes on and on",
            "3 quotes · 2 claims",
            40,
            "A very long title…",
            "3 quotes · 2 claims",
        ),
        (
            "A very long title",
            "3 quotes · 2 claims · 1 incident · 4 actors",
            40,
            "A very long title",
            "3 quotes · 2 claims",
        ),
        ("Title", "", 20, "Title", ""),
    ],
)
def test_the_title_gives_way_to_the_counts(title, counts, width, shown_title, shown_counts):
    assert header_line(title, counts, width) == (shown_title, shown_counts)


@pytest.mark.parametrize(
    ("width", "text", "margin"), [(60, 56, 1), (80, 76, 1), (100, 88, 1), (200, 88, 55)]
)
def test_the_reading_column_is_at_most_88_wide_and_centred_when_wide(width, text, margin):
    assert text_columns(width) == (text, margin)


def test_wide_characters_count_as_two_cells():
    title, counts = header_line("東京の港で火災が発生した件について", "3 quotes", 30)
    from rich.cells import cell_len

    assert counts == "3 quotes" and title.endswith("…") and cell_len(title) <= 30 - 3 - 8
