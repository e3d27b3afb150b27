"""A sentence that sums up several events and names who did them ("charged
with two arson attacks carried out on the orders of X") names the culprit
of each of them: as many events as it counts."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from annotate.incident_mention import Event

_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2, "2": 2, "3": 3, "4": 4}
_DEEDS = frozenset("attack arson fire bombing explosion blast act incident strike sabotage".split())


def events_counted(sentence: Span) -> int:
    """How many events a sentence counts of what it blames ("two arson
    attacks that were carried out on the orders of X": 2); 1 otherwise."""
    for noun in sentence:
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in _DEEDS:
            continue
        if not any(c.dep_ in ("relcl", "acl") for c in noun.children):
            continue  # the culprit told in a clause on the counted deeds
        for count in (c for c in noun.children if c.dep_ in ("nummod", "det", "predet")):
            if count.lower_ in _COUNTS:
                return _COUNTS[count.lower_]
    return 1


def blame_counted(
    events: list[Event], named: dict[int, tuple[str, str, bool]], doc: Doc, starts: dict[int, int]
) -> None:
    """A sentence that counts the events it blames and tells none of them
    ("Three men went on trial charged with two arson attacks carried out on
    the orders of X") gives its culprit to that many events told after it,
    those with none of their own, in the same brief."""
    for s in sorted(named):
        sent = doc[starts[s]].sent
        count = events_counted(sent)
        if count < 2:
            continue
        told = [e for e in events if any(m.sentence == s and not m.headline for m in e.mentions)]
        if told:
            continue  # a sentence that tells an event of its own: no summary
        after = [
            e
            for e in events
            if min((m.sentence for m in e.mentions if not m.headline), default=-1) > s
        ][:count]
        who, attribution, _ = named.pop(s)
        for event in after:
            if not any(m.perpetrator for m in event.mentions):
                m = event.mentions[-1]
                m.perpetrator, m.attribution = who, attribution
