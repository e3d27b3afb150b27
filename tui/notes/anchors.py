"""Where a note points in its article, the way W3C Web Annotations do it.

An `Anchor` holds both selectors of the Web Annotation Data Model: a
TextPositionSelector (`start`, `end`) and a TextQuoteSelector (`exact`, with
`prefix` and `suffix` of up to `CONTEXT` characters). Positions are fast and
exact while the text is unchanged; the quote survives edits. `reanchor`
finds a passage again in a changed text, or says it is gone (the note is then
orphaned, never dropped).

Pure functions on strings: no storage, no UI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CONTEXT = 32  # characters of prefix and suffix kept with each quote
_LOOSE_LIMIT = 2000  # longest passage tried with whitespace-insensitive matching


@dataclass(frozen=True, slots=True)
class Anchor:
    """Both selectors of one passage: `text[start:end] == exact`."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


def anchor_at(text: str, start: int, end: int, context: int = CONTEXT) -> Anchor:
    """The anchor of `text[start:end]` (clamped to the text)."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return Anchor(
        start,
        end,
        text[start:end],
        text[max(0, start - context) : start],
        text[end : end + context],
    )


def reanchor(text: str, anchor: Anchor) -> Anchor | None:
    """The anchor's passage in `text` (perhaps an edited version of the text
    it was made on), with fresh selectors; None when the passage is gone.

    Every occurrence of the quote is a candidate; the one whose surroundings
    agree best with the saved prefix and suffix wins, and among equals the one
    nearest the old position. When the exact quote is not found, a match that
    differs only in whitespace (a re-wrapped paragraph) is accepted.
    """
    if not anchor.exact:
        return None
    spans = _exact_spans(text, anchor.exact)
    if not spans and len(anchor.exact) <= _LOOSE_LIMIT:
        spans = _loose_spans(text, anchor.exact)
    if not spans:
        return None
    start, end = max(spans, key=lambda span: _fitness(text, anchor, span))
    return anchor_at(text, start, end)


def _exact_spans(text: str, exact: str) -> list[tuple[int, int]]:
    spans = []
    at = text.find(exact)
    while at != -1:
        spans.append((at, at + len(exact)))
        at = text.find(exact, at + 1)
    return spans


def _loose_spans(text: str, exact: str) -> list[tuple[int, int]]:
    words = exact.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    return [found.span() for found in pattern.finditer(text)]


def _fitness(text: str, anchor: Anchor, span: tuple[int, int]) -> tuple[int, int]:
    """How well a candidate fits: matching context characters, then nearness."""
    start, end = span
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    score = _common_suffix(before, anchor.prefix) + _common_prefix(after, anchor.suffix)
    return score, -abs(start - anchor.start)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n
