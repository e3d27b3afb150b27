"""The mark that opens an item of a list ("(b)", "2)", "iii.", "•", "-"):
the item's words, and its opening date, start after it. A numbered
sanctions listing or a timeline tells one event per item."""

from __future__ import annotations

import re

from spacy.tokens import Token

_BULLETS = frozenset("• · ◦ ▪ ‣ - – — *".split())
_LABEL = re.compile(r"^(?:\d{1,2}|[a-z]|[ivx]{1,4})$", re.IGNORECASE)


def after_list_mark(words: list[Token]) -> int:
    """How many of `words` (a sentence's, spaces left out) are its list mark."""
    if not words:
        return 0
    if words[0].text in _BULLETS:
        return 1
    opened = words[0].text == "("
    i = int(opened)
    if i + 1 >= len(words) or not _LABEL.match(words[i].text):
        return 0
    close = words[i + 1].text
    if close == ")" or (close == "." and not opened):
        return i + 2
    return 0
