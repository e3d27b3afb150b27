"""Time phrases around an incident's words that its clause does not hold:
a verb sharing its subject ("damaged ... and smashed ... on 31 January"), a
saying set off by commas ("Four days earlier, the court heard, ..."), a count
of days from another event ("a day after the blast"), holidays the tagger
took for events, and a timeline's date run into the entry below it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.entity_spans import entity_at
from annotate.incident_clauses import attached, whole
from annotate.incident_dates import holiday, normalise_date, offset_days
from annotate.lexicons import incident_words, word_set
from annotate.parse_spans import span_text


def shared_subject(verb: Token, preps: frozenset[str]) -> list[Token]:
    """ "was attacked and injured at his office late on Friday", "damaged its
    roof and smashed its windows on 31 January": a verb sharing the subject
    tells the same happening."""
    return [
        t
        for c in verb.children
        if c.dep_ == "conj"
        and c.tag_ in ("VBN", "VBD")
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for t in attached(c, preps)
    ]


_NOT_THE_ACT = frozenset({"arrest", "detain", "charge", "say", "claim", "tell", "admit", "deny"})


def first_conjunct(verb: Token) -> list[Token]:
    """ "cut through the fence on the night of 11 to 12 August and set fire
    to the depot": a verb with no subject of its own, after one that has its
    time, happened then (not after "arrested ... and charged")."""
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ != "VERB" or first.i == verb.i:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    if first.lemma_.lower() in _NOT_THE_ACT | set(incident_words()["proceeding_verbs"]):
        return []
    subject = {t.i for c in first.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return [t for t in whole(first) if t.i not in subject]  # "onto the roof ... on 3 May"


def opening_time(head: Token) -> list[Token]:
    """ "On 2 June 2025, a parcel sent by courier caught fire at a hub": a
    time opening a sentence the parser found no verb in (its root a noun)
    is the time of the event told in it."""
    root = head.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i == head.i:
        return []
    doc = root.doc
    return [
        t
        for c in root.children
        if c.dep_ == "prep" and c.i == root.sent.start and c.right_edge.i + 1 < root.i
        if doc[c.right_edge.i + 1].text == ","
        for t in c.subtree
    ]


def asides(verb: Token) -> list[Token]:
    """ "Four days earlier, the court heard, the men had thrown ...": a saying
    set off by commas before the verb, with no complement of its own, tells
    the time of what it reports, whatever its tense."""
    doc = verb.doc
    return [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "parataxis")
        and c.i < verb.i
        and c.lemma_.lower() in word_set("reporting_verbs") | {"hear", "allege"}
        and c.right_edge.i + 1 < len(doc)
        and doc[c.right_edge.i + 1].text == ","
        and not any(g.dep_ in ("ccomp", "dobj", "xcomp") for g in c.children)
    ]


UNITS = frozenset({"day", "days", "week", "weeks", "fortnight"})


def counted_from(head: Token) -> bool:
    """ "blast" in "a day after the blast": the event a count of days is told from."""
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ in ("after", "before")
        and prep.i > 0
        and head.doc[prep.i - 1].lower_ in UNITS
    )


def timed(token: Token) -> bool:
    """A word of a date or time, or of a holiday or a full date the tagger
    took for an event ("on New Year's Eve", "On 9 September 2026")."""
    if token.ent_type_ in ("DATE", "TIME"):
        return True
    if token.ent_type_ != "EVENT" or (ent := entity_at(token)) is None:
        return False
    text = span_text(ent)
    return holiday(text) or normalise_date(text) is not None  # a date with its year


def one_line(text: str, word: str) -> str:
    """ "19 February" of "19 February\nHackers": a timeline's date on a line of
    its own, which the tagger ran into the entry below, is the line the word is on."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return next((line for line in lines if word in line), text.strip())


def counted_from_event(doc: Doc, start: int, end: int) -> str | None:
    """ "A day after the blast", "two weeks before the fire": a count of days
    the tagger left without the event it is counted from (a phrase, not a
    clause: "a week after the shooting sparked protests" is the protests' time)."""
    if end >= len(doc) or doc[end].lower_ not in ("after", "before") or doc[end].dep_ != "prep":
        return None
    event = next((c for c in doc[end].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if event is None or not any(c.lower_ in ("the", "that") for c in event.children):
        return None
    phrase = doc[start : event.i + 1].text
    return phrase if offset_days(phrase) is not None else None


def day_named_after_count(doc: Doc, end: int) -> str | None:
    """ "Four days after the fire, on 18 February": the day the text names
    after a count of days from another event, which wins over the count."""
    event = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    if event is None:
        return None
    named = day_named_after(doc, event.i + 1)
    if not named or not any(ch.isdigit() for ch in named):
        return None  # ", on Sunday": which Sunday the count says better
    return named.lstrip(", ").split(" ", 1)[1]


def day_named_after(doc: Doc, end: int) -> str | None:
    """ ", on 17 June" right after a count of days ("Six weeks later, on 17
    June"): the day the text names, which wins over the count."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("on", "in"):
        return None
    ent = entity_at(doc[end + 2])
    if ent is None or ent.label_ != "DATE" or ent.start != end + 2:
        return None
    return doc[end : ent.end].text


_PARTS_OF_DAY = frozenset({"day", "night", "evening", "morning", "afternoon"})


def same_part_of_day(token: Token) -> str | None:
    """ "The same evening, a drone hit ...", untagged: a day counted from the
    event before (the phrase, resolved against that event's day)."""
    if token.lower_ not in _PARTS_OF_DAY or token.dep_ not in ("npadvmod", "pobj"):
        return None
    if not any(c.dep_ == "amod" and c.lower_ == "same" for c in token.children):
        return None
    phrase = token.doc[token.left_edge.i : token.i + 1].text
    return phrase if offset_days(phrase) == 0 else None
