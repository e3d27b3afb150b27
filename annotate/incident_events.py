"""From incident mentions to events and patterns.

A mention is one span that reports or names an incident. Mentions are folded
into one event when they are of compatible types and do not differ in place
or time, and either share a sentence or the later one refers back ("the
blast", "Saturday's bombing", "his killing", "the missiles struck"). A
mention marked as another event ("in a separate attack", "a second
explosion") starts a new one. The event's main mention is the one that
reports it most fully (place, date, toll, perpetrator); its facts come from
the main mention first, then from the others.

A generic reference (a campaign, a list of tactics, "a wave of drone
sightings", "hundreds of cyberattacks since 2022") is a pattern, never an
event.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from annotate.incident_anchors import characterises, consequence
from annotate.incident_dates import normalise_date
from annotate.incident_facts import LIKENING
from annotate.incident_mention import Event, Mention
from annotate.incident_tolls import Count
from annotate.lexicons import country_of
from annotate.model import DateRef, Incident, Pattern, Span, Toll

_COMPATIBLE = frozenset(
    frozenset(p)
    for p in (
        ("explosion", "sabotage"),
        ("strike", "fire"),
        ("explosion", "fire"),
        ("strike", "explosion"),
        ("sabotage", "other"),
        ("strike", "other"),
        ("explosion", "other"),
        ("fire", "other"),
        ("cyber", "other"),
    )
)
# When one event is told with words of several types, the cause names it: a
# missile strike that sets a ship on fire is a strike.
_TYPE_ORDER = ("strike", "explosion", "attack", "cyber", "airspace", "sabotage", "fire", "other")
_GUNFIRE = frozenset({"shooting", "shoot", "gunfire", "stabbing", "stab", "gun", "gunman", "open"})
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|\byear\b", re.IGNORECASE)
_WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)
_LETHAL = frozenset({"murder", "killing", "assassination", "execution", "death"})
_NEARBY = 3  # sentences within which a same-type mention with no new place or time folds


def _compatible(a: Mention, b: Mention) -> bool:
    return a.type == b.type or a.loose or b.loose or frozenset((a.type, b.type)) in _COMPATIBLE


def _same_place(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    a, b = a.lower(), b.lower()
    return a in b or b in a


def _same_date(a: DateRef | None, b: DateRef | None) -> bool:
    if a is None or b is None:
        return True
    if not (a.iso and b.iso):
        # Without both ISO forms only named days or months can differ.
        for names in (_WEEKDAY_NAMES, _MONTH_NAMES):
            x, y = _named(a.text, names), _named(b.text, names)
            if x and y and not x & y:
                return False
        return True
    if a.iso and b.iso:
        if not (_YEAR.search(a.text) and _YEAR.search(b.text)):
            # "March 20" after "March last year": a year the text did not give
            # does not make two dates differ.
            x, y = a.iso[5:], b.iso[5:]
            if x and y and (x.startswith(y) or y.startswith(x)):
                return True
        return a.iso.startswith(b.iso) or b.iso.startswith(a.iso)
    return a.text.lower() in b.text.lower() or b.text.lower() in a.text.lower()


def _named(text: str, names: frozenset[str]) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w in names}


def _agrees(m: Mention, event: Event) -> bool:
    # A place told only roughly ("Lithuanian airspace", "70 miles west of X")
    # neither differs from a closer one nor from another rough one.
    def rough(x: Mention, other: str) -> bool:
        return x.rough_place and not _country(other)

    places = [x.place for x in event.mentions if x.place and not rough(x, m.place or "")]
    areas = [x.area for x in event.mentions if x.area]
    place_ok = all(_same_place(m.place, p) or rough(m, p) for p in places) or any(
        _same_place(m.place, a) for a in areas
    )
    dates = [x.date for x in event.mentions if x.date]
    # "A Ukrainian sea drone exploded ... Russian air strikes damaged": another agent, another act
    agents = {x.perpetrator for x in event.mentions if x.perpetrator and not x.headline}
    agent_ok = m.perpetrator is None or not agents or m.perpetrator in agents
    return place_ok and agent_ok and all(_same_date(m.date, d) for d in dates)


def _country(place: str) -> bool:
    """ "Ukraine", "western Ukraine": a country, or a part of one named by it."""
    return country_of(place) is not None or country_of(" ".join(place.split()[1:])) is not None


def fold(mentions: list[Mention]) -> list[Event]:
    """Group mentions into events (see the module docstring)."""
    events: list[Event] = []
    body = [m for m in mentions if not m.headline]
    everything = events
    for m in body:
        # A roundup's briefs tell events of their own: nothing folds across them.
        events = [e for e in everything if e.mentions[0].brief == m.brief]
        options = [e for e in events if all(_compatible(m, x) for x in e.mentions[:1])]
        kin_events = options
        options = [e for e in options if _agrees(m, e)]
        if consequence(m) or characterises(m.head):
            # "a fire broke out at a substation, cutting power": what the event did;
            # "the fire was sabotage": what it was.
            options = [e for e in events if _agrees(m, e)]
        same_sentence = [e for e in options if any(x.sentence == m.sentence for x in e.mentions)]
        # "struck targets on Wednesday, hours after drones hit a ship": two events
        # of one kind; "an attack cut power after arsonists set fire to pylons": one
        same_sentence = [
            e
            for e in same_sentence
            if any(
                x.sentence != m.sentence
                or (
                    x.head not in m.head.conjuncts  # "the blaze ... and the severing of cables"
                    and (x.type != m.type or x.loose or m.loose or _phase(x.head) == _phase(m.head))
                )
                for x in e.mentions
            )
        ]
        linked = [
            e
            for e in events
            if any(x.sentence == m.sentence and _linked(m.head, x.head) for x in e.mentions)
        ]
        target = None
        if (nth := _ordinal_back(m.head)) is not None:
            # "The second attack showed ...": one of the events told, never a new one
            told = _nth_told(m, nth, events)
            if told is None and not (m.place or m.date):
                continue
            target = told
        if target is None and (again := _seen_again(m, events)) is not None:
            target, m.date_own = again, False  # the event is dated by its first day
        if target is not None:
            pass
        elif linked:
            target = linked[-1]  # "a second substation was damaged by gunfire": one act
        elif same_sentence and not (m.separate and m.head.pos_ != "VERB"):
            target = same_sentence[-1]
        elif (back := _told_before(m, options)) and m.refers_back and not m.separate:
            target = max(back, key=lambda e: _affinity(m, e))
        elif m.refers_back and not m.separate and (close := _just_told(m, events)):
            # "A drone strike on a market in El Fasher ... the drone hit the
            # Naivasha market": a reference back may name the place more closely.
            target = close
        elif not m.separate and (fine := _refines(m, kin_events)) is not None:
            target = fine
        elif not m.separate and (near := [e for e in options if _nearby(m, e)]):
            target = near[-1]
        elif not m.separate and (same := [e for e in options if _confirms(m, e)]):
            target = same[-1]  # same type, same place and time
        if target is None and _broke_out(m):
            # "A drone hit the tanker. A fire broke out on board": what it caused
            just = [e for e in options if any(m.sentence - x.sentence < 2 for x in e.mentions)]
            target = just[-1] if just else _last_told(m, options, events)
        if target is None and not m.separate and _bare(m):
            # "who was gunned down", "the shooting", long after: a mention with
            # no facts of its own names an event of its kind told before. With
            # one such event it is that one; with several, it is left out.
            kin = [e for e in events if any(x.type == m.type for x in e.mentions)]
            if len(kin) == 1:
                target = kin[0]
            elif kin:
                continue
        if target is None:
            everything.append(Event([m]))
        else:
            target.mentions.append(m)
    events = everything
    for m in (m for m in mentions if m.headline):
        # A headline's places are shorthand ("blast on Warsaw–Lublin railway"):
        # it joins the event of its type and time that the body tells first.
        options = [
            e
            for e in events
            if _compatible(m, next((x for x in e.mentions if not x.headline), e.mentions[0]))
            and all(_same_date(m.date, x.date) for x in e.mentions)
        ]
        if not options and m.place:
            # "the drone that crashed near Vilnius" over a body that calls it an
            # intrusion near Vilnius: the headline's place names the event.
            options = [
                e
                for e in events
                if any(
                    _same_place(m.place, x.place) or _same_place(m.place, x.area)
                    for x in e.mentions
                    if x.place
                )
            ]
        if options:
            best = max(options, key=lambda e: (_affinity(m, e)[0], -events.index(e)))
            best.mentions.insert(0, m)
        else:
            events.append(Event([m]))
    return sorted(events, key=_position)


_OUTBREAK = frozenset({"break", "erupt"})
_AGAIN = frozenset({"also", "again"})
_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _seen_again(m: Mention, events: list[Event]) -> Event | None:
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
    x, y = _named(before.text, _WEEKDAY_NAMES), _named(after.text, _WEEKDAY_NAMES)
    if len(x) != 1 or len(y) != 1:
        return False
    return (_WEEK.index(y.pop()) - _WEEK.index(x.pop())) % 7 == 1


_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}
_LATEST = frozenset({"latest", "last", "recent", "earlier", "previous", "former", "latter"})


def _ordinal_back(head: Token) -> str | None:
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
    return next((r for r in ranks if r in _ORDINALS or r in _LATEST), None)


def _nth_told(m: Mention, rank: str, events: list[Event]) -> Event | None:
    """The event told that a rank points to, if its facts agree."""
    if rank in _ORDINALS:
        told = events[_ORDINALS[rank]] if len(events) > _ORDINALS[rank] else None
    elif rank in ("earlier", "previous", "former") and len(events) > 1:
        kin = [e for e in events[:-1] if any(x.type == m.type for x in e.mentions)]
        told = kin[-1] if kin else events[-2]
    else:
        told = events[-1] if events else None
    if told is None or not _compatible(m, told.mentions[0]) or not _agrees(m, told):
        return None
    if (m.date or m.place) and not any(_affinity(m, told)[:2]):
        return None  # "the first bombing, in the 1990s": its own facts, none the event's
    return told


def _broke_out(m: Mention) -> bool:
    """A fire that "broke out" with no place or time of its own."""
    head = m.head
    return (
        m.type == "fire"
        and head.dep_ == "nsubj"
        and head.head.lemma_.lower() in _OUTBREAK
        and m.place is None
        and m.date is None
    )


_ON_BOARD = frozenset({"on", "in", "aboard", "at", "inside"})


def _last_told(m: Mention, options: list[Event], events: list[Event]) -> Event | None:
    """ "A drone boat blew up beside the tanker ... [next paragraph] A fire
    broke out on the ship": the event told last, a few sentences before, when
    the fire is on nothing new (no "a house": the thing it was on is named
    with "the", or not at all)."""
    if not events or events[-1] not in options:
        return None
    last = events[-1]
    if m.sentence - max(x.sentence for x in last.mentions) > _NEARBY:
        return None
    verb = m.head.head
    sites = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _ON_BOARD
        for g in c.children
        if g.dep_ == "pobj"
    ]
    definite = all(
        any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in g.children)
        for g in sites
    )
    return last if definite else None


def _phase(head: Token) -> int:
    """The clause told as before or after the rest of its sentence ("hours
    after drones hit a ship") that a word is in, or -1."""
    for node in (head, *head.ancestors):
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until")
            for c in node.children
        ):
            return node.i
    return -1


