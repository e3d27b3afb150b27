"""More ways one event is told twice, each a fold `incident_events.fold`
makes: what an act cut or knocked out, told as a participle hanging from
the act's own clause ("An explosion damaged a pylon ..., cutting the main
power link to Romania"), and an act told again on "the" thing it was done
to ("set fire to a warehouse in east London ... set fire to the unit on an
estate in Leyton")."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_mention import Event, Mention


def _verb_of(head: Token) -> Token:
    """The clause a mention is told in: the verb itself, or the verb whose
    subject or object the incident noun is."""
    if head.pos_ != "VERB" and head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return head.head
    return head


def _participle(head: Token) -> Token | None:
    """ "cutting the main power link", "causing an outage": the participle
    of a clause hanging from another (not a finite verb of its own)."""
    if head.dep_ == "dobj" and head.head.tag_ == "VBG":
        head = head.head
    if head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp"):
        return head
    return None


def consequence_of(m: Mention, events: list[Event]) -> Event | None:
    """The event whose own clause the mention's participle hangs from: what
    the act did, told with the act. Where the thing cut led ("to Romania")
    is not where it happened: the mention's place is dropped when it differs."""
    clause = _participle(m.head)
    if clause is None:
        return None
    for event in reversed(events):
        for x in event.mentions:
            if (
                x.sentence == m.sentence
                and x.head.i != m.head.i
                and _verb_of(x.head) == clause.head
            ):
                if m.place and not any(_one(m.place, y.place) for y in event.mentions if y.place):
                    m.place, m.area, m.rough_place = None, None, False
                return event
    return None


def _one(a: str, b: str | None) -> bool:
    a, b = a.lower(), (b or "").lower()
    return bool(b) and (a in b or b in a)
