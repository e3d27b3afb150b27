"""Culprits named after the event: "The pair set fire to a van" takes the
people named as doing the event told before it, in the same brief, and an
event with no perpetrator takes the culprit a sentence soon after it names
("The tanker X is suspected of dragging its anchor")."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Token

from annotate.incident_mention import Event
from annotate.incident_unknown_culprits import unknown_culprit_sentences

_CULPRIT_REACH = 3  # sentences after an event in which a culprit named alone is its
_BACK_GROUPS = frozenset({"pair", "duo", "men", "women", "brothers", "suspects", "attackers"})


def the_pair(events: list[Event]) -> None:
    """ "The pair set fire to a van", "the two men torched a shed": the
    people named as doing the event told before, in the same brief."""
    for before, event in pairwise(events):
        if any(m.perpetrator for m in event.mentions):
            continue
        done_by = next((m for m in before.mentions if m.perpetrator), None)
        if done_by is None or done_by.brief != event.mentions[-1].brief:
            continue
        for m in event.mentions:
            if any(_the_group_did(t, m.head) for t in m.head.sent if t.i < m.head.i):
                m.perpetrator, m.attribution = done_by.perpetrator, done_by.attribution
                break


def _the_group_did(token: Token, head: Token) -> bool:
    """ "the pair" as the doer of the incident word's clause (the parser
    sometimes hangs it on a word of the phrase: "the pair set fire")."""
    if token.lower_ not in _BACK_GROUPS or token.dep_ not in ("nsubj", "npadvmod"):
        return False
    if token.i == 0 or token.doc[token.i - 1].lower_ not in ("the", "two", "three"):
        return False
    verb = head if head.pos_ == "VERB" else head.head
    return token.head.i in (head.i, verb.i) or token.head in head.subtree


def blame_after(
    events: list[Event],
    named: dict[int, tuple[str, str, bool]],
    briefs: dict[int, int],
    doc: Doc,
) -> None:
    """An event with no perpetrator takes the culprit named in a sentence
    soon after it that tells of no other event ("The tanker X is suspected
    of dragging its anchor"); the first event that reaches it, once. A
    blame said of what was just told ("Officials blamed a group calling
    itself X") is the last event's told before it, or no one's."""
    told = {m.sentence: n for n, e in enumerate(events) for m in e.mentions}
    unknown = unknown_culprit_sentences(doc)
    for n, event in enumerate(events):
        if not named or any(m.perpetrator for m in event.mentions):
            continue
        sentences = [m.sentence for m in event.mentions if not m.headline]
        if not sentences:
            continue
        for s in range(min(sentences), max(sentences) + _CULPRIT_REACH + 1):
            if s in unknown and s > min(sentences):
                break  # "No operator has been identified. Poland blamed Russia for ..."
            if s in named and told.get(s, n) == n and briefs[s] == event.mentions[-1].brief:
                if named[s][2] and not _last_before(events, s, n):
                    continue
                m = event.mentions[-1]
                m.perpetrator, m.attribution, _ = named.pop(s)  # one event's culprit
                break


def _last_before(events: list[Event], sentence: int, n: int) -> bool:
    """Whether event `n` is the one told last at or before a sentence."""
    last = [
        (max(x.sentence for x in e.mentions if not x.headline and x.sentence <= sentence), k)
        for k, e in enumerate(events)
        if any(not x.headline and x.sentence <= sentence for x in e.mentions)
    ]
    return bool(last) and max(last)[1] == n
