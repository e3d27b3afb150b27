"""A fire told only as put out, right after a strike, blast or attack: "A
drone hit the tanker. A small fire on deck was put out by the crew", "The
crew extinguished a fire on board", "a blaze in the hold was brought under
control". Part of the event just told, never an event of its own (a fire
with its own day, or with no event before it, stays one). A fire's day
is never the day it was put out ("was under control by 4.30am on Monday").
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_mention import Event, Mention

_QUENCHING = frozenset({"extinguish", "douse", "quench", "contain", "smother", "fight", "tackle"})


def put_out(head: Token) -> bool:
    """The fire word is what is put out, extinguished or brought under control."""
    if head.dep_ not in ("nsubjpass", "dobj"):
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    if lemma in _QUENCHING:
        return True
    if lemma == "put":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if lemma == "bring":
        return any(
            c.dep_ == "prep"
            and c.lower_ == "under"
            and any(g.lower_ == "control" for g in c.children)
            for c in verb.children
        )
    return False


def _control(prep: Token) -> bool:
    return any(g.lower_ == "control" for g in prep.children)


def _own_day(head: Token) -> bool:
    """ "On Tuesday a fire ... was put out": a day of its own (the handling's
    day is the fire's too)."""
    return any(e.label_ == "DATE" for e in head.sent.ents)


def put_out_after(m: Mention, events: list[Event]) -> Event | None:
    """The event, not a fire, told in the fire's sentence or the one before."""
    if m.type != "fire" or m.date is not None or m.separate or not put_out(m.head):
        return None
    if _own_day(m.head):
        return None
    near = [
        e
        for e in events
        if any(0 <= m.sentence - x.sentence <= 1 for x in e.mentions)
        and any(x.type != "fire" for x in e.mentions)
    ]
    return near[-1] if near else None


# Ending a fire: "was put out", "extinguished", "brought under control", "was under control".
_ENDING = frozenset("extinguish douse quench contain smother".split())


def ended_then(head: Token) -> bool:
    """The incident is what was put out or brought under control: the time
    of the verb is when the fire ended, not when it happened."""
    verb = head.head
    if head.dep_ == "nsubj" and verb.lemma_ == "be" and _under_control(verb):
        return True  # "the fire was under control by 4.30am on Monday"
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return (
        lemma in _ENDING
        or (lemma == "put" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))
        or (lemma == "bring" and _under_control(verb))
    )


def _under_control(verb: Token) -> bool:
    return any(
        c.lower_ == "under" and any(g.lower_ == "control" for g in c.children)
        for c in verb.children
    )
