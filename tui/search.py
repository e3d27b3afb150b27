"""Finding text in the article, as pure functions: a case-insensitive
literal search that wraps around the ends."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Found:
    """A match, its place among all matches (1-based) and how many there are."""

    start: int
    end: int
    number: int
    total: int

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def pattern(query: str) -> re.Pattern[str]:
    return re.compile(re.escape(query), re.IGNORECASE)


def find(text: str, query: str, origin: int, forward: bool = True) -> Found | None:
    """The first match at or after `origin` (forward), or the last one
    starting before it (backward), wrapping around; None when there is none."""
    if not query:
        return None
    found_pattern = pattern(query)
    match: re.Match[str] | None
    if forward:
        match = found_pattern.search(text, max(origin, 0)) or found_pattern.search(text)
    else:
        before = list(found_pattern.finditer(text, 0, max(origin, 0)))
        match = before[-1] if before else _last(found_pattern, text)
    if match is None:
        return None
    before = len(found_pattern.findall(text, 0, match.start()))
    total = before + len(found_pattern.findall(text, match.start()))
    return Found(match.start(), match.end(), before + 1, total)


def _last(found_pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    every = list(found_pattern.finditer(text))
    return every[-1] if every else None
