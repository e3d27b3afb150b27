"""Spans of a parsed `Doc` in characters: tokens inside quotation marks,
token and character ranges, trimmed edges, and the noun phrase of a head.

Shared by the cue finder (`reporting`), the source finder (`sources`) and the
quotation frames (`quote_frames`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection
from functools import lru_cache

import numpy
from spacy.attrs import IDX
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from annotate.cues import NOT_SOURCES

CharSpan = tuple[int, int]


WINDOW = 8  # tokens between a quotation and a cue outside it


# Right-hand dependents that end a source noun phrase.
_NOT_IN_SOURCE = frozenset("appos relcl acl advcl punct parataxis dep".split())


class QuoteTokens:
    """Which tokens lie inside a quotation (marks included), by bisection."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in ranges]
        self.ends = [e for _, e in ranges]

    def __call__(self, i: int) -> bool:
        k = bisect_right(self.starts, i) - 1
        return k >= 0 and i <= self.ends[k]


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per doc: spaCy joins every token anew on each
    access, and several components read it."""
    text = doc.user_data.get("briefing_text")
    if text is None:
        text = doc.user_data["briefing_text"] = doc.text
    return text


def span_text(span: Span) -> str:
    """`span.text`, sliced from the doc's text (spaCy joins a Token per word)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def tokens_with(doc: Doc, attr: int, words: Collection[str], *, lower: bool = False) -> list[Token]:
    """The tokens whose `attr` (`LOWER`, `LEMMA`, `POS` …) is one of `words`,
    in order; with `lower`, the attribute's string lowercased (a lemma
    "Attack" is "attack"). Found in a column of hashes, read once per doc
    (many rules ask), so that a Token is made only for a hit."""
    return [doc[i] for i in token_indexes(doc, attr, words, lower=lower)]


def token_indexes(doc: Doc, attr: int, words: Collection[str], *, lower: bool = False) -> list[int]:
    """The indexes of the tokens `tokens_with` gives, without making Tokens."""
    wanted = _sorted_ids(words if isinstance(words, frozenset) else frozenset(words))
    if not len(wanted):
        return []
    column = _column(doc, attr, lower)
    at = numpy.searchsorted(wanted, column)  # a sorted search beats numpy.isin here
    at[at == len(wanted)] = 0
    return numpy.flatnonzero(wanted[at] == column).tolist()


@lru_cache(maxsize=1024)
def _sorted_ids(words: frozenset[str]) -> numpy.ndarray:
    """The string ids (hashes, the same in every vocab) of a word list."""
    return numpy.array(sorted(get_string_id(w) for w in words), dtype=numpy.uint64)


def _column(doc: Doc, attr: int, lower: bool) -> numpy.ndarray:
    key = f"briefing_column_{attr}_{lower}"
    column = doc.user_data.get(key)
    if column is None or len(column) != len(doc):
        column = doc.to_array(attr)
        if lower:  # each distinct string lowercased once
            strings = doc.vocab.strings
            values, inverse = numpy.unique(column, return_inverse=True)
            lowered = [strings[strings[v].lower()] for v in values.tolist()]
            column = numpy.array(lowered, dtype=numpy.uint64)[inverse]
        doc.user_data[key] = column
    return column


def token_range(doc: Doc, span: CharSpan) -> tuple[int, int]:
    """First and last token index of a character span."""
    starts = token_starts(doc)
    first = max(0, bisect_right(starts, span[0]) - 1)
    last = max(first, bisect_left(starts, span[1]) - 1)
    return first, last


def token_starts(doc: Doc) -> list[int]:
    """Character offset of every token, cached on the doc."""
    cached = doc.user_data.get("briefing_token_starts")
    if cached is None or len(cached) != len(doc):
        cached = doc.to_array(IDX).tolist()  # without making a Token per word
        doc.user_data["briefing_token_starts"] = cached
    return cached


def chars(doc: Doc, first: int, last: int) -> CharSpan:
    """Character span of tokens first..last."""
    end = doc[last]
    return doc[first].idx, end.idx + len(end.text)


def trimmed(doc: Doc, first: int, last: int) -> CharSpan | None:
    """Character span of tokens first..last without edge punctuation (quote
    marks stay)."""
    while first <= last and (doc[first].is_punct or doc[first].is_space):
        if doc[first].is_quote and doc[first].text in "“\"'‘`":
            break
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        if doc[last].is_quote and doc[last].text in "”\"'’":
            break
        last -= 1
    if last < first:
        return None
    return chars(doc, first, last)


def noun_phrase(doc: Doc, head: Token) -> CharSpan | None:
    """The noun phrase headed by `head`, without appositions or relative clauses."""
    if head.lower_ in NOT_SOURCES:
        return None
    first = head.left_edge.i
    last = head.i
    for child in head.rights:
        if child.dep_ in _NOT_IN_SOURCE:
            break
        last = max(last, child.right_edge.i)
    for i in range(head.i, first - 1, -1):  # a phrase never spans paragraphs
        if "\n" in doc[i].text:
            first = i + 1
            break
    for i in range(head.i, last + 1):
        if "\n" in doc[i].text:
            last = i - 1
            break
    return trimmed(doc, first, last)


_NICKNAME_WORDS = 3


def nickname_at(doc: Doc, i: int) -> int | None:
    """The index of the closing mark when token `i` opens a nickname quoted
    between the words of a name (Mark “Tubs” Cullen, Joaquín "El Chapo"
    Guzmán), else None."""
    if not doc[i].is_quote or i == 0 or not doc[i - 1].is_title:
        return None
    for j in range(i + 1, min(len(doc) - 1, i + _NICKNAME_WORDS + 2)):
        token = doc[j]
        if token.is_quote:
            after = doc[j + 1]
            return j if j > i + 1 and after.is_title and after.pos_ == "PROPN" else None
        if not (token.is_title or token.is_upper) or not token.is_alpha:
            return None
    return None


def objects_of(word: Token) -> list[Token]:
    """What a word is of: the objects of its "of" phrase ("track" in "a
    section of track", "them" in "a third of them")."""
    return [
        g
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for g in prep.children
        if g.dep_ == "pobj"
    ]
