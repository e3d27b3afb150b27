"""A summary line that counts one event of a kind, told in full below.

"The agency's report lists one arson at a logistics warehouse in northern
Slovakia and two cyber incidents. ... On 3 March, unknown people set fire
to a warehouse near Zilina.": "one arson" is the count of what is told
below, naming the wider place, never an event of its own. It joins the
telling when exactly one telling of its kind follows it, agreeing on
day and culprit.
"""

from __future__ import annotations

from annotate.incident_mention import Event

_ONE = frozenset({"one", "1", "single"})


def counted_once(events: list[Event]) -> dict[int, Event]:
    """The telling each counted item ("one arson") joins, by the item's id."""
    from annotate.incident_same_event import (
        first_sentence,
        main_kind,
        marked_other,
        same_culprits,
        same_dates,
        thin,
    )

    merged: dict[int, Event] = {}
    for e in events:
        if not thin(e) or marked_other(e) or len({m.sentence for m in e.mentions}) != 1:
            continue
        if not all(_counted_one(m.head) for m in e.mentions):
            continue
        sentence = e.mentions[0].sentence
        told = [
            f
            for f in events
            if f is not e
            and first_sentence(f) > sentence
            and not marked_other(f)
            and main_kind(f) == main_kind(e)
        ]
        if len(told) == 1 and same_dates(e, told[0]) and same_culprits(e, told[0]):
            merged[id(e)] = told[0]
    return merged


def _counted_one(head) -> bool:
    """ "one arson", "a single explosion": a count, not an article."""
    return head.pos_ == "NOUN" and any(
        c.dep_ in ("nummod", "amod") and c.lower_ in _ONE for c in head.children
    )
