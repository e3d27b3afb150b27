"""Datelines ("WARSAW —", "HELSINKI, Dec 28 (Reuters) -") that open an
article or each brief of a roundup: where a report was filed is never an
event's place, but a brief's own dateline places an event that names none,
and a roundup's briefs are told apart by them.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Token

_DASHES = frozenset({"—", "–", "-", "--"})
_DATELINE_REACH = 8  # tokens from a dateline's city to its dash ("HELSINKI, Dec 28 (Reuters) -")


def _paragraph_start(token: Token) -> Token:
    doc, i = token.doc, token.i
    while i > 0 and not (doc[i - 1].is_space and "\n" in doc[i - 1].text):
        i -= 1
    return doc[i]


def dateline_word(token: Token) -> bool:
    """A word of the city that opens a paragraph as its dateline ("WARSAW —")."""
    if not (token.is_alpha and token.text.isupper() and len(token.text) > 1):
        return False
    first = _paragraph_start(token)
    words = token.doc[first.i : token.i + 1]
    if not all(t.is_alpha and t.text.isupper() for t in words):
        return False
    after = token.doc[token.i + 1 : token.i + 1 + _DATELINE_REACH]
    return any(t.text in _DASHES for t in after)


def _dateline_starts(doc: Doc) -> list[int]:
    """Token indices of the paragraphs that open with a dateline, found from
    the whitespace tokens (no Token made for the others); once per doc."""
    starts = doc.user_data.get("briefing_dateline_starts")
    if starts is None:
        spaces = [i for i, s in enumerate(doc.to_array([IS_SPACE]).tolist()) if s]
        firsts = [0] + [i + 1 for i in spaces if i + 1 < len(doc) and "\n" in doc[i].text]
        starts = [i for i in firsts if doc[i].is_upper and dateline_word(doc[i])]
        doc.user_data["briefing_dateline_starts"] = starts
    return starts


def _datelines(doc: Doc) -> int:
    return len(_dateline_starts(doc))


def brief_of(token: Token) -> int:
    """Which brief of a roundup a word is in: the index of the dateline that
    opens its paragraph or the last one before it ("JONAVA, Lithuania — ..."),
    0 before the first; always 0 in an article with fewer than two datelines."""
    starts = _dateline_starts(token.doc)
    return bisect_right(starts, token.i) if len(starts) >= 2 else 0


def dateline_place(head: Token) -> str | None:
    """The city of a brief's own dateline, for an event that names no place:
    in a roundup of briefs ("JONAVA, Lithuania — Fire destroyed a
    warehouse"), or where the event is "in the city's 7th arrondissement"."""
    first = _paragraph_start(head)
    if not dateline_word(first):
        return None
    city = [t for t in head.doc[first.i : first.i + 4] if dateline_word(t)]
    # The article's own dateline is where the report was filed; a roundup's
    # later ones head briefs of their own.
    own = first.idx < head.doc.user_data.get("briefing_dateline_end", 0)
    opening = first.sent.start == head.sent.start and not own
    # "the city's 7th arrondissement", "the city centre"; not "the town of X"
    the_city = any(
        t.lower_ in ("city", "town")
        and t.i + 1 < len(t.doc)
        and (t.doc[t.i + 1].tag_ == "POS" or t.dep_ == "compound")
        for t in head.sent
    )
    if not ((opening and _datelines(head.doc) >= 2) or the_city):
        return None
    return " ".join(t.text.title() for t in city)


def dateline_cities(doc: Doc) -> frozenset[str]:
    """The cities the datelines name ("OSTEND, Belgium —" -> "ostend")."""
    cities = set()
    for start in _dateline_starts(doc):
        words = [t for t in doc[start : start + 4] if dateline_word(t)]
        cities.add(" ".join(t.lower_ for t in words))
    return frozenset(cities)
