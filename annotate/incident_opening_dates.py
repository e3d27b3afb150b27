"""A date that opens its sentence ("On 12 May 2019 four ships ... were
damaged", "In March 2018 two officers poisoned ...") is the time of what the
sentence's main clause tells, even when the parser glued it to the subject
("12 May 2019 four ships") instead of the verb. Only the date before
anything else counts, only for an event in the main clause, and never
across a trial, charge or verdict, whose own time it would be.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from annotate.incident_dated_lines import on_dated_line
from annotate.incident_dates import is_point, is_relative, normalise_date
from annotate.incident_list_marks import after_list_mark
from annotate.lexicons import incident_words, word_set
from annotate.model import DateRef

_OPENERS = frozenset({"on", "in"})
_LINKS = frozenset({"and", "but", "then", "also"})


def opening_date(head: Token, chain: list[Token], reference: dt.date | None) -> DateRef | None:
    """The date opening the sentence of `head`, when `chain` (the clauses
    from the incident up, `incident_clauses.clause_chain`) reaches the
    sentence's main verb through no proceeding."""
    sent = head.sent
    if not chain or sent.root.pos_ not in ("VERB", "AUX") or on_dated_line(head):
        return None  # a timeline's line: its date is the line's (`incident_timeline_lines`)
    above = [*chain, *chain[-1].ancestors]
    if above[-1].i != sent.root.i:
        return None
    legal = set(incident_words()["proceeding_verbs"])
    if any(node.lemma_.lower() in legal for node in above):
        return None  # "On 3 May two men were convicted of an arson": the verdict's day
    reporting = word_set("reporting_verbs")
    if any(node.i != head.i and node.lemma_.lower() in reporting for node in above):
        return None  # "On Tuesday police said hackers had broken in": the saying's day
    ent = _opening_entity(sent)
    if ent is None or head.i in range(ent.start, ent.end):
        return None
    text = sent.doc[ent.start : without_count(sent.doc, ent.start, ent.end)].text
    if not is_point(text) or is_relative(text):
        return None
    iso = normalise_date(text, reference)
    return DateRef(text, iso) if iso else None


def _opening_entity(sent: Span) -> Span | None:
    words = [t for t in sent if not t.is_space]
    if not words:
        return None
    first = after_list_mark(words)  # "(b) On 4 October 2026, ..."
    first += first < len(words) and words[first].lower_ in _LINKS  # "And on 12 May 2019 ..."
    first += first < len(words) and words[first].lower_ in _OPENERS
    if first >= len(words) or words[first].ent_type_ != "DATE":
        return None
    return next((e for e in sent.ents if e.start == words[first].i and e.label_ == "DATE"), None)


_COUNT_MODIFIERS = frozenset({"nummod", "quantmod", "advmod", "punct"})


def without_count(doc: Doc, start: int, end: int) -> int:
    """The end of a date entity with the count of what follows cut off: the
    tagger runs "In November 2024 two cables were cut" into one date,
    "November 2024 two" (the 2nd); the count belongs to the cables."""
    while end - start > 1:
        last = doc[end - 1]
        counts = last.like_num and not (last.is_digit and len(last.text) == 4)
        if last.dep_ in _COUNT_MODIFIERS and last.head.i >= end and (counts or not last.is_alpha):
            end -= 1
        elif last.lower_ in ("about", "some", "around", "nearly") and last.head.i >= end:
            end -= 1
        else:
            break
    return end
