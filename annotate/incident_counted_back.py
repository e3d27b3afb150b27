"""An event counted in a series, said of the one just told: "A fire
destroyed a signal box. It is the third act of sabotage against the rail
network this year", "This was the second such attack in a month", "That
makes it the fifth drone incursion over the base". The count names the
event just told (a mention of it), never a new event.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_mention import Event, Mention

_RANKS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "latest another umpteenth nth".split()
)
_POINTING = frozenset({"it", "this", "that"})
_MAKING = frozenset({"make", "mark"})
_ACTS = frozenset({"act", "case", "instance", "incident", "form"})


def counted(head: Token) -> bool:
    """The mention is a predicate with a rank ("the third act of sabotage")
    of "it", "this", "that" or of a word that names an incident."""
    node = head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in _ACTS:
        node = node.head.head  # "the third act of sabotage"
    if not _ranked(node):
        return False
    if node.dep_ in ("attr", "oprd"):
        subjects = [c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return node.head.lemma_ == "be" and any(_names_the_event(s) for s in subjects)
    if node.dep_ in ("ccomp", "xcomp", "oprd") and node.head.lemma_.lower() in _MAKING:
        # "That makes it the fifth drone incursion": "it" is the small clause's subject
        return any(c.dep_ == "nsubj" and c.lower_ in _POINTING for c in node.children)
    return False


def _names_the_event(subject: Token) -> bool:
    if subject.lower_ in _POINTING:
        return True
    return subject.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children
    )


def counted_subject(head: Token) -> bool:
    """ "The blast was the fourth attack on the railway since January": the
    subject a count is said of, named back with "the", "this" or "that"."""
    if head.dep_ != "nsubj" or head.head.lemma_ != "be" or not _names_the_event(head):
        return False
    return any(c.dep_ == "attr" and _ranked(c) for c in head.head.children)


def _ranked(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _RANKS and c.i < noun.i for c in noun.children)


def counted_back(m: Mention, events: list[Event]) -> Event | None:
    """The event told last, in the mention's sentence or the one before, that
    a count said of it points to (the count's own "since January" or "on the
    railway" are the series', not the event's: they do not keep it apart)."""
    if counted_subject(m.head):
        before = [e for e in events if any(m.sentence - x.sentence == 1 for x in e.mentions)]
        return before[-1] if before else None
    if not counted(m.head):
        return None
    near = [e for e in events if any(0 <= m.sentence - x.sentence <= 1 for x in e.mentions)]
    return near[-1] if near else None
