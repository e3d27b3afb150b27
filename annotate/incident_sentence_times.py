"""Times told elsewhere in an incident's sentence or its report's lead that
are still its own: a day that closes the sentence though the parser hung it
on a clause about the object; a time told before a present-tense saying
("Two weeks earlier, prosecutors allege, ..."); and "a night of strikes" in
the lead, the night before the report's date."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from annotate.incident_dates import is_point
from annotate.incident_first_dates import WEEKDAYS, first_date
from annotate.lexicons import word_set
from annotate.model import DateRef

# Participles that say what a thing is, not what was done: "used by", "bound for".
_STATES = frozenset({"use", "bind", "bound", "own", "base", "locate"})


def closing_time(verb: Token, reference: dt.date | None, last: int = -1) -> DateRef | None:
    """ "Fire destroyed a warehouse used by a firm that ships drones to
    Ukraine early on Wednesday": a time that closes the sentence, which the
    parser hung in a clause describing the object, is the event's."""
    sent = verb.sent
    if last < 0 and verb.dep_ == "ccomp" and verb.head.i > verb.i:
        last = verb.right_edge.i  # "..., police said on Wednesday": the saying's time is not
    last = sent.end - 1 if last < 0 else last
    while last > sent.start and (verb.doc[last].is_punct or verb.doc[last].is_space):
        last -= 1
    end = verb.doc[last]
    if end.ent_type_ not in ("DATE", "TIME") or verb not in end.ancestors:
        return None
    if not any(t.lower_ in WEEKDAYS for t in verb.doc[max(sent.start, last - 3) : last + 1]):
        return None  # a day of the week ("early on Wednesday"), not a year of background
    path = [a for a in end.ancestors if a.i != verb.i and verb in a.ancestors]
    if not any(a.dep_ in ("relcl", "acl") for a in path) or any(
        a.dep_ in ("relcl", "acl") and a.tag_ in ("VBD", "VBN") and a.lemma_ not in _STATES
        for a in path
    ):
        return None  # only through a clause of what is, not of what was done
    return first_date([end], reference)


def before_aside(node: Token, reference: dt.date | None) -> DateRef | None:
    """ "Two weeks earlier, prosecutors allege, the pair set fire to ...": a
    time told before a saying in the present, which has no past time of its
    own, is the time of what it reports."""
    verb = node.head
    if verb.i == node.i or verb.tag_ not in ("VBP", "VBZ"):
        return None
    if verb.lemma_.lower() not in word_set("reporting_verbs") | {"allege"}:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i:
        return None
    before = [t for t in verb.doc[verb.sent.start : subject.left_edge.i] if t.ent_type_ == "DATE"]
    return first_date(before, reference)


_LEAD = 3  # sentences at the top (headline, standfirst, lead) where "a night of" is the last


def night_of(head: Token, reference: dt.date | None) -> DateRef | None:
    """ "watched a night of strikes on ports across the river", in a report's
    lead with no other time: the night before the report's own date, as
    for a wire report's "overnight"."""
    of = head.head
    night = of.head
    if reference is None or head.dep_ != "pobj" or of.lower_ != "of" or night.lemma_ != "night":
        return None
    det = next((c for c in night.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("a", "the") or len(list(night.children)) > 2:
        return None
    sent = head.sent
    told = head.doc.user_data.get("briefing_dateline_end", 0)
    if any(
        e.label_ in ("DATE", "TIME") and e.start_char >= told and is_point(e.text)
        for e in sent.ents
    ):
        return None  # a time of its own ("a night of strikes in March")
    for n, other in enumerate(head.doc.sents):
        if n > _LEAD:
            return None
        if other.start == sent.start:
            return DateRef(f"{det.text} night", reference.isoformat())
    return None
