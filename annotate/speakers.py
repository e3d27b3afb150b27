"""Whose words a quotation is: the reporting cue it belongs to, if the text
says. The rules, in the order they are tried:

0. a transcript's speaker label opening it ("“PENCE: Well, …”"), when the
   text names that person in full; other capitals ("“UPDATE: …”") name no one;
1. the cue whose content holds it (a partial quote in reported speech, a
   full quote after "She added:"; of two alike, the outer report, unless the
   inner is a reporting noun with its owner: "rejected the mayor's claim
   that “…”", or a speech cue inside a characterisation: "invoked the story
   his father told, “…”"), or whose content it carries on ("demanded that
   they “…”");
2. a dash signature ("“…” ― Pamela Padilla");
3. the cue of the quotation before it, when only that cue's clause or an
   "and" stands between ("“A,” he said, “B.”", "“reckless” and “cruel”");
4. a cue whose clause ends in a colon right before it ("Dragone said: …"),
   or a verbless label opening with a person's name ("Rosa Vega, 24, from
   Tucson: “…”");
5. a cue right after it ("“…,” he said"), its subject however long the
   apposition ("“…,” Jane Roe, the mayor's adviser for housing, said"), not
   a clause of time or cause ("“…,” when Clinton blasted him"), a verb whose
   subject is the quotation ("the “peace plan” was rejected"), or a clause
   after a quotation that a word before it governs ("in a box labelled
   “…,” a nurse wrote");
6. a cue right before it ("he said, “…”"), or whose clause runs up to the
   comma before it ("who lamented in an interview with X, “…”");
7. a cue in whose parse it hangs as a complement, object or content
   preposition, when the parser gave that cue no content span;
8. for a quotation that is a sentence or paragraph of its own: the speaker
   of the quotation before it, unless another cue or a sentence about
   another named person intervenes (a negated aside about "he" or "she"
   does not), or the source of the report in the sentence just before it,
   in the same paragraph.

Rules 5-7 (the speech tags in the quotation's own sentence) are in
`speech_tags`. Otherwise it has no speaker: nobody is guessed. Words under a negated cue
("did not call it “…”") are nobody's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from annotate.colon_labels import (
    name_and_colon,
    spoke_before_colon,
    thing_before_colon,
    transcript_label,
)
from annotate.parse_spans import CharSpan, token_starts
from annotate.quotes import LABEL as _LABEL
from annotate.reporting import ReportingCue, token_of
from annotate.speech_tags import cue_after, cue_before, governing_cue, named_before

# A quotation signed off with a dash and a name: “…” ― Pamela Padilla
_DASH_SIGNATURE = re.compile(
    r"[^\S\n]*(?P<dash>[―—–])[^\S\n]*(?P<name>[A-Z][\w.’'-]*(?:(?:[^\S\n]|,)+[\w.’'()-]+){0,9}?)"
    r"[.,;]?[^\S\n]*(?:\n|$)"
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
    reach: int = REACH,
) -> ReportingCue | None:
    """The cue a quotation belongs to, or None when the text names no speaker
    (`reach`: tokens from the quotation to a cue whose content may hold it)."""
    start, end = span
    if _LABEL.match(text, start):  # "“PENCE: Well, …”": the label says who, or no one
        return transcript_label(text, start)
    best: ReportingCue | None = None
    best_overlap = 0
    lo = bisect_left(cues, first - reach, key=token_of)
    hi = bisect_right(cues, last + reach, key=token_of)
    for cue in cues[lo:hi]:
        if cue.content is None:
            continue
        c_start, c_end = cue.content
        overlap = min(end, c_end) - max(start, c_start)
        if overlap > best_overlap or (overlap == best_overlap > 0 and _inner(doc, text, cue, best)):
            best, best_overlap = cue, overlap
    if best is not None and (best.source is None or best.quotes_only):
        best = _inner_with_source(best, start, end, cues[lo:hi]) or best
    if best is not None:
        # words under a negated cue ("did not call it “…”") are nobody's
        return None if best.negated else best
    continued = _content_continued(doc, text, start, first, cues[lo:hi])
    if continued is not None:
        return continued
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
    carried = _carried_over(text, start, previous, quotes)
    if carried is not None:
        return carried
    gap_before = text[:start].rstrip()
    for cue in reversed(cues):
        if cue.colon_after is not None and cue.colon_after <= start:
            if cue.colon_after >= len(gap_before) and not cue.negated:
                return cue
            break
    introduced = name_and_colon(doc, first) or spoke_before_colon(doc, first)
    if introduced is not None:
        return introduced
    after = None if named_before(doc, first, last, cues) else cue_after(doc, last, cues)
    if after is not None:
        return after
    before = cue_before(doc, first, cues)
    if before is not None:
        return before
    governing = governing_cue(doc, first, last, cues)
    if governing is not None:
        return governing
    standalone = not gap_before or gap_before[-1] in ".!?”\"'\n:"
    if (
        not standalone
        or _runs_on(doc, text, span, last)
        or thing_before_colon(doc, gap_before, first)
    ):
        return None
    if previous is not None and previous[1] is not None:
        prev_start, prev_end = quotes[previous[0]]
        between = text[prev_end:start]
        if (
            between.count("\n") <= 2
            and not any(
                prev_end <= c.cue[0] < start and c is not previous[1] and not _aside(text, c)
                for c in cues
            )
            and _sentence_has_no_cue(doc, first, last, cues, previous[1])
            and not _someone_else(doc, text, prev_end, first, previous[1])
        ):
            return previous[1]
    return _after_reported_speech(doc, text, start, first, last, cues, previous, quotes)


_PERSONAL = frozenset("he she they".split())
_RUN_ON = re.compile(r"[^\S\n]*[\w(]")


def _runs_on(doc: Doc, text: str, span: CharSpan, last: int) -> bool:
    """ "“Nobody asked us” is a common complaint": a quotation that is the
    subject of a verb after it, in a sentence with no cue, is a phrase the
    writer uses, not the words of whoever spoke before it."""
    inner = text[span[0] : span[1]].rstrip("”\"’' ")
    if inner.endswith((".", "!", "?", ",", "…")) or _RUN_ON.match(text, span[1]) is None:
        return False
    nxt = last + 1
    while nxt < len(doc) and doc[nxt].idx < span[1]:
        nxt += 1
    return nxt < len(doc) and doc[nxt].pos_ in ("AUX", "VERB")


def _someone_else(doc: Doc, text: str, prev_end: int, first: int, cue: ReportingCue) -> bool:
    """ "“…,” Pence said. On CBS, Sanders identified … “…”": a sentence about
    another named person between two quotations hands the floor to nobody
    the text names, so the second quotation inherits no speaker."""
    source = text[cue.source[0] : cue.source[1]] if cue.source else ""
    start = bisect_left(token_starts(doc), prev_end)
    for token in doc[start:first]:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "PROPN":
            continue
        if cue.source is not None and cue.source[0] <= token.idx < cue.source[1]:
            continue
        if token.text not in source:
            return True
    return False


def _aside(text: str, cue: ReportingCue) -> bool:
    """ "“…,” Obama said. He didn't suggest retaliation. “…”": a negated
    report about the same speaker (a personal pronoun) does not hand the
    floor to anyone else."""
    if not cue.negated or cue.source is None:
        return False
    return text[cue.source[0] : cue.source[1]].lower() in _PERSONAL


def _carried_over(
    text: str,
    start: int,
    previous: tuple[int, ReportingCue | None] | None,
    quotes: list[CharSpan],
) -> ReportingCue | None:
    """The second half of a quotation the cue interrupts ("“A,” he said,
    “B.”", "“A,” she added: “B.”") or a quotation joined to the one before
    ("called it “reckless” and “dangerous”") belongs to the same cue."""
    if previous is None or previous[1] is None:
        return None
    cue = previous[1]
    prev_end = quotes[previous[0]][1]
    between = text[prev_end:start]
    if "\n" in between or len(between) > 160:
        return None
    if joined(text, prev_end, start):
        return cue
    inside = prev_end <= cue.cue[0] and cue.cue[1] <= start
    ends = between.rstrip()[-1:] in (",", ":")
    if inside and ends and not any(c in between for c in ".!?;"):
        return cue
    return None


# Words that join two quotations of one speaker: "“A” and “B”", "“A” or even “B”".
_JOINING = frozenset("and or nor but then even also as well".split())


def joined(text: str, end: int, start: int) -> bool:
    """Whether only "and", "or", commas and the like stand between two
    quotations on one line, so they are one speaker's words."""
    between = text[end:start]
    if "\n" in between or len(between) > 20 or not between.strip():
        return False
    words = between.replace(",", " ").replace("—", " ").replace("–", " ").split()
    return all(w.lower() in _JOINING for w in words)


def _after_reported_speech(
    doc: Doc,
    text: str,
    start: int,
    first: int,
    last: int,
    cues: list[ReportingCue],
    previous: tuple[int, ReportingCue | None] | None,
    quotes: list[CharSpan],
) -> ReportingCue | None:
    """ "X called him a master at deals. “He showed again and again …”": a
    quoted sentence right after a sentence that reports what a named source
    said, in the same paragraph (or opening the next, for a plain report of
    speech), is that source's words."""
    k = bisect_left(cues, first, key=token_of) - 1
    if k < 0:
        return None
    cue = cues[k]
    outer = next(
        (c for c in cues[:k] if c.content and c.content[0] <= cue.cue[0] < c.content[1]), None
    )
    if outer is not None:
        cue = outer  # "X said that critics had predicted …": X's report
    if cue.source is None or cue.negated or cue.cls == "think" or cue.token < 0:
        return None
    if previous is not None and quotes[previous[0]][1] > cue.cue[1]:
        return None  # a quotation came in between
    verb = doc[cue.token]
    sentence_end = verb.sent.end
    if sentence_end > first:
        return None
    between = text[doc[sentence_end - 1].idx : start]
    if "\n" in between and not _paragraph_after_report(text, start, between, verb, cue, cues):
        return None
    if not _sentence_has_no_cue(doc, first, last, cues, cue):
        return None
    if any(t.is_sent_start for t in doc[sentence_end:first] if not (t.is_punct or t.is_space)):
        return None  # another sentence came in between
    return cue


def _paragraph_after_report(
    text: str, start: int, between: str, verb: Token, cue: ReportingCue, cues: list[ReportingCue]
) -> bool:
    """ "Carter said that the troops would stay.¶“That's because …”": a
    quoted paragraph with no cue of its own, right after the paragraph that
    ends reporting what someone said, goes on with that speaker's words."""
    if cue.cls != "say" or between.count("\n") > 2 or between.strip(" \n.!?\"'”") != "":
        return False
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "The company posted a loss": no report of speech
    paragraph_end = text.find("\n", start)
    paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
    return not any(start <= c.cue[0] < paragraph_end for c in cues)


def _inner(doc: Doc, text: str, cue: ReportingCue, best: ReportingCue | None) -> bool:
    """Of two cues whose content holds the quotation alike, the first (the
    outer report) keeps it, except that a negation wins, a cue with a source
    wins over one without, and so does a reporting noun inside the other's
    content ("X rejected Y's claim that “…”": Y's words) or a speech verb
    there whose source is a name ("X said Keel had told him it was “…”")."""
    if best is None:
        return True
    if cue.negated != best.negated:
        return cue.negated
    if best.source is None and cue.source is not None:
        return True  # "slammed what he described as “…”" when "slammed" has no subject
    if _named_report_within(doc, text, cue, best):
        return True
    return cue.owned_phrase and not best.owned_phrase


def _named_report_within(doc: Doc, text: str, cue: ReportingCue, outer: ReportingCue) -> bool:
    """ "Rahman said Keel had told an inspector that it was “…”": a plain verb
    of saying inside the outer report's content, whose subject is a proper
    name, reports words of its own; the outer source only relays them. (Not a
    characterisation: "X said Y described it as “…”" stays X's report.)"""
    if cue.source is None or cue.token < 0 or outer.content is None:
        return False
    if doc[cue.token].lemma_ not in _PLAIN_SAYING:
        return False
    if not outer.content[0] <= cue.cue[0] < outer.content[1]:
        return False
    name = text[cue.source[0] : cue.source[1]]
    return name[:1].isupper() and name.split()[0].lower() not in _NOT_NAMES


_PLAIN_SAYING = frozenset("say tell write state insist".split())
_NOT_NAMES = frozenset("he she they it we i you the a an this that these those".split())


def _inner_with_source(
    outer: ReportingCue, start: int, end: int, cues: list[ReportingCue]
) -> ReportingCue | None:
    """ "… - slammed what he described as “…”": when the cue holding the
    quotation names no source, or only characterises it ("invoked the story
    Kennedy told, “…”"), a cue inside its content that holds part of the
    quotation and names a source."""
    assert outer.content is not None
    o_start, o_end = outer.content
    best, best_overlap = None, 0
    for cue in cues:
        if cue is outer or cue.content is None or cue.source is None or cue.negated:
            continue
        c_start, c_end = cue.content
        overlap = min(end, c_end) - max(start, c_start)
        if o_start <= cue.cue[0] < o_end and overlap > best_overlap:
            best, best_overlap = cue, overlap
    return best


def _content_continued(
    doc: Doc, text: str, start: int, first: int, cues: list[ReportingCue]
) -> ReportingCue | None:
    """ "used the question to demand wealthy Americans “pay their share …”":
    a quotation that starts where a cue's content stops, in its sentence,
    carries on what the cue reports."""
    for cue in cues:
        if cue.content is None or cue.negated or cue.token < 0 or cue.token >= first:
            continue
        if cue.content[1] <= start and not text[cue.content[1] : start].strip():
            if doc[cue.token].sent.start <= first < doc[cue.token].sent.end:
                return cue
    return None


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
