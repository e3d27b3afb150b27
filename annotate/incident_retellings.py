"""An event told first in brief, then in full: a total that rose, dated by
the rise ("The death toll from a drone attack on Sumy rose to six on
Tuesday"), and an item of a summary list ("This week: a drone attack on a
refinery in Ryazan, a missile strike on a grain ship off Izmail and ...")
that a later paragraph tells in full. Each is a mention of the event it
sums up, never an event of its own."""

from __future__ import annotations

from annotate.incident_mention import Event, Mention
from annotate.incident_risen import RISE
from annotate.model import DateRef

_HOLDERS = frozenset({"toll", "number", "count", "tally"})


def toll_update(m: Mention) -> bool:
    """ "The death toll from a missile attack on Kharkiv rose to nine on
    Tuesday": the event named by the count that rose. The day is the rise's,
    not the event's, unless the event's own words give it ("from Monday's
    attack")."""
    head = m.head
    if m.date is None or m.date_own or head.dep_ != "pobj":
        return False
    if head.head.lower_ not in ("from", "in"):
        return False
    holder = head.head.head
    if holder.lemma_.lower() not in _HOLDERS:
        return False
    verb = holder.head
    rose = verb.lemma_.lower() in RISE and holder.dep_ in ("nsubj", "dobj")
    words = head.doc[head.left_edge.i : head.right_edge.i + 1].text
    return rose and m.date.text not in words


def _listed(m: Mention, heads: frozenset[int]) -> bool:
    """A member of a list of events ("a drone attack on X, a missile strike
    on Y and an arson attack on Z"): a conjunct of another event noun, or
    of anything in a list a colon opens ("In this issue: ...")."""
    head = m.head
    if head.pos_ != "NOUN" or not head.conjuncts:
        return False
    opened = any(
        t.text == ":" for t in head.sent if t.i < min(c.i for c in (head, *head.conjuncts))
    )
    return opened or any(c.i in heads for c in head.conjuncts)


def _one(a: str | None, b: str | None) -> bool:
    a, b = (a or "").lower(), (b or "").lower()
    return bool(a) and bool(b) and (a in b or b in a)


def summed_up(m: Mention, events: list[Event], heads: frozenset[int]) -> Event | None:
    """The summary item a fuller telling spells out: an event told only as
    one undated member of a list of events, with no toll, of the mention's
    type and at its place, told before it. A second telling at that place
    finds the item taken and is an event of its own."""
    if m.separate or m.place is None or _listed(m, heads):
        return None
    for event in events:
        if len(event.mentions) != 1:
            continue
        x = event.mentions[0]
        if x.headline or x.sentence >= m.sentence or not _listed(x, heads):
            continue
        if x.date or x.killed or x.injured or not (x.type == m.type or x.loose):
            continue
        agent_ok = x.perpetrator is None or m.perpetrator in (None, x.perpetrator)
        if agent_ok and _one(x.place, m.place):
            return event
    return None


def defer_update_dates(mentions: list[Mention]) -> dict[int, DateRef]:
    """Take the rise's day off each toll update, to be given back to an
    event no other mention dates (see `restore_update_dates`)."""
    kept = {}
    for m in mentions:
        if not m.headline and toll_update(m):
            kept[id(m)], m.date = m.date, None
    return kept


def restore_update_dates(events: list[Event], kept: dict[int, DateRef]) -> None:
    for event in events:
        if any(x.date for x in event.mentions):
            continue
        for x in event.mentions:
            if id(x) in kept:
                x.date = kept[id(x)]
                break
