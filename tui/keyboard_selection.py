"""Moving the end of a keyboard selection by words or lines (shift+arrows),
as a pure function of the text and its wrapped lines."""

from __future__ import annotations

import re

from tui.text_lines import WrappedText

_NEXT_WORD_END = re.compile(r"\W*\w+")
_WORD = re.compile(r"\w+")


def move_cursor(flow: str, lines: WrappedText, cursor: int, unit: str, step: int) -> int:
    """Where the selection's moving end goes from `cursor`: to the end of
    the next word (or back to the end of the word before, which undoes a
    step forward), or to the same column of the next (previous) line, the
    text's end (start) from the last (first) line."""
    size = len(flow)
    if unit == "word":
        if step > 0:
            found = _NEXT_WORD_END.search(flow, cursor)
            return found.end() if found else size
        window = max(0, cursor - 400)
        ends = [m.end() for m in _WORD.finditer(flow, window, cursor) if m.end() < cursor]
        return ends[-1] if ends else window
    line = lines.line_of(min(cursor, size - 1) if size else 0)
    column = cursor - lines.starts[line]
    target = min(max(line + step, 0), len(lines) - 1)
    if target == line:
        return size if step > 0 else 0
    return min(lines.starts[target] + column, lines.ends[target])
