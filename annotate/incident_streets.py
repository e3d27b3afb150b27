"""Streets told by a local abbreviation ("on ul. Lipowa", Polish "ulica"):
the street and its name are the place, however the tagger took the name
(a town, a person or nothing). The abbreviation is kept whole by the
tokenizer, so the sentence does not end at its full stop.
"""

from __future__ import annotations

from spacy.tokens import Token

# Abbreviations and words for "street" before a street's name.
STREET_WORDS = ("ul.", "ulica", "ulicy")


def street_at(token: Token) -> tuple[int, int] | None:
    """Token range of "ul. Kontenerowa" when `token` is the name's last word."""
    doc = token.doc
    if not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN", "ADJ"):
        return None
    if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper():
        return None  # "ul. Jana Pawła": the name goes on
    start = token.i
    while start > 0 and doc[start - 1].text[:1].isupper() and token.i - start < 3:
        start -= 1
    if start == 0 or doc[start - 1].lower_ not in STREET_WORDS:
        return None
    return start - 1, token.i + 1