def _linked(a: Token, b: Token) -> bool:
    """A noun that is the verb's subject, object or means ("damaged by
    gunfire", "struck with missiles"): one act told twice."""
    for x, y in ((a, b), (b, a)):
        if x.i == y.i or y.pos_ != "VERB":
            continue
        if x.dep_ in ("dobj", "nsubj", "nsubjpass") and x.head.i == y.i:
            return True  # "gunfire damaged a substation"
        means = x.head.dep_ == "agent" or x.head.lower_ in ("by", "with")
        if x.dep_ == "pobj" and means and x.head.head.i == y.i:
            return True  # "damaged by gunfire", "struck with missiles"
    return False


def _bare(m: Mention) -> bool:
    """A mention with no place, time, toll, agent or victim of its own."""
    facts = (m.place, m.date, m.killed, m.injured, m.perpetrator, *m.carried)
    return not any(facts) and not m.victims


def _position(event: Event) -> int:
    """Where an event is first reported in the body (its headline aside)."""
    body = [x.start for x in event.mentions if not x.headline]
    return min(body) if body else event.mentions[0].start


def _told_before(m: Mention, options: list[Event]) -> list[Event]:
    """Events a reference back can mean: with its date, when it gives one
    ("Saturday's bombing"; "the pipeline was damaged last year" is not a
    later mention of an undated event), else, for a noun that names no place,
    its own kind of event told with no date ("the Friday attacks" after "the
    assault on Paris")."""
    if m.date is None:
        return options
    dated = [e for e in options if _affinity(m, e)[0]]
    if dated or m.head.pos_ == "VERB" or m.place:
        return dated
    return [
        e
        for e in options
        if not any(x.date for x in e.mentions)
        and any(x.type == m.type or m.loose for x in e.mentions)
    ]


