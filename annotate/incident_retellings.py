"""An event told first in brief, then in full: a total that rose, dated by
the rise ("The death toll from a drone attack on Sumy rose to six on
Tuesday"), and an item of a summary list ("This week: a drone attack on a
refinery in Ryazan, a missile strike on a grain ship off Izmail and ...")
that a later paragraph tells in full. Each is a mention of the event it
sums up, never an event of its own."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_mention import Event, Mention
from annotate.incident_risen import RISE
from annotate.incident_row_cells import row_facts
from annotate.incident_told_again import told_words
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
    if head.head.lower_ not in ("from", "in", "of"):
        return False
    holder = head.head.head
    if holder.lemma_.lower() not in _HOLDERS:
        return False
    verb = holder.head
    rose = verb.lemma_.lower() in RISE and holder.dep_ in ("nsubj", "dobj")
    # "died in April, bringing the toll of the blast to two dead"
    rose = rose or (verb.lemma_.lower() in _BRING and holder.dep_ == "dobj" and _to(verb))
    words = head.doc[head.left_edge.i : head.right_edge.i + 1].text
    return rose and m.date.text not in words


_BRING = frozenset({"bring", "take", "push", "raise"})


def _to(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def listed(m: Mention, heads: frozenset[int]) -> bool:
    """A member of a list of events ("a drone attack on X, a missile strike
    on Y and an arson attack on Z"): a conjunct of another event noun, or a
    member of a list a colon opens ("This week: ...", however it is parsed,
    appositions included). Members are events of their own, never one."""
    head = m.head
    if head.pos_ != "NOUN":
        return False
    if any(c.i in heads for c in head.conjuncts):
        return True
    kin = [*head.conjuncts, *(c for c in head.children if c.dep_ == "appos")]
    if head.dep_ == "appos":
        kin.append(head.head)
    return bool(kin) and any(t.text == ":" for t in head.sent if t.i < head.i)


def own_list_places(mentions: list[Mention], heads: frozenset[int]) -> None:
    """ "This week: a drone attack on Iraq's largest gas field, a missile
    strike on a bulk carrier ...": a list member is where its own phrase
    says, never where its sister is."""
    for m in mentions:
        if m.place is None or not listed(m, heads):
            continue
        if (row := row_facts(m.head, None)) is not None and row.place == m.place:
            continue  # "- 3 May, Gdynia: a fire ...": the item's own lead
        others = {t.i for c in m.head.children if c.dep_ in ("conj", "appos") for t in c.subtree}
        own = " ".join(t.text for t in m.head.subtree if t.i not in others)
        if not set(m.place.lower().split()) <= set(own.lower().split()):
            m.place, m.area, m.rough_place = None, None, False


def _summary(x: Mention, heads: frozenset[int]) -> bool:
    """An undated list member with no toll: a summary item."""
    return listed(x, heads) and not (x.date or x.killed or x.injured or x.headline)


def summary_only(m: Mention, event: Event, heads: frozenset[int]) -> bool:
    """An event told so far only as a summary item, which a mention that does
    not refer back may join only as its full telling (see `summed_up`)."""
    return not m.refers_back and all(
        _summary(x, heads) and x.sentence != m.sentence for x in event.mentions
    )


def kept_apart(m: Mention, event: Event, heads: frozenset[int]) -> bool:
    """An event told as another member of the list the mention is in, or
    only as a summary item (joined only by `summed_up`)."""
    sibling = listed(m, heads) and any(
        x.sentence == m.sentence and listed(x, heads) for x in event.mentions
    )
    return sibling or summary_only(m, event, heads)


def _words_within(place: str | None, other: Mention) -> bool:
    """ "Old City" within "in Jerusalem's Old City", "Iraq" within "in
    Iraq's Kurdistan region": a place the other telling's words name."""
    words = [w.strip(".,'’") for w in (place or "").lower().replace("'s", " ").split()]
    return bool(words) and set(words) <= told_words(other)


def _one(a: str | None, b: str | None) -> bool:
    a, b = (a or "").lower(), (b or "").lower()
    return bool(a) and bool(b) and (a in b or b in a)


def summed_up(m: Mention, events: list[Event], heads: frozenset[int]) -> Event | None:
    """The summary item a fuller telling spells out: an event told only as
    one undated member of a list of events, with no toll, of the mention's
    type and at its place, told before it. A second telling at that place
    finds the item taken and is an event of its own."""
    if m.separate or m.place is None or listed(m, heads):
        return None
    for event in events:
        if len(event.mentions) != 1:
            continue
        x = event.mentions[0]
        if x.sentence >= m.sentence or not _summary(x, heads):
            continue
        if not (x.type == m.type or x.loose):
            continue
        agent_ok = x.perpetrator is None or m.perpetrator in (None, x.perpetrator)
        near = _one(x.place, m.place) or _words_within(x.place, m) or _words_within(m.place, x)
        if agent_ok and near:
            return event
    return None


_REACH = 4  # sentences within which the body tells the event a risen toll named


def told_after_update(m: Mention, events: list[Event], updates: dict[int, DateRef]) -> Event | None:
    """ "The death toll from a missile attack on X rose to eleven on Thursday
    ... The missile struck a building in the city on Tuesday night": the
    event a risen toll names, told in full a few sentences on, as "the"
    means or at the place the update gives. Only when that update is the one
    event of the type told so far."""
    if m.separate or m.headline:
        return None
    kin = [e for e in events if any(x.type == m.type for x in e.mentions)]
    if len(kin) != 1 or not all(id(x) in updates for x in kin[0].mentions if not x.headline):
        return None
    event = kin[0]
    body = [x for x in event.mentions if not x.headline]
    if m.sentence - max(x.sentence for x in body) > _REACH:
        return None
    places = [x.place for x in body if x.place]
    same = any(_one(p, m.place) or _words_within(p, m) for p in places) or any(
        _words_within(m.place, x)
        for x in body  # "the toll from an attack on X"
    )
    if places and m.place and not same:
        return None
    return event if m.refers_back or same else None


def during_this(mentions: list[Mention]) -> None:
    """ "During this attack, at 02:18, a drone entered the airspace of X":
    "this attack" points back to the attack just told; the time and place
    of the clause it times are the drone's, not its own."""
    for m in mentions:
        head = m.head
        if head.dep_ != "pobj" or head.head.lower_ not in ("during", "amid"):
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in head.children):
            continue
        own = {t.lower_ for t in head.subtree}
        if m.date is not None and not m.date_own:
            m.date = None
        if m.place and not set(m.place.lower().split()) <= own:
            m.place, m.area, m.rough_place = None, None, False


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
