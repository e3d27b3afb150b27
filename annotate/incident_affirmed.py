"""An event affirmed against a doubt or a debunk: "However, a separate
cyberattack did take place that day", "a fire did break out". The emphatic
"did" after the subject says it happened; with it the event needs no place
or time of its own to be one. A question ("Did an attack take place?") puts
"did" before the subject and affirms nothing. Said of an event already told
("A drone did fly over the site on May 28" in a fact-check's verdict), it
is that event again.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from annotate.incident_mention import Event, Mention

Fit = Callable[[Mention, Event], bool]

_HAPPENING = frozenset({"happen", "occur", "take", "break", "hit", "strike"})


def affirmed(head: Token) -> bool:
    """The incident is the subject of an emphatic "did" ("did take place")."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in _HAPPENING or verb.tag_ != "VB":
        return False
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
        return False
    return any(
        c.dep_ == "aux" and c.lower_ in ("did", "does") and head.i < c.i < verb.i
        for c in verb.children
    ) and not any(c.dep_ == "neg" for c in verb.children)


def emphatic(head: Token) -> bool:
    """ "A drone did fly over the site", "the blast did happen": an emphatic
    "did" between the subject and its verb, with no negation."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else head
    if verb.pos_ != "VERB" or verb.tag_ != "VB":
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subject is not None
        and any(
            c.dep_ == "aux" and c.lower_ in ("did", "does", "do") and subject.i < c.i < verb.i
            for c in verb.children
        )
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def affirmed_again(m: Mention, events: list[Event], fits: Fit) -> Event | None:
    """ "A drone flew over the plant on Thursday ... [a verdict] A drone did
    fly over the site on May 28": an emphatic "did" affirms what the text
    told, against the claim it rebuts; it is the one told event of its kind
    that it agrees with (none when two could be meant)."""
    if m.separate or not emphatic(m.head):
        return None
    kin = [e for e in events if any(x.type == m.type for x in e.mentions) and fits(m, e)]
    return kin[0] if len(kin) == 1 else None