def _just_told(m: Mention, events: list[Event]) -> Event | None:
    """The event of the same type told in the sentence before, if its time agrees."""
    for event in reversed(events):
        last = max(x.sentence for x in event.mentions)
        same = any(x.type == m.type for x in event.mentions)
        dates = all(_same_date(m.date, x.date) for x in event.mentions)
        if same and dates and 0 <= m.sentence - last <= 1:
            return event
    return None


def _nearby(m: Mention, event: Event) -> bool:
    """A mention of the same type a few sentences on that names no place or time."""
    if m.place or m.date:
        return False
    last = max(x.sentence for x in event.mentions)
    return m.sentence - last <= _NEARBY and any(x.type == m.type for x in event.mentions)


def _confirms(m: Mention, event: Event) -> bool:
    """Same type and place ("Really bad shooting in Orlando" after "the mass
    shooting at a nightclub in Orlando"), no other time, no other toll."""
    date, place = _affinity(m, event)[:2]
    if not place or not any(x.type == m.type for x in event.mentions):
        return False
    if m.date and not date and not _lead_then_body(m, event):
        return False
    told = [(x.killed, x.injured) for x in event.mentions if x.killed or x.injured]
    return not (m.killed or m.injured) or not told or (m.killed, m.injured) in told


def _lead_then_body(m: Mention, event: Event) -> bool:
    """ "Parcel blast at Lyon depot. A parcel exploded at a depot in Lyon on
    Monday": an undated lead told again, with its day, in the next sentence."""
    last = max(x.sentence for x in event.mentions)
    return m.sentence - last == 1 and not any(x.date for x in event.mentions)


