"""Labels before a colon that name, or rule out, a quotation's speaker:
a transcript's label ("“PENCE: Well, …”"), an interview label ("Rosa Vega,
24, from Tucson: “…”"), a clause of speaking ending in a colon ("X has been
speaking to reporters:"), and a thing's text ("A sign on the door read:
“…”", nobody's words). Rules 0 and 4 of `speakers`."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from annotate.parse_spans import noun_phrase
from annotate.quotes import LABEL as _LABEL
from annotate.reporting import ReportingCue


def thing_before_colon(doc: Doc, gap_before: str, first: int) -> bool:
    """ "A sign on the door read: “…”": a quotation introduced by a clause
    that is not a cue and whose subject is a noun (not "she", not a name the
    earlier cue gave) is that thing's text, no speaker's."""
    if not gap_before.endswith(":"):
        return False
    colon = first - 1
    while colon > 0 and doc[colon].text != ":":
        colon -= 1
    sentence = doc[colon].sent
    return any(
        t.dep_ in ("nsubj", "nsubjpass", "ROOT") and t.pos_ == "NOUN" and t.ent_type_ == ""
        for t in doc[sentence.start : colon]
    )  # the parser often leaves "A sign … read" verbless, with the noun as its root


def transcript_label(text: str, start: int) -> ReportingCue | None:
    """ "“PENCE: Well, …”": a quoted transcript whose speaker label names
    someone the text names in full ("Mike Pence"); other capitals before a
    colon ("UPDATE:", "EXCLUSIVE:") label no one."""
    label = _LABEL.match(text, start)
    if label is None:
        return None
    surname = label.group("name").split()[-1].capitalize()
    if not re.search(rf"\b[A-Z][a-z]+\.? {re.escape(surname)}\b", text):
        return None
    colon = label.end("name")
    return ReportingCue(
        token=-1,
        cue=(colon, colon + 1),
        cls="say",
        source=label.span("name"),
        content=None,
        colon_after=None,
    )


_SEGMENT_BREAKS = frozenset(".!?;—–-―")


def name_and_colon(doc: Doc, first: int) -> ReportingCue | None:
    """ "Rosa Vega, 24, from Tucson: “…”": a verbless phrase opening with a
    person's name and ending in a colon right before the quotation (an
    interview or testimonial label) names its speaker."""
    colon = first - 1
    while colon >= 0 and doc[colon].is_space:
        colon -= 1
    if colon < 1 or doc[colon].text != ":":
        return None
    start = colon
    while start > 0:
        token = doc[start - 1]
        if "\n" in token.text or token.text in _SEGMENT_BREAKS:
            break
        if token.pos_ in ("VERB", "AUX"):
            return None  # "Wait, it gets better:", "Clinton said:": a clause, no label
        start -= 1
    while start < colon and (doc[start].is_punct or doc[start].is_space):
        start += 1
    name = doc[start]
    if name.ent_type_ != "PERSON" or name.ent_iob_ != "B" or colon - start > 12:
        return None
    end = start + 1
    while end < colon and doc[end].ent_iob_ == "I":
        end += 1
    return ReportingCue(
        token=-1,
        cue=(doc[colon].idx, doc[colon].idx + 1),
        cls="say",
        source=(name.idx, doc[end - 1].idx + len(doc[end - 1].text)),
        content=None,
        colon_after=None,
    )


# Verbs of speaking that report nothing by themselves, but introduce the
# words after a colon: "X has been speaking to reporters:", "Y sent us this:".
_SPEAKING = frozenset("speak talk send".split())


def spoke_before_colon(doc: Doc, first: int) -> ReportingCue | None:
    """ "The shadow chancellor has been speaking to reporters: ¶“…”": a clause
    of speaking with a subject, ending in a colon right before the quotation,
    names its speaker."""
    colon = first - 1
    while colon >= 0 and (doc[colon].is_space or doc[colon].is_quote):
        colon -= 1
    if colon < 1 or doc[colon].text != ":":
        return None
    verb = doc[colon].head
    if verb.lemma_ not in _SPEAKING or verb.pos_ != "VERB" or verb.i > colon:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    source = noun_phrase(doc, subject)
    if source is None:
        return None
    return ReportingCue(
        token=verb.i,
        cue=(verb.idx, verb.idx + len(verb.text)),
        cls="say",
        source=source,
        content=None,
        colon_after=None,
    )
