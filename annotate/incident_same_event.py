"""Two events told apart that nothing tells apart: one event.

The fold joins a mention to an event when something ties them (a shared
sentence, a reference back, a place and time). News also names one event
twice with nothing tying the names: a summary line above its full telling,
a headline-like lead, "arson on Wednesday" paragraphs after "a fire at the
yard". Two events of one kind that agree on every fact either gives (day,
toll, culprit), neither told as another act ("Separately", "a second",
"the same group ... also"), are one when they name the same place, or when
one is only named in passing and a full telling gives its place and day.
A summary line's items are matched in order with the tellings below it.
"""

from __future__ import annotations

from annotate.incident_counted_items import counted_once
from annotate.incident_cyber_means import other_means
from annotate.incident_date_match import same_date
from annotate.incident_mention import Event
from annotate.incident_not_culprits import CHARGING


def _places(e: Event) -> list[str]:
    return [x.place.lower() for x in e.mentions if x.place and not x.rough_place]


def _same_places(a: Event, b: Event) -> bool:
    pa, pb = _places(a), _places(b)
    return all(x in y or y in x for x in pa for y in pb)


def same_dates(a: Event, b: Event) -> bool:
    return all(same_date(x.date, y.date) for x in a.mentions for y in b.mentions)


def _counts(e: Event, attr: str) -> set[object]:
    return {getattr(x, attr).n for x in e.mentions if getattr(x, attr)}


def _same_tolls(a: Event, b: Event) -> bool:
    for attr in ("killed", "injured"):
        x, y = _counts(a, attr), _counts(b, attr)
        if x and y and not x & y:
            return False
    return True


def same_culprits(a: Event, b: Event) -> bool:
    x = {m.perpetrator for m in a.mentions if m.perpetrator}
    y = {m.perpetrator for m in b.mentions if m.perpetrator}
    return not x or not y or bool(x & y)


def _kinds(e: Event) -> set[str]:
    return {m.type for m in e.mentions if not m.loose}


_OTHER = frozenset(
    "separately separate another other elsewhere earlier previous also same second".split()
)


def marked_other(e: Event) -> bool:
    """Told as another act ("Separately, ...", "The same group claimed ... a
    DDoS", "was also hit"), or as the time of one."""
    return any(
        m.separate
        or m.time_point
        or any(t.lower_ in _OTHER for t in m.head.sent if t.i < m.head.i or t.head.i == m.head.i)
        for m in e.mentions
    )


def _given_by(passing: Event, full: Event) -> bool:
    """Every place and day the passing name gives, the full telling gives
    too; a telling that names no place leaves the name's place standing
    when they share a day ("jailed for an arson at a depot in 2025" and the
    arson "on the night of 11 to 12 August 2025")."""
    places = _places(full)
    dates = [x.date for x in full.mentions if x.date]
    same_day = (
        bool(dates)
        and all(any(same_date(m.date, d) for d in dates) for m in passing.mentions if m.date)
        and any(m.date for m in passing.mentions)
    )
    return all(
        (
            m.place is None
            or m.rough_place
            or any(m.place.lower() in p or p in m.place.lower() for p in places)
            or (not places and same_day)
        )
        and (m.date is None or any(same_date(m.date, d) for d in dates))
        for m in passing.mentions
    )


def thin(e: Event) -> bool:
    """Named in passing: a noun that is no clause's subject, or the act one
    is accused of ("accused of burning down a hall"), with no toll."""
    return all(
        (
            (m.head.pos_ in ("NOUN", "PROPN") and m.head.dep_ not in ("nsubj", "nsubjpass"))
            or _accused_of(m.head)
        )
        and not (m.killed or m.injured)
        for m in e.mentions
    )


def _accused_of(head) -> bool:
    """ "went on trial accused of burning down a hall": the charge names the act."""
    prep = head.head
    return (
        head.tag_ == "VBG"
        and head.dep_ == "pcomp"
        and prep.lower_ in ("of", "with", "for")
        and prep.head.lemma_.lower() in CHARGING
    )