def _affinity(m: Mention, event: Event) -> tuple[int, int, int, int, int]:
    """How surely a mention belongs to an event: same date, same place, a
    death for "the murder", same type, then the most recent."""
    date = any(m.date and x.date and _same_date(m.date, x.date) for x in event.mentions)
    place = any(m.place and x.place and _same_place(m.place, x.place) for x in event.mentions)
    lethal = m.head.lemma_.lower() in _LETHAL and any(x.killed for x in event.mentions)
    kind = not m.loose and any(x.type == m.type for x in event.mentions)
    recent = max(x.start for x in event.mentions)
    return int(date), int(place), int(lethal), int(kind), recent


def _count(counts: list[Count]) -> Count | None:
    """One count from several mentions: an exact one, else the highest bound."""
    exact = [c for c in counts if not c.approx]
    if exact:
        return exact[0]
    return max(counts, key=lambda c: c.n) if counts else None


def _likened(m: Mention) -> bool:
    """ "The poisoning fits a pattern": said of an event told already."""
    return m.head.dep_ == "nsubj" and m.head.head.lemma_.lower() in LIKENING


def _with_carried(own: Count | None, carried: list[Count]) -> Count | None:
    """The event's own count, else the next sentence's; a larger total told
    "including" the one already counted ("Two people were hurt, including
    the councillor") replaces it."""
    total = _count(carried)
    if own is None or (total is not None and total.including and total.n > own.n):
        return total
    return own


