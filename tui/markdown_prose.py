"""A Markdown article read as prose: emphasis applied, markers hidden.

Every record and note refers to offsets in the article's text, so nothing
is removed from it: this finds the marker characters to *hide* when drawing
(`#` of headings, `**`, `_`, backticks, link targets, backslash escapes)
and the stretches to style (bold, italic, code, link text). The article
view skips hidden characters as it draws and wraps, so offsets stay the
same for notes, clicks and selections.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

_HEADING = re.compile(r"^([ \t]{0,3}#{1,6}[ \t]+)(.*?)([ \t]+#+[ \t]*)?$", re.MULTILINE)
_CODE = re.compile(r"(`+)(?=\S)(.+?)(?<=\S)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])(\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
_LINK = re.compile(r"(!?\[)([^\]\n]+)(\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\))")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!])")


@dataclass(frozen=True, slots=True)
class Prose:
    """Characters not to draw, and (start, end, style) stretches to style
    ("bold", "italic", "code", "link"), all as offsets into the text."""

    hidden: list[tuple[int, int]] = field(default_factory=list)
    styles: list[tuple[int, int, str]] = field(default_factory=list)


def is_markdown(path: Path | None, text: str) -> bool:
    """A Markdown file by its name, or text whose first line is an ATX heading."""
    if path is not None and path.suffix.lower() in MARKDOWN_SUFFIXES:
        return True
    first = text.lstrip("\n").split("\n", 1)[0]
    return bool(re.match(r"[ \t]{0,3}#{1,6}[ \t]+\S", first))


def prose(text: str) -> Prose:
    """The markers and emphasis of a Markdown text. Inline code and link
    targets come first (what is inside them is not emphasis), and an
    escaped character (`\\*`) is text, never a marker."""
    hidden: list[tuple[int, int]] = []
    styles: list[tuple[int, int, str]] = []
    literal: list[tuple[int, int]] = []  # code, link targets: no markup inside
    markers: list[tuple[int, int]] = []  # emphasis markers already used
    escaped = [(m.end(), m.end() + 1) for m in _ESCAPE.finditer(text)]

    def clear(start: int, end: int, *taken: list[tuple[int, int]]) -> bool:
        return not any(a < end and start < b for spans in taken for a, b in spans)

    for match in _HEADING.finditer(text):
        hidden.append(match.span(1))
        if match.group(3):
            hidden.append(match.span(3))
    for match in _CODE.finditer(text):
        marks = len(match.group(1))
        hidden += [(match.start(), match.start() + marks), (match.end() - marks, match.end())]
        styles.append((match.start(2), match.end(2), "code"))
        literal.append(match.span())
    for match in _LINK.finditer(text):
        if clear(*match.span(), literal):
            hidden += [match.span(1), match.span(3)]
            styles.append((match.start(2), match.end(2), "link"))
            literal.append(match.span(3))
    for regex, style in ((_STRONG, "bold"), (_EMPHASIS, "italic")):
        for match in regex.finditer(text):
            if "\n\n" in match.group(2) or not clear(*match.span(), literal, markers, escaped):
                continue
            marks = len(match.group(1))
            pair = [(match.start(), match.start() + marks), (match.end() - marks, match.end())]
            hidden += pair
            markers += pair
            styles.append((match.start(2), match.end(2), style))
    for match in _ESCAPE.finditer(text):
        if clear(*match.span(), literal):
            hidden.append(match.span())
    return Prose(sorted(set(hidden)), sorted(styles))


def plain(text: str) -> str:
    """`text` as read: its Markdown markers left out (a heading's title
    "Port *attack* claims" shows as "Port attack claims")."""
    pieces, last = [], 0
    for start, end in prose(text).hidden:
        pieces.append(text[last : max(start, last)])
        last = max(end, last)
    return "".join(pieces) + text[last:]


def zero_width_flow(flow: str, hidden: list[tuple[int, int]]) -> str:
    """`flow` with the hidden characters as zero-width spaces (same length):
    what wrapping and clicks measure, so hidden markers take no room."""
    if not hidden:
        return flow
    pieces: list[str] = []
    last = 0
    for start, end in hidden:
        start = max(start, last)
        if end <= start:
            continue
        pieces += [flow[last:start], "\u200b" * (end - start)]
        last = end
    pieces.append(flow[last:])
    return "".join(pieces)