def _agree(a: Event, b: Event) -> bool:
    """Of one kind, neither told as another act, no fact that differs."""
    return (
        bool(_kinds(a) & _kinds(b))
        and not marked_other(a)
        and not marked_other(b)
        and same_dates(a, b)
        and _same_tolls(a, b)
        and same_culprits(a, b)
        and not other_means(a.mentions, b)
    )


def _same_site(a: Event, b: Event) -> bool:
    """Both name the place, and it is the same."""
    return bool(_places(a) and _places(b)) and _same_places(a, b)


def main_kind(e: Event) -> str:
    return next((m.type for m in e.mentions if not m.loose), e.mentions[0].type)


def first_sentence(e: Event) -> int:
    return (
        min(m.sentence for m in e.mentions if not m.headline)
        if any(not m.headline for m in e.mentions)
        else -1
    )


def _summary_items(events: list[Event]) -> dict[int, Event]:
    """ "The week saw a drone attack on X, a missile strike on Y and a
    stabbing in Z", each told in full below: the items of one sentence
    named in passing, matched in order with the full tellings of their kind
    after it, when the kinds count alike. A summary names the wider place
    ("near Damascus" for a depot near Kisweh), so places are not compared."""
    merged: dict[int, Event] = {}
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        sentences = {m.sentence for m in e.mentions}
        if thin(e) and len(sentences) == 1 and not marked_other(e):
            by_sentence.setdefault(next(iter(sentences)), []).append(e)
    for sentence, items in by_sentence.items():
        named = [e for e in events if any(m.sentence == sentence for m in e.mentions)]
        if len(items) < 2 or len(named) != len(items):
            continue  # one item already joined its telling: the order is not the list's
        full = [
            e
            for e in events
            if not thin(e) and first_sentence(e) > sentence and not marked_other(e)
        ]
        for kind in {main_kind(e) for e in items}:
            named = [e for e in items if main_kind(e) == kind]
            told = [e for e in full if main_kind(e) == kind]
            if len(named) != len(told):
                continue
            for item, telling in zip(named, told, strict=True):
                if same_dates(item, telling) and same_culprits(item, telling):
                    merged[id(item)] = telling
    return merged


_ARMS = frozenset(
    "drone uav missile rocket bomb shell grenade mine torpedo artillery jet aircraft".split()
)


def arms(e: Event) -> set[str]:
    words = (t for m in e.mentions for t in m.head.sent if m.start <= t.idx < m.end)
    return {t.lemma_.lower() for t in words} & _ARMS


def same_arms(a: Event, b: Event) -> bool:
    """ "a missile strike on a bulk carrier" is not "a drone struck a depot"."""
    x, y = arms(a), arms(b)
    return not x or not y or bool(x & y)


def _facts(e: Event) -> bool:
    return any((m.place and not m.rough_place) or m.date for m in e.mentions)


def _distance(a: Event, b: Event) -> int:
    return min(abs(x.sentence - y.sentence) for x in a.mentions for y in b.mentions)


def consolidate(events: list[Event]) -> list[Event]:
    """Events in order, those that are one joined (see the module docstring)."""
    items = _summary_items(events) | counted_once(events)  # "lists one arson ..."
    for e in events:
        if id(e) in items:
            items[id(e)].mentions.extend(e.mentions)
    events = [e for e in events if id(e) not in items]
    # a name in passing whose place and day a full telling of its kind gives
    full = [e for e in events if not thin(e)]
    passing: dict[int, Event] = {}
    for e in events:
        if thin(e):
            fits = [f for f in full if _agree(e, f) and _given_by(e, f) and same_arms(e, f)]
            if not _facts(e):
                fits = fits if len(fits) == 1 else []  # with no facts: the only telling
            if fits:  # with several, the telling nearest to it
                passing[id(e)] = min(fits, key=lambda f: _distance(e, f))
    kept: list[Event] = []
    for e in events:
        if id(e) in passing:
            passing[id(e)].mentions.extend(e.mentions)
            continue
        target = next((k for k in kept if _agree(k, e) and _same_site(k, e)), None)
        if target is None:
            kept.append(e)
        else:
            target.mentions.extend(e.mentions)
    return kept
