"""An event likened to an earlier one: "The Riga stabbing recalls the 2023
knife attack on a blogger in the same city", "the fire echoes the 2019
arson at a mall", "the case is reminiscent of the murder of X". The event
it is likened to is another event, told in passing, never a second mention
of the one it is likened from, even in the same sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_mention import Event, Mention
from annotate.lexicons import incident_words

_LIKENING = frozenset({"recall", "echo", "mirror", "resemble", "evoke", "parallel", "repeat"})
_LIKE_OF = frozenset({"reminiscent", "redolent"})
_SUBJECTS = frozenset({"case", "incident", "episode", "event", "it", "this", "that"})


def likened_to(m: Mention) -> bool:
    """`m` is what an event told in its sentence is likened to."""
    head = m.head
    verb = _likening_verb(head)
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return False
    events = {w for words in incident_words()["nouns"].values() for w in words}
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in events | _SUBJECTS)
        for c in verb.children
    )


_SAME_PLACES = frozenset({"city", "town", "village", "region", "district", "port", "capital"})


def same_place_as_before(m: Mention, events: list[Event]) -> str | None:
    """ "the 2023 knife attack on a blogger in the same city": the place of
    the event told last, for an event likened to it with no place of its own."""
    if m.place is not None or not likened_to(m):
        return None
    said = any(
        t.lower_ == "same" and t.head.lemma_.lower() in _SAME_PLACES
        for t in m.head.sent
        if t.i > m.head.i
    )
    before = [x for e in events for x in e.mentions if x.place and x.head.i < m.head.i]
    return max(before, key=lambda x: x.head.i).place if said and before else None


def likens(m: Mention) -> bool:
    """`m` is the event that another is likened to it ("the strike echoes
    the 2019 bombing of X"): the other's date and place in the sentence
    are not its own, so it keeps none from there when it refers back."""
    head = m.head
    if head.dep_ not in ("nsubj", "nsubjpass") or not m.refers_back:
        return False
    verb = head.head
    likened = [c for c in verb.children if c.dep_ == "dobj"]
    likened += [
        g
        for a in verb.children
        if a.lower_ in _LIKE_OF
        for p in a.children
        if p.lower_ == "of"
        for g in p.children
    ]
    return any((v := _likening_verb(t)) is not None and v.i == verb.i for t in likened)


def _likening_verb(head: Token) -> Token | None:
    if head.dep_ == "dobj" and head.head.lemma_.lower() in _LIKENING:
        return head.head  # "recalls the 2023 knife attack"
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        adjective = head.head.head
        if adjective.lower_ in _LIKE_OF and adjective.head.pos_ in ("AUX", "VERB"):
            return adjective.head  # "is reminiscent of the murder of X"
    if head.dep_ == "dobj" and head.head.lemma_.lower() == "bring":
        if any(
            p.lower_ == "to" and any(g.lower_ == "mind" for g in p.children)
            for p in head.head.children
        ):
            return head.head  # "brings to mind the 2019 strike"
    if head.dep_ == "dobj" and head.lemma_.lower() == "memory":
        if head.head.lemma_.lower() in _STIRRING:
            return head.head  # "brings back memories of Christmas Day 2022, when ..."
    return None


# What stirs memories: "brings back", "revived", "stirred up", "awakened".
_STIRRING = frozenset({"bring", "revive", "stir", "awaken", "rekindle", "evoke"})
