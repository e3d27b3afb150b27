"""An event told again: a sighting "also" seen over the same place the
next day, "the second attack", "the latest fire", "the earlier blast",
pointing back to an event by its rank, and an event a lede names in
passing, told in full soon after."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from annotate.incident_date_match import WEEKDAY_NAMES, named, same_date
from annotate.incident_mention import Event, Mention
from annotate.model import DateRef
from annotate.parse_spans import doc_text, span_text

_AGAIN = frozenset({"also", "again"})
_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def seen_again(m: Mention, events: list[Event]) -> Event | None:
    """ "Drones were seen over Billund Airport on Friday ... drones were also
    seen over Billund Airport on Saturday": one disruption of one site, told
    as going on the next day (the text says "also" or "again")."""
    if m.type != "airspace" or m.place is None or m.date is None:
        return None
    verb = m.head if m.head.pos_ == "VERB" else m.head.head
    if not any(c.dep_ == "advmod" and c.lower_ in _AGAIN for c in verb.children):
        return None
    for event in reversed(events):
        told = [x for x in event.mentions if x.type == "airspace" and x.place and x.date]
        if any(x.place.lower() == m.place.lower() and _day_after(x.date, m.date) for x in told):
            return event
    return None


def _day_after(before: DateRef, after: DateRef) -> bool:
    if before.iso and after.iso and len(before.iso) == len(after.iso) == 10:
        a, b = dt.date.fromisoformat(before.iso), dt.date.fromisoformat(after.iso)
        return (b - a).days == 1
    x, y = named(before.text, WEEKDAY_NAMES), named(after.text, WEEKDAY_NAMES)
    if len(x) != 1 or len(y) != 1:
        return False
    return (_WEEK.index(y.pop()) - _WEEK.index(x.pop())) % 7 == 1


ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}
LATEST = frozenset({"latest", "last", "recent", "earlier", "previous", "former", "latter"})


def ordinal_back(head: Token) -> str | None:
    """ "The second attack", "the latest fire", "the earlier blast": an
    event the article told, pointed back to by its rank (not "the second
    attack this year" said of one just told: a predicate is left alone)."""
    if head.pos_ == "VERB" or head.dep_ in ("attr", "oprd", "appos"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.dep_ == "compound" for c in head.children):
        return None  # "the first World Trade Center bombing": a rank in a named series
    ranks = [c.lower_ for c in head.children if c.dep_ == "amod" and c.i < head.i]
    return next((r for r in ranks if r in ORDINALS or r in LATEST), None)


_LEDE_REACH = 8  # sentences within which an event named in passing is told in full


def told_in_full(m: Mention, events: list[Event]) -> Event | None:
    """ "We spoke to him two days after a Russian drone crashed ... At 3 a.m.
    on Tuesday a drone crossed into Polish airspace near Zamość": a mention
    with a place or a date, after the only event of its type told so far,
    which was named in passing: to time something else ("two days after
    ..."), with no date or toll in any mention, nor a place the telling does not name."""
    if m.separate or not (m.place or m.date):
        return None
    kin = [e for e in events if any(x.type == m.type for x in e.mentions)]
    if len(kin) != 1:
        return None
    event = kin[0]
    told = span_text(m.head.sent)
    if any(
        (x.place and x.place not in told)  # a place the full telling names too is no other
        or x.date
        or x.killed
        or x.injured
        or x.headline
        for x in event.mentions
    ):
        return None
    if not all(in_passing(x.head) for x in event.mentions):
        return None
    if m.sentence - max(x.sentence for x in event.mentions) > _LEDE_REACH:
        return None
    agents = {x.perpetrator for x in event.mentions if x.perpetrator}
    if m.perpetrator is not None and agents and m.perpetrator not in agents:
        return None
    for x in event.mentions:  # the full telling's words say where: its place stands
        x.place, x.area, x.rough_place = None, None, False
    return event


_TIMING = frozenset({"after", "since", "when", "before"})


def in_passing(head: Token) -> bool:
    """ "two days after a drone crashed", "after drones were seen": an event
    told only to time another."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else head
    return any(c.dep_ == "mark" and c.lower_ in _TIMING for c in verb.children)


_TIME_PREPS = frozenset({"before", "after", "since", "until", "following"})
_TIME_NOUNS = frozenset("night day morning evening eve anniversary hour hours".split())
_DEFINITE = frozenset({"the", "this", "that"})
_AT = frozenset({"at", "in", "near", "on", "outside"})
# What an event was done with names no site: "knife attack", "car bomb".
MEANS = frozenset(
    "knife knives gun guns rifle pistol bomb car truck drone drones missile rocket "
    "grenade petrol acid parcel".split()
)


def time_point(head: Token) -> bool:
    """ "a week before the ship fire", "on the night of the arson", "two days
    after the bombing": an event told before, named to date another act. The
    clause around it is that act's: its place, time and doer are not the event's."""
    if head.pos_ == "VERB" or head.dep_ != "pobj":
        return False
    if not any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in head.children
    ):
        return False  # "evacuated after an explosion at a plant": maybe its first telling
    prep = head.head
    if prep.lower_ in _TIME_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in _TIME_NOUNS


def site_words(head: Token) -> frozenset[str]:
    """The words that name where an event was in the noun's own modifiers and
    phrase: "the Kaunas arson", "Hallsberg fire", "the fire at the signal box"."""
    parts = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i]
    # "the fire at the signal box": the site its own phrase names
    parts += [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in _AT
        for g in c.children
        if g.dep_ == "pobj"
    ]
    words = {
        t.lower_ for c in parts for t in c.subtree if t.is_alpha and t.pos_ in ("PROPN", "NOUN")
    }
    return frozenset(words)


def told_words(m: Mention) -> frozenset[str]:
    """The words of a mention's place and of its own phrase."""
    text = " ".join(p for p in (m.place, m.area) if p)
    text += " " + doc_text(m.head.doc)[m.start : m.end]
    return frozenset(w.strip(".,'’") for w in text.lower().replace("'s", " ").split())


def named_site(m: Mention, events: list[Event]) -> Event | None:
    """The one event told whose place or phrase the mention's modifiers name
    ("the Kaunas arson" after fires in Kaunas and Vilnius, "the cinema fire"
    after a fire at a cinema); None when no single event is named."""
    words = site_words(m.head) - MEANS
    if not words:
        return None
    named = [
        e
        for e in events
        if any(words & told_words(x) for x in e.mentions if not x.headline and x is not m)
    ]
    if len(named) != 1 or (
        m.place and not any(one_place(m.place, x.place) for x in named[0].mentions)
    ):
        return None  # "knife attack at Hamburg station": not the knife attack told elsewhere
    return named[0]


def one_place(a: str, b: str | None) -> bool:
    """One place named more or less closely ("Karlskoga", "the Karlskoga plant")."""
    a, b = a.lower(), (b or "").lower()
    return bool(b) and (a in b or b in a)


def ranked(m: Mention, events: list[Event]) -> Event | None:
    """ "Second fire hits signal box": a headline's rank (headlines drop "the")
    points to the event of that rank among those of its type."""
    ranks = [c.lower_ for c in m.head.children if c.dep_ == "amod" and c.lower_ in ORDINALS]
    if not ranks:
        return None
    kin = [e for e in events if any(x.type == m.type and not x.headline for x in e.mentions)]
    n = ORDINALS[ranks[0]]
    return kin[n] if len(kin) > n else None


def pointed_to(m: Mention, events: list[Event]) -> Event | None:
    """The event a headline's rank or named site points to."""
    return ranked(m, events) or named_site(m, events)


_WEAPONS = frozenset("shot bullet round bomb device grenade charge missile rocket".split())


def retold_act(m: Mention, events: list[Event]) -> Event | None:
    """ "A Moldovan, X, fired the shots": the act done with a means told
    with "the" is the act of an event of its type already told, whose agent
    may differ (the hand, where the event named who ordered it)."""
    head = m.head
    if head.pos_ != "VERB" or not any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _WEAPONS
        and any(d.dep_ == "det" and d.lower_ in ("the", "those") for d in c.children)
        for c in head.children
    ):
        return None
    kin = [
        e
        for e in events
        if any(x.type == m.type for x in e.mentions)
        and all(same_date(m.date, x.date) for x in e.mentions)
    ]
    if not kin:
        return None
    if m.place and not all(one_place(m.place, x.place) for x in kin[-1].mentions if x.place):
        m.place, m.area = None, None  # "fired the shots and fled to Latvia": where he fled
    return kin[-1]


def own_sites(mentions: list[Mention]) -> None:
    """ "Both the blaze at the depot and the fire at the signal box": a member
    of a list with a site phrase of its own never takes its sister's place."""
    by_head = {m.head.i: m for m in mentions}
    for m in mentions:
        sister = by_head.get(m.head.head.i) if m.head.dep_ == "conj" else None
        own = any(c.dep_ == "prep" and c.lower_ in _AT for c in m.head.children)
        if sister is not None and own and m.place is not None and m.place == sister.place:
            m.place, m.area, m.rough_place = None, None, False
