"""Attribution: the cue, source and content of quotes and reported speech.

Two passes over one parsed `Doc`, both local to the cues and quotes found:
`reporting.find_cues` reads the reporting cues off the parse (their sources
from `sources`), `quote_frames` adds the phrases that attribute quotations
("the mayor's claim that “…”", "rated it as “…”"), then
`speakers.speaker_cue` gives each quotation the cue it belongs to, if any, and
`quote_kinds` says whether it is speech, a term or a title.

A cue's content that is only quotation becomes just the quote(s); content
beyond the quotation marks becomes a claim as well, negated when the cue is.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from annotate.parse_spans import CharSpan, QuoteTokens, doc_text, token_range
from annotate.quote_frames import find_frames
from annotate.quote_kinds import quote_kind
from annotate.reporting import ReportingCue, find_cues, token_of
from annotate.speakers import REACH, joined, speaker_cue


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution found in a doc, in character offsets of `doc.text`."""

    content: CharSpan
    source: CharSpan | None = None
    cue: CharSpan | None = None
    cue_class: str = "say"
    quoted: bool = False  # the content is exactly a quotation (marks included)
    polarity: str = "affirmed"  # "negated": the source did *not* say it
    kind: str = "speech"  # of a quotation: "speech", "term" or "title"


def find_attributions(doc: Doc, quotes: list[CharSpan], reach: int = REACH) -> list[Attribution]:
    """Quotes (attributed where the text says who) and claims of `doc`.
    `reach` is how many tokens from a quotation a cue whose content holds it
    may be."""
    text = doc_text(doc)
    quote_tokens = [token_range(doc, span) for span in quotes]
    inside = QuoteTokens(quote_tokens)
    cues = find_cues(doc, inside)
    if quotes:
        frames = find_frames(doc, quote_tokens, inside, cues)
        if frames:
            cues = sorted([*cues, *frames], key=token_of)
    owners = _owners(doc, text, quotes, quote_tokens, cues, reach)
    out: list[Attribution] = []
    for span, (owner, kind) in zip(quotes, owners, strict=True):
        if owner is None:
            out.append(Attribution(content=span, quoted=True, kind=kind))
        else:
            out.append(Attribution(span, owner.source, owner.cue, owner.cls, quoted=True))
    reporting = [c for c in cues if c.content is not None and not c.quotes_only]
    for cue in reporting:
        if _reported_within(cue, reporting):
            continue
        start, end = _with_whole_quotes(text, cue.content, quotes)
        if _only_quotation(text, start, end, quotes):
            continue
        polarity = "negated" if cue.negated else "affirmed"
        out.append(Attribution((start, end), cue.source, cue.cue, cue.cls, False, polarity))
    out.sort(key=lambda a: (a.content, not a.quoted))
    return out


def _owners(
    doc: Doc,
    text: str,
    quotes: list[CharSpan],
    quote_tokens: list[tuple[int, int]],
    cues: list[ReportingCue],
    reach: int,
) -> list[tuple[ReportingCue | None, str]]:
    """Each quotation's cue (None: the text names no speaker) and kind."""
    owners: list[tuple[ReportingCue | None, str]] = []
    previous: tuple[int, ReportingCue | None] | None = None  # last speech and its cue
    for q, (span, (first, last)) in enumerate(zip(quotes, quote_tokens, strict=True)):
        owner = speaker_cue(doc, text, span, first, last, cues, previous, quotes, reach)
        kind = quote_kind(text, span, owner is not None)
        if kind != "speech":  # a title is nobody's words; a term had no owner
            owner = None
        else:
            previous = (q, owner)
        owners.append((owner, kind))
    for q in range(len(quotes) - 2, -1, -1):  # "“maybe” and “perhaps”, he said"
        owner, kind = owners[q]
        following = owners[q + 1][0]
        if owner is None and kind != "title" and following is not None:
            if joined(text, quotes[q][1], quotes[q + 1][0]):
                owners[q] = (following, "speech")
    return owners


def _reported_within(cue: ReportingCue, cues: list[ReportingCue]) -> bool:
    """ "X said he suspected that Y": an affirmed report inside another's
    content is part of that statement (the outer report keeps the whole
    clause), so it is not a second claim."""
    assert cue.content is not None
    if cue.negated:
        return False  # "He didn't suggest it, the aide said": its polarity is the news
    c_start, c_end = cue.content
    for outer in cues:
        if outer is cue or outer.content is None:
            continue
        o_start, o_end = outer.content
        if not (o_start <= cue.cue[0] and cue.cue[1] <= o_end):
            continue
        if (
            o_start <= c_start
            and c_end <= o_end
            and (outer.content != cue.content or outer.token < cue.token)
        ):
            return True
    return False


def _with_whole_quotes(text: str, content: CharSpan, quotes: list[CharSpan]) -> CharSpan:
    """Content extended to the end of a quotation it starts but cuts short
    (the parser hangs closing marks on the main verb), within its paragraph."""
    start, end = content
    k = bisect_right(quotes, (end, end))
    for q_start, q_end in quotes[max(0, k - 3) : k]:
        if start <= q_start < end < q_end and "\n" not in text[end:q_end]:
            end = q_end
    return start, end


def _only_quotation(text: str, start: int, end: int, quotes: list[CharSpan]) -> bool:
    """Whether text[start:end] is quotation apart from punctuation, "that" and spaces."""
    pos = start
    rest = []
    for q_start, q_end in quotes:
        if q_end <= start or q_start >= end:
            continue
        rest.append(text[pos:q_start])
        pos = max(pos, q_end)
    if not rest:
        return False
    rest.append(text[pos:end])
    leftover = "".join(rest)
    words = [w for w in leftover.replace(",", " ").split() if any(ch.isalnum() for ch in w)]
    return all(w.lower() in ("that", "and", "but") for w in words)