def event_incident(event: Event, text: str) -> Incident:
    """The event as an incident: main mention, facts, every mention."""
    body = [m for m in event.mentions if not m.headline] or event.mentions
    main = max(
        body,
        key=lambda m: (not characterises(m.head), not _likened(m), m.facts, not m.loose, -m.start),
    )
    ordered = [main] + [m for m in body if m is not main]
    ordered += [m for m in event.mentions if m.headline and m is not main]
    # A headline's word is shorthand: the body's words name the kind.
    voters = [m for m in ordered if not m.headline] or ordered
    kinds = [
        m.type for m in voters if not m.loose and not consequence(m) and not characterises(m.head)
    ] or [main.type]
    kind = min(kinds, key=_TYPE_ORDER.index)
    if kind == "explosion" and any(m.head.lemma_.lower() in _GUNFIRE for m in ordered):
        kind = "attack"  # a shooting with bombs left behind is a shooting
    placed = next((m for m in ordered if m.place), None)
    dated = next((m for m in ordered if m.date and m.date_own), None) or next(
        (m for m in ordered if m.date and not m.headline), None
    )
    if dated is not None:
        dated_date = finest(dated.date, [m.date for m in ordered if m.date and not m.headline])
    # A headline drops the hedge ("kills 11" over "killing at least 11"): the body's count first.
    told = [m for m in ordered if not m.headline and (m.killed or m.injured)] or ordered
    killed = _count([m.killed for m in told if m.killed])
    injured = _count([m.injured for m in told if m.injured])
    # "Three people were killed, police said", "Another 30 were injured": what
    # the next sentence counts, where no mention of the event counts it.
    killed = _with_carried(killed, [m.carried[0] for m in ordered if m.carried[0]])
    injured = _with_carried(injured, [m.carried[1] for m in ordered if m.carried[1]])
    agent = next((m for m in ordered if m.perpetrator), None)
    victims = tuple(dict.fromkeys(v for m in ordered for v in m.victims))
    spans = sorted({(m.start, m.end) for m in event.mentions})
    return Incident(
        id="",
        start=main.start,
        end=main.end,
        text=text[main.start : main.end],
        type=kind,  # type: ignore[arg-type]
        place=placed.place if placed else None,
        area=placed.area if placed else None,
        date=dated_date if dated else None,
        toll=Toll(
            killed.n if killed else None,
            injured.n if injured else None,
            bool(killed and killed.approx),
            bool(injured and injured.approx),
        )
        if killed or injured
        else None,
        perpetrator=agent.perpetrator if agent else None,
        attribution=agent.attribution if agent else None,  # type: ignore[arg-type]
        victims=victims,
        mentions=tuple(Span(a, b) for a, b in spans),
    )


_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def coarse(date: DateRef) -> bool:
    """ "this year", "2023", "last month": a time no finer than a month."""
    if date.iso and len(date.iso) == 10:
        return False
    text = date.text.lower()
    return not _DAY.search(text) and not _named(text, _WEEKDAY_NAMES)


def _within(date: DateRef, finer: DateRef) -> bool:
    """Whether a day can fall in a coarser time: a day told without its
    year ("21 June") fits any year, and its month must agree."""
    if not (date.iso and finer.iso):
        return _same_date(date, finer)
    if _YEAR.search(finer.text):
        return finer.iso.startswith(date.iso)
    return len(date.iso) < 7 or date.iso[5:7] == finer.iso[5:7]


def finest(date: DateRef, dates: list[DateRef]) -> DateRef:
    """ "Broke into a control panel this year ... on 30 November": a day told
    for the event wins over the year or month it falls in; a bare year told
    with it ("in 2023 ... on 21 June") dates the day."""
    if not coarse(date):
        return date
    finer = next((d for d in dates if not coarse(d) and _within(date, d)), None)
    if finer is None:
        return date
    if _YEAR.search(finer.text):
        return finer
    year = re.fullmatch(r"(?:in )?((?:1[89]|20)\d\d)", date.text.strip().lower())
    if year:
        text = f"{finer.text} {year.group(1)}"
        iso = f"{year.group(1)}{finer.iso[4:]}" if finer.iso else normalise_date(text)
        return DateRef(text, iso)
    if date.iso and finer.iso:  # "in March last year ... on March 20"
        return DateRef(finer.text, f"{date.iso[:4]}{finer.iso[4:]}")
    return finer


def _refines(m: Mention, events: list[Event]) -> Event | None:
    """ "He was attacked with a hammer in 2023. He was attacked on 21 June":
    a day told in the next sentence for an event of the same kind dated only
    by its year or month is that event's day."""
    if m.date is None or coarse(m.date) or not events:
        return None
    event = events[-1]
    last = max(x.sentence for x in event.mentions)
    dates = [x.date for x in event.mentions if x.date]
    if m.sentence - last != 1 or not dates or not all(coarse(d) for d in dates):
        return None
    places = all(_same_place(m.place, x.place) for x in event.mentions)
    if not places or not all(_within(d, m.date) for d in dates):
        return None
    kin = [x for x in event.mentions if x.type == m.type]
    return event if any(not x.loose or x.head.lemma == m.head.lemma for x in kin) else None


def as_pattern(m: Mention, text: str) -> Pattern:
    return Pattern(
        id="",
        start=m.start,
        end=m.end,
        text=text[m.start : m.end],
        type=m.type,
        place=m.place,  # type: ignore[arg-type]
    )
