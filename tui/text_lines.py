"""Paragraphs and wrapped lines of an article, as offsets into its text.

The article view never copies the text into lines: it keeps, per screen
line, the (start, end) offsets of the text it shows. Wrapping runs once per
width and costs one `rfind` per line, so a 2.5 MB article wraps in a blink;
finding the line of an offset is a bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import get_character_cell_size

# Lines starting a Markdown block keep their own paragraph even when the
# article hard-wraps its paragraphs.
_BLOCK_START = re.compile(r"[ \t]{0,3}(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,3}[.)][ \t]|>)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")


# Characters that may not take exactly one terminal cell; each one found is
# measured, and paragraphs where all take one cell are wrapped by counting
# characters (a regex of all wide ranges is many times slower to scan).
_MAYBE_NOT_SINGLE = re.compile(r"[^\x20-\x7e\xa0-\u02ff]")
# Hard-wrapped text has lines of a wrapping width; an article with one
# paragraph per line has long ones (or very short ones: a list).
_HARD_WRAP_MIN = 40
_HARD_WRAP_MAX = 100


def all_single_cell(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether every character of text[start:end] takes one terminal cell."""
    end = len(text) if end is None else end
    for match in _MAYBE_NOT_SINGLE.finditer(text, start, end):
        if get_character_cell_size(match.group()) != 1:
            return False
    return True


def _wrap_guess(text: str) -> int:
    """The width an article was hard-wrapped at, or 0 when it was not: it has
    blank lines between paragraphs and its lines are of a typical wrapping
    width (most between 40 and 100 characters)."""
    if _BLANK_LINE.search(text) is None:
        return 0
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if not lengths:
        return 0
    typical = lengths[(len(lengths) * 9) // 10]
    return typical if _HARD_WRAP_MIN <= typical <= _HARD_WRAP_MAX else 0


def paragraphs(text: str) -> tuple[list[tuple[int, int]], str]:
    """The article's paragraphs as (start, end) offsets, and the text with
    the newlines *inside* paragraphs turned into spaces (same length).

    An article with blank lines between paragraphs is taken to hard-wrap
    them (its single newlines are soft, except before Markdown blocks); an
    article without blank lines has one paragraph per line.
    """
    guess = _wrap_guess(text)
    hard_wrapped = guess > 0
    prev_length = 0
    found: list[tuple[int, int]] = []
    soft: list[int] = []
    start = -1  # start of the open paragraph, -1 when none
    last_end = 0
    pos = 0
    size = len(text)
    while pos <= size:
        nl = text.find("\n", pos)
        end = size if nl == -1 else nl
        blank = text[pos:end].strip() == ""
        # A short line ends its paragraph even in hard-wrapped text.
        short_before = prev_length < guess * 0.6
        if blank or not hard_wrapped or short_before or _BLOCK_START.match(text, pos, end):
            if start != -1:
                found.append((start, last_end))
                start = -1
        elif start != -1:
            soft.append(pos - 1)
        if not blank:
            if start == -1:
                start = pos
            last_end = pos + len(text[pos:end].rstrip())
            if hard_wrapped and _HEADING.match(text, pos, end):
                found.append((start, end))
                start = -1
        prev_length = len(text[pos:end].rstrip())
        if nl == -1:
            break
        pos = nl + 1
    if start != -1:
        found.append((start, last_end))
    if not soft:
        return found, text
    pieces: list[str] = []
    prev = 0
    for at in soft:
        pieces.append(text[prev:at])
        pieces.append(" ")
        prev = at + 1
    pieces.append(text[prev:])
    return found, "".join(pieces)


@dataclass(frozen=True, slots=True)
class WrappedText:
    """Screen lines of an article at one width: line i shows
    `flow[starts[i]:ends[i]]`. A blank line between paragraphs has
    start == end (the offset of the break)."""

    width: int
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """The screen line showing `offset` (or the nearest before it)."""
        return max(0, bisect_right(self.starts, offset) - 1)


def wrap(flow: str, paras: list[tuple[int, int]], width: int) -> WrappedText:
    """Wrap paragraphs greedily at spaces to `width` cells, one blank line
    between paragraphs; words longer than a line are cut."""
    width = max(width, 8)
    starts: list[int] = []
    ends: list[int] = []
    for n, (a, b) in enumerate(paras):
        if n:
            starts.append(a - 1)
            ends.append(a - 1)
        if all_single_cell(flow, a, b):
            _wrap_narrow(flow, a, b, width, starts, ends)
        else:
            _wrap_cells(flow, a, b, width, starts, ends)
    if not starts:
        starts.append(0)
        ends.append(0)
    return WrappedText(width, starts, ends)


def _wrap_narrow(
    flow: str, pos: int, end: int, width: int, starts: list[int], ends: list[int]
) -> None:
    """Wrap text where every character takes one cell."""
    while end - pos > width:
        cut = flow.rfind(" ", pos + 1, pos + width + 1)
        if cut == -1:
            starts.append(pos)
            ends.append(pos + width)
            pos += width
            continue
        starts.append(pos)
        ends.append(cut)
        pos = cut + 1
        while pos < end and flow[pos] == " ":
            pos += 1
    if pos < end:
        starts.append(pos)
        ends.append(end)


def _wrap_cells(
    flow: str, pos: int, end: int, width: int, starts: list[int], ends: list[int]
) -> None:
    """Wrap text with wide or zero-width characters, counting cells."""
    while pos < end:
        cells = 0
        stop = pos
        last_space = -1
        while stop < end:
            size = get_character_cell_size(flow[stop])
            if cells + size > width:
                break
            if flow[stop] == " ":
                last_space = stop
            cells += size
            stop += 1
        if stop >= end:
            starts.append(pos)
            ends.append(end)
            return
        if flow[stop] == " ":
            last_space = stop
        if last_space > pos:
            starts.append(pos)
            ends.append(last_space)
            pos = last_space + 1
            while pos < end and flow[pos] == " ":
                pos += 1
        else:
            stop = max(stop, pos + 1)
            starts.append(pos)
            ends.append(stop)
            pos = stop


def cell_to_index(line: str, cell: int) -> int:
    """The index of the character under screen column `cell` of a line."""
    if all_single_cell(line):
        return min(max(cell, 0), len(line))
    cells = 0
    for index, char in enumerate(line):
        cells += get_character_cell_size(char)
        if cells > cell:
            return index
    return len(line)
