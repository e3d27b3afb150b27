"""Cutting a long text into chunks the parser can take, never inside a quotation.

Where a quotation starts and ends is decided by the quote finder's own
scanner (`annotate.quotes`), so a chunk boundary and a quotation can never
disagree, whatever marks the text uses (“…”, "…", „…“, «…», quotes running
over paragraphs).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from annotate.quotes import find_quotes, open_quote_at_paragraphs

# Chunks stay well below spaCy's max_length: the parser's memory grows with
# the characters it holds at once (measured on 411k characters of PolNeAR dev:
# peak RSS 540 MB with 100k-character chunks, 345 MB with 50k, and no slower).
CHUNK_CHARS = 50_000

_SENTENCE_END = re.compile(r"[.!?…][”’\"')\]»“]*\s+")
_MAX_TRIES = 50  # sentence ends tried per cut before falling back to a space


def chunk_text(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """Split text into (offset, chunk) pieces of at most `limit` characters
    (default `CHUNK_CHARS`) whose concatenation is the text.

    Cuts fall at paragraph starts outside any quotation (including quotes
    that run over paragraphs); a stretch without one is cut after a sentence
    outside quotation marks, else at a space, and only text with no space at
    all is cut mid-word.
    """
    limit = max(1, limit or CHUNK_CHARS)
    if len(text) <= limit:
        return [(0, text)]
    safe = open_quote_at_paragraphs(text)
    quoted = _Quoted(text)
    chunks: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        cut = _best_cut(text, start, limit, safe, quoted)
        chunks.append((start, text[start:cut]))
        start = cut
    chunks.append((start, text[start:]))
    return chunks


class _Quoted:
    """Whether an offset lies inside a quotation, by bisection over the
    quote finder's spans (found once, and only if a sentence cut is needed)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] | None = None
        self.ends: list[int] = []

    def __call__(self, pos: int) -> bool:
        if self.starts is None:
            spans = find_quotes(self.text)
            self.starts, self.ends = [s for s, _ in spans], [e for _, e in spans]
        k = bisect_right(self.starts, pos - 1) - 1
        return k >= 0 and pos < self.ends[k]


def _best_cut(text: str, start: int, limit: int, safe: set[int], quoted: _Quoted) -> int:
    """Where the chunk starting at `start` should end (exclusive)."""
    window_end = start + limit
    pos = text.rfind("\n", start, window_end)
    while pos != -1:
        if pos + 1 in safe and pos + 1 > start:
            return pos + 1
        pos = text.rfind("\n", start, pos)
    floor = start + limit // 2  # don't make chunks much smaller than the limit
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, window_end)]
    for cut in reversed(ends[-_MAX_TRIES:]):
        if cut > start and not quoted(cut):
            return cut
    for sep in ("\n", " ", "\t"):
        pos = text.rfind(sep, floor, window_end)
        if pos != -1:
            return pos + 1
    return window_end
