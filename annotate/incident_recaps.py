"""A closing summary ("That's all from us for today. Here's a summary:",
"16:00 Summary: A missile strike on Kyiv killed five ...", "If you're just
joining us: a missile strike on Kharkiv has killed seven") retells what a
live page told above it: a mention there of a kind already told is a
second telling, never an event of its own. It is left out rather than
joined: a summary's clipped words lend wrong facts ("Balloons from Belarus
forced Vilnius airport to close": the balloons as the culprit)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from annotate.incident_mention import Event, Mention
from annotate.parse_spans import doc_text

_MARKER = re.compile(
    r"(?im)^(?:summary|recap)\s*$|\b(?:summary|recap)\b[^.:\n]{0,40}:"
    r"|\bhere(?:'s|’s| is) (?:a|our|the) (?:summary|recap)\b|\bour summary of\b"
    r"|\b(?:in summary|to recap)\b|\bif you(?:'re|’re| are) just joining us\b"
)


def recapped(m: Mention, events: list[Event]) -> bool:
    """Whether `m` is in a page's closing summary that opens after an event
    of its type was told in the body (a summary that opens a page is its lead)."""
    marker = _marker_before(m.head.doc, m.start)
    return marker is not None and any(
        x.type == m.type and not x.headline and x.start < marker for e in events for x in e.mentions
    )


_STAMP = re.compile(r"(?m)^\s*\d{1,2}[:.]\d{2}\b")  # a live page's entry: "15:50"


def _marker_before(doc: Doc, start: int) -> int | None:
    """Where the summary marker before `start` is, if it is in the page's
    last entry (a recap amid a live page's entries may be the first telling)."""
    text = doc_text(doc)
    last_entry = max((x.start() for x in _STAMP.finditer(text)), default=0)
    found = [x.start() for x in _MARKER.finditer(text) if last_entry <= x.start() < start]
    return found[-1] if found else None
