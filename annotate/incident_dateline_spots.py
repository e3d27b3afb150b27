"""Where a dateline may stand: above the body, never after it. A line that
is only a full date and a dash ("October 8, 2023 – The pipeline ...") is a
timeline's entry once running prose has been told above it, so the date is
that entry's, and the text before it is no dateline's.
"""

from __future__ import annotations

import re

_PROSE_WORDS = 12  # a headline or byline is shorter; a lead sentence is longer
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s*$")


def after_prose(text: str, at: int) -> bool:
    """Whether a line of running prose (a long line ending a sentence)
    stands before offset `at`."""
    for line in text[:at].splitlines():
        if len(line.split()) >= _PROSE_WORDS and _SENTENCE_END.search(line):
            return True
    return False


def bare(matched: str) -> bool:
    """Whether a dateline's match opens with its date, with no place or
    "Published" label before it ("October 8, 2023 –")."""
    first = matched.lstrip(" \t(")
    return bool(first) and (first[0].isdigit() or first[:3].lower() in _MONTH_STARTS)


_MONTH_STARTS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
