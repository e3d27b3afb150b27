"""Making article text safe to put on a terminal, one character for one.

The engine's records carry offsets into the article text, so the text shown
must have exactly the same length: every unsafe character is *replaced*
by a harmless visible one, never removed. What counts as unsafe:

- C0 control characters (ESC shows as "␛", BEL as "␇", …: the Control
  Pictures block), DEL as "␡"; tab becomes a space, newline stays.
- C1 control characters (U+0080–U+009F, including the 8-bit CSI and OSC
  introducers) become U+FFFD.
- Bidirectional overrides, embeddings, isolates and marks become U+FFFD, so
  text cannot be reordered on screen.
- Zero-width and other invisible format characters become "·", so hidden
  content is visible and cell widths stay predictable; the soft hyphen
  becomes "-".
- Lone surrogates become U+FFFD.

An escape sequence thus shows literally ("␛[31m"), and cannot restyle the
screen, retitle the terminal (OSC 0) or write the clipboard (OSC 52).
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
INVISIBLE = "\u00b7"  # middle dot: stands in for zero-width characters

# Bidirectional formatting characters (Unicode TR9): marks, embeddings,
# overrides and isolates.
_BIDI = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]

# Every other format (Cf) character of Unicode 14 that is not bidi: zero-width
# spaces and joiners, word joiner, invisible operators, deprecated format
# characters, the BOM, interlinear annotation marks, tag characters, …
_FORMAT_RANGES: tuple[tuple[int, int], ...] = (
    (0x0600, 0x0605),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200D),
    (0x2060, 0x2064),
    (0x206A, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x13438),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in range(0x20):
        table[chr(code)] = chr(0x2400 + code)
    table["\t"] = " "
    del table["\n"]
    table["\x7f"] = "\u2421"
    for code in range(0x80, 0xA0):
        table[chr(code)] = REPLACEMENT
    for code in _BIDI:
        table[chr(code)] = REPLACEMENT
    for first, last in _FORMAT_RANGES:
        for code in range(first, last + 1):
            table[chr(code)] = INVISIBLE
    table["\u00ad"] = "-"
    # Line and paragraph separators would break lines on some terminals.
    table["\u2028"] = " "
    table["\u2029"] = " "
    return table


_REPLACE: dict[str, str] = _table()


def _pattern() -> re.Pattern[str]:
    """One character class of ranges (a class of single characters is ten
    times slower to scan a long article with)."""
    ranges: list[list[int]] = []
    for code in sorted(ord(ch) for ch in _REPLACE):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    parts = "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
    return re.compile(f"[{parts}\ud800-\udfff]")


_UNSAFE: re.Pattern[str] = _pattern()


def _replace(match: re.Match[str]) -> str:
    return _REPLACE.get(match.group(), REPLACEMENT)


def display_text(text: str) -> str:
    """The text as it may be shown: same length, every character harmless."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_replace, text)


def display_line(text: str) -> str:
    """Like `display_text`, for one-line places (titles, panel entries):
    newlines become spaces too."""
    return display_text(text).replace("\n", " ")
