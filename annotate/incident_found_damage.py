"""Where and when the next sentence finds the damage: "... investigating
damage to a cable between Finland and Estonia. The damage was found about
30 km south of Porvoo on Friday"."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from annotate.incident_date_match import coarse, finest
from annotate.incident_facts import place_of
from annotate.incident_mention import Mention
from annotate.incident_when import date_of
from annotate.lexicons import country_of
from annotate.model import DateRef

_FOUND = frozenset({"find", "locate", "detect", "discover", "pinpoint"})
_WHAT_WAS_FOUND = frozenset("damage break fault leak rupture breach cut hole".split())
_DAMAGED = frozenset("damage rupture cut sever break puncture".split())


def found_next(
    doc: Doc, mentions: list[Mention], sentence: list[int], reference: dt.date | None
) -> None:
    """ "... investigating damage to a cable between Finland and Estonia. The
    damage was found about 30 km south of Porvoo on Friday": where and when
    the next sentence finds it, for an event that names no closer place."""
    told = {m.sentence for m in mentions}
    for m in mentions:
        placed = m.place is not None and not m.rough_place and country_of(m.place) is None
        dated = m.date is not None and not coarse(m.date)
        if m.generic or (placed and dated):
            continue
        if m.sentence + 1 in told or m.sentence + 1 not in sentence:
            continue
        start = sentence.index(m.sentence + 1)
        top = doc[start].sent.root  # "The damage was found ..., the operator said"
        verbs = [top, *(c for c in top.children if c.dep_ == "ccomp")]
        found = [v for v in verbs if _finds_it(v, m.head.sent)]
        if not found:
            continue
        root = found[0]
        place, area = place_of(root)
        if place is not None and not placed:
            m.place, m.area, m.rough_place = place, area or m.place, False
        if m.date is None:
            m.date, _ = date_of(root, reference)
        elif not dated:
            # "the pipeline's rupture in 2023 ... That pipeline was found damaged on 8 October 2023"
            m.date = finest(m.date, [d for d in _found_on(root, reference) if d])


def _finds_it(verb: Token, event: Span) -> bool:
    """ "The damage was found", "the break was located": the event, found;
    "that pipeline was found damaged": the thing the event's sentence named."""
    if verb.lemma_.lower() not in _FOUND:
        return False
    damaged = any(c.lemma_.lower() in _DAMAGED and c.tag_ == "VBN" for c in verb.children)
    named = {t.lemma_.lower() for t in event if t.pos_ == "NOUN"}
    return any(
        s.dep_ == "nsubjpass"
        and (
            (s.lemma_.lower() in _WHAT_WAS_FOUND and any(d.lower_ == "the" for d in s.children))
            or (
                damaged
                and s.lemma_.lower() in named
                and any(d.lower_ in ("the", "that", "this") for d in s.children)
            )
        )
        for s in verb.children
    )


def _found_on(verb: Token, reference: dt.date | None) -> list[DateRef | None]:
    """The day a thing was found damaged: the finding's or the damage's."""
    damaged = [c for c in verb.children if c.lemma_.lower() in _DAMAGED and c.tag_ == "VBN"]
    return [date_of(v, reference)[0] for v in (verb, *damaged)]
