"""Whose words a quotation is: the reporting cue it belongs to, if the text
says.

A quotation takes the cue whose content it lies in (a full quote introduced
by "She added:", a partial quote in reported speech), else the cue right
before it across a colon or right after it ("“…,” he said"), else, if it is
a whole sentence or paragraph of its own, the speaker of the quotation just
before it (a speaker's run of quoted paragraphs). Otherwise it has no
speaker: nobody is guessed. Words under a negated cue ("did not call it
“…”") are nobody's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from annotate.reporting import WINDOW, CharSpan, ReportingCue, token_of

# A quotation signed off with a dash and a name: “…” ― Pamela Padilla
_DASH_SIGNATURE = re.compile(
    r"[ \t]*(?P<dash>[―—–])[ \t]*(?P<name>[A-Z][\w.’'-]*(?:[ \t,]+[\w.’'()-]+){0,9}?)"
    r"[.,;]?[ \t]*(?:\n|$)"
)
REACH = 400  # tokens from a quotation to any cue whose content may hold it


def speaker_cue(
    doc: Doc,
    text: str,
    span: CharSpan,
    first: int,
    last: int,
    cues: list[ReportingCue],
    previous: tuple[int, ReportingCue | None] | None,
    quotes: list[CharSpan],
) -> ReportingCue | None:
    """The cue a quotation belongs to, or None when the text names no speaker."""
    start, end = span
    best: ReportingCue | None = None
    best_overlap = 0
    lo = bisect_left(cues, first - REACH, key=token_of)
    hi = bisect_right(cues, last + REACH, key=token_of)
    for cue in cues[lo:hi]:
        if cue.content is None:
            continue
        c_start, c_end = cue.content
        overlap = min(end, c_end) - max(start, c_start)
        if overlap > best_overlap or (overlap == best_overlap > 0 and cue.negated):
            best, best_overlap = cue, overlap
    if best is not None:
        # words under a negated cue ("did not call it “…”") are nobody's
        return None if best.negated else best
    signed = _DASH_SIGNATURE.match(text, end)
    if signed is not None:
        return ReportingCue(
            token=-1,
            cue=signed.span("dash"),
            cls="say",
            source=signed.span("name"),
            content=None,
            colon_after=None,
        )
    gap_before = text[:start].rstrip()
    for cue in reversed(cues):
        if cue.colon_after is not None and cue.colon_after <= start:
            if cue.colon_after >= len(gap_before) and not cue.negated:
                return cue
            break
    after = _cue_after(doc, last, cues)
    if after is not None:
        return after
    before = _cue_before(doc, first, cues)
    if before is not None:
        return before
    if previous is not None and previous[1] is not None:
        prev_start, prev_end = quotes[previous[0]]
        between = text[prev_end:start]
        standalone = not gap_before or gap_before[-1] in ".!?”\"'\n:"
        if (
            standalone
            and between.count("\n") <= 2
            and not any(prev_end <= c.cue[0] < start and c is not previous[1] for c in cues)
            and _sentence_has_no_cue(doc, first, last, cues, previous[1])
        ):
            return previous[1]
    return None


def _cue_after(doc: Doc, last: int, cues: list[ReportingCue]) -> ReportingCue | None:
    """A speech cue just after the quotation, in the same paragraph. A cue
    with content of its own qualifies only after a quotation ending in a
    comma ("“…,” he said on CBS's “Face the Nation.”")."""
    handed_on = any(doc[i].text == "," for i in (last - 1, last + 1) if 0 <= i < len(doc))
    limit = min(len(doc), last + 1 + WINDOW)
    for i in range(last + 1, limit):
        token = doc[i]
        if "\n" in token.text or (token.is_quote and token.text in "“\"'‘"):
            return None
        cue = _cue_at(cues, i)
        if cue is not None and (cue.content is None or handed_on):
            return None if cue.negated else cue
        if token.text in ".!?" and i > last + 1:
            return None
    return None


def _cue_before(doc: Doc, first: int, cues: list[ReportingCue]) -> ReportingCue | None:
    """A speech cue just before the quotation ("he said, “…”")."""
    for i in range(first - 1, max(-1, first - 1 - WINDOW), -1):
        token = doc[i]
        if "\n" in token.text or token.text in ".!?;" or token.is_quote:
            return None
        cue = _cue_at(cues, i)
        if cue is not None and cue.content is None:
            return None if cue.negated else cue
    return None


def _cue_at(cues: list[ReportingCue], i: int) -> ReportingCue | None:
    k = bisect_left(cues, i, key=token_of)
    return cues[k] if k < len(cues) and cues[k].token == i else None


def _sentence_has_no_cue(
    doc: Doc, first: int, last: int, cues: list[ReportingCue], allowed: ReportingCue
) -> bool:
    """Whether the quotation's own sentence(s), within its paragraph, hold no
    other cue. The parser often starts the next paragraph's sentence at a
    closing mark, so the sentence is cut at the paragraph break."""
    sent_first = doc[first].sent.start
    sent_last = doc[last].sent.end
    for i in range(last + 1, sent_last):
        if "\n" in doc[i].text:
            sent_last = i
            break
    for i in range(first - 1, sent_first - 1, -1):
        if "\n" in doc[i].text:
            sent_first = i + 1
            break
    return not any(sent_first <= c.token < sent_last and c is not allowed for c in cues)
