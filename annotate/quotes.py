"""Finding quotations by their marks: curly, straight, doubled apostrophes, single.

Quotation marks are characters, not syntax, so this is a scan of the text
(the tokenizer splits marks inconsistently and the parser ignores them); the
attribution component then links each span to the parse.

Conventions handled:
- curly “…”, straight "…" and the doubled apostrophes ''…'' of some
  archives; British single marks ‘…’ when a text uses no double marks at all
  (elsewhere single marks are nested quotes or headline scare quotes);
- the newspaper convention for a quote running over several paragraphs: the
  opening mark repeats at each new paragraph and only the last one closes.
  The whole run is one quotation;
- low-high „…“ (German) or „…” (Polish) and guillemets «…», so articles
  quoted in other languages' conventions are not mis-paired;
- a quotation left open at the end of a paragraph that does not continue is
  closed there (a missing closing mark is a typo, not a quote to the end);
- a curly quotation inside a curly one (“… what he calls “hell” than …”) is
  part of it when the paragraph holds closing marks for both;
- a closing mark typed for an opening one (”We …”) opens a quotation at a
  paragraph's start, or at a word's start when a closing mark follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_DOUBLE_MARK = re.compile(r"“|”|\"|„|«|»")
_SINGLE_MARK = re.compile(r"‘|’")
_HAS_DOUBLE = re.compile(r"[“”\"„«»]")
_PARAGRAPH = re.compile(r"[^\n]+")
_OPENERS = ("“", '"', "''", "‘")
# A transcript's speaker label opening a quotation: “PENCE: Well, …” (used by
# `speakers`; a transcript quoted paragraph by paragraph stays one quotation)
LABEL = re.compile(r"[“\"](?P<name>[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){0,2}):\s")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, marks included, in document order."""
    return [span for span, _ in _scan(text)]


def open_quote_at_paragraphs(text: str) -> set[int]:
    """Offsets of line starts (blank lines included) that lie outside every
    quotation, i.e. where a text may be cut without splitting a quote,
    including one that runs over several paragraphs."""
    inside = [(start, end) for (start, end), _ in _scan(text)]
    safe: set[int] = set()
    k = 0
    pos = 0
    for line in text.split("\n"):
        while k < len(inside) and inside[k][1] <= pos:
            k += 1
        if k == len(inside) or not inside[k][0] < pos:
            safe.add(pos)
        pos += len(line) + 1
    return safe


def _scan(text: str) -> Iterator[tuple[tuple[int, int], str]]:
    """(span, opening mark) of each quotation."""
    single = "‘" in text and not _HAS_DOUBLE.search(text)
    marks = _SINGLE_MARK if single else _DOUBLE_MARK
    paragraphs = [m.span() for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    start: int | None = None  # where the open quotation starts
    family = ""  # its opening mark
    resumed = -1  # the repeated opening mark of a paragraph that runs on
    for n, (p_start, p_end) in enumerate(paragraphs):
        nested = 0  # quotations open inside the open one: “… what he calls “hell” than …”
        for m in marks.finditer(text, p_start, p_end):
            mark, at = m.group(), m.start()
            if at == resumed:
                continue
            if start is None:
                if _opens(text, mark, at, m.end(), p_start, p_end):
                    start, family = at, mark
            elif nested and mark == "”":
                nested -= 1
            elif family == "“" and _nests(text, mark, at, m.end(), p_end, nested):
                nested += 1
            elif at > start and _closes(text, mark, family, at, m.end()):
                yield (start, m.end()), family
                start = None
        if start is None:
            continue
        following = paragraphs[n + 1][0] if n + 1 < len(paragraphs) else None
        if following is not None and text.startswith(_continuation(family), following):
            resumed = following
            continue  # the quotation runs on into the next paragraph
        end = p_end
        while end > start + 1 and text[end - 1].isspace():
            end -= 1
        yield (start, end), family
        start = None


def _continuation(family: str) -> str:
    return "‘" if family == "‘" else family if family in ('"', "''", "„", "«") else "“"


def _opens(
    text: str, mark: str, at: int, end: int, paragraph_start: int, paragraph_end: int
) -> bool:
    """A mark that can open a quotation here: an opening curly mark, or a
    symmetric one at the start of a word."""
    if mark in ("”", "’"):
        # a typo'd opener: a closing mark that starts a paragraph before a
        # word, or starts a word mid-paragraph with a closing mark after it
        if mark != "”" or not text[end : end + 1].isalnum():
            return False
        return at == paragraph_start or (
            text[at - 1] in " \t(" and _closer_ahead(text, end, paragraph_end, 1)
        )
    if mark in ("“", "„", "«"):
        return True
    if mark == "»":
        return False
    before = text[at - 1] if at > paragraph_start else " "
    after = text[end] if end < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _nests(text: str, mark: str, at: int, end: int, paragraph_end: int, nested: int) -> bool:
    """An opening curly mark at the start of a word inside an open curly
    quotation, with closing marks ahead in the paragraph for it and for every
    quotation still open: a quotation quoted inside another."""
    if mark != "“" or not text[at - 1 : at].isspace() or not text[end : end + 1].isalnum():
        return False
    return _closer_ahead(text, end, paragraph_end, nested + 2)


def _closer_ahead(text: str, start: int, end: int, count: int) -> bool:
    """Whether at least `count` closing curly marks ending a word lie in
    text[start:end]."""
    found = 0
    at = text.find("”", start, end)
    while at != -1:
        if not text[at + 1 : at + 2].isalnum():
            found += 1
            if found >= count:
                return True
        at = text.find("”", at + 1, end)
    return False


def _closes(text: str, mark: str, family: str, at: int, end: int) -> bool:
    """A mark that closes the open quotation opened with `family`."""
    after = text[end] if end < len(text) else " "
    if family in ("“", "”"):
        # also a straight or opening mark used as a closer: “…51 percent.“
        return mark == "”" or (
            mark in ('"', "“") and not after.isalnum() and not text[at - 1].isspace()
        )
    if family == "„":
        return mark in ("“", "”")
    if family == "«":
        return mark == "»"
    if family == '"' and mark == "”":
        return True  # a straight opener closed by a curly mark: "…,” she said
    if family == "‘":
        return mark == "’" and not after.isalnum() and not text[at - 1].isspace()
    return mark == family
