"""A newsletter's heading over the item it heads (round 21): "FINLAND –
Ferry cable cut" on a line of its own, then the paragraph that tells the
cut. The heading is a mention of the event its paragraph tells first, even
when the two words give different kinds ("cable cut" over "the cable
stopped working"); a heading with no event told under it stays as it is.
A heading is a short line between blank lines with no full stop, and never a
list item or a table row; its item is the prose paragraph right under it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from annotate.incident_mention import Event, Mention
from annotate.parse_spans import doc_text

_MAX_WORDS = 12  # a heading, not a sentence that lost its full stop
_LIST_MARK = re.compile(r"\s*(?:[-–—*•·▪►]|\d+[.)]|[a-z][.)])\s")


def _line(doc: Doc, token: Token) -> tuple[int, int]:
    """The character bounds of the token's line."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    return start, len(text) if end < 0 else end


def _heading(m: Mention) -> tuple[int, int] | None:
    """The bounds of the mention's line, when that line is a heading in the
    body: short, standing alone between blank lines or line breaks, with no
    full stop at its end."""
    if m.headline:
        return None
    doc = m.head.doc
    start, end = _line(doc, m.head)
    line = doc_text(doc)[start:end].strip()
    if not line or line[-1] in ".!?\"”'" or len(line.split()) > _MAX_WORDS:
        return None
    if start == 0:
        return None  # the article's own first line is its headline
    if _LIST_MARK.match(line) or "|" in line or "\t" in line:
        return None  # a list item or a table row tells its own event
    text = doc_text(doc)
    if not (text[max(0, start - 2) : start] == "\n\n" and text[end : end + 2] == "\n\n"):
        return None  # a heading stands between blank lines
    return start, end


def _next_paragraph(doc: Doc, end: int) -> tuple[int, int] | None:
    """The prose paragraph right under a heading (never another heading)."""
    text = doc_text(doc)
    start = end
    while start < len(text) and text[start].isspace():
        start += 1
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    paragraph = text[start:stop].strip()
    if len(paragraph.split()) <= _MAX_WORDS or paragraph[-1] not in ".!?\"”'":
        return None
    return start, stop


def under_headings(events: list[Event]) -> list[Event]:
    """The events, each heading's own event joined to the first event told
    in the paragraph under it."""
    joined: set[int] = set()
    for event in events:
        bounds = [_heading(m) for m in event.mentions]
        if not bounds or any(b is None for b in bounds):
            continue  # only an event told by headings alone
        doc = event.mentions[0].head.doc
        below = _next_paragraph(doc, max(b[1] for b in bounds if b))
        if below is None:
            continue
        told = [
            e
            for e in events
            if e is not event
            and id(e) not in joined
            and any(below[0] <= x.start < below[1] and not x.headline for x in e.mentions)
        ]
        if not told:
            continue
        first = min(told, key=lambda e: min(x.start for x in e.mentions))
        for m in event.mentions:
            m.headline = True  # shorthand, as a headline is: the telling is the main mention
        first.mentions.extend(event.mentions)
        joined.add(id(event))
    return [e for e in events if id(e) not in joined]
