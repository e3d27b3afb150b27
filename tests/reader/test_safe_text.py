"""Display sanitising keeps every offset and lets nothing reach the terminal
as a control: each unsafe character is replaced one for one by a visible,
harmless one."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from tui.safe_text import INVISIBLE, REPLACEMENT, display_line, display_text


def test_escape_sequences_become_visible_text_of_the_same_length():
    text = "a\x1b[31mred\x1b[0m \x1b]0;title\x07 \x1b]52;c;SGk=\x1b\\ \x9b2J"
    shown = display_text(text)
    assert len(shown) == len(text)
    assert shown == "a␛[31mred␛[0m ␛]0;title␇ ␛]52;c;SGk=␛\\ \ufffd2J"


@pytest.mark.parametrize("code", [c for c in range(0x20) if c != 0x0A])
def test_every_c0_control_is_replaced(code):
    shown = display_text(f"x{chr(code)}y")
    assert shown[1] == (" " if code == 0x09 else chr(0x2400 + code))


def test_del_and_c1_controls_are_replaced():
    assert display_text("\x7f") == "\u2421"
    assert all(display_text(chr(c)) == REPLACEMENT for c in range(0x80, 0xA0))


def test_newlines_stay_and_plain_text_is_untouched():
    text = "Line one “quoted” — ünïcödé 漢字 😀\nLine two [bold]x[/]"
    assert display_text(text) is text  # nothing to replace: no copy either


def test_bidi_controls_cannot_reorder_text():
    for code in [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]:
        assert display_text(chr(code)) == REPLACEMENT


def test_every_invisible_format_character_is_made_visible():
    format_chars = [
        chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"
    ]
    for char in format_chars:
        shown = display_text(char)
        assert len(shown) == 1 and unicodedata.category(shown) != "Cf", hex(ord(char))
    assert display_text("zero\u200bwidth") == f"zero{INVISIBLE}width"


def test_lone_surrogates_are_replaced():
    assert display_text("a\ud800b") == f"a{REPLACEMENT}b"


def test_display_line_also_flattens_newlines():
    assert display_line("two\nlines\x1b") == "two lines␛"
