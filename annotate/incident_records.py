"""The records an event and a generic reference become: an `Incident` with
its type, main mention, facts and every mention, and a `Pattern`."""

from __future__ import annotations

from annotate.incident_anchors import characterises, consequence
from annotate.incident_bullet_lines import bulleted
from annotate.incident_date_match import finest
from annotate.incident_facts import LIKENING
from annotate.incident_home_towns import hit_home_in_clause, speakers_home
from annotate.incident_link_ends import link_name
from annotate.incident_mention import Event, Mention
from annotate.incident_not_stated import asked, summary_item
from annotate.incident_numbers import Count
from annotate.incident_sentence_places import sentence_place
from annotate.model import Incident, Pattern, Span, Toll

_TYPE_ORDER = (
    "strike",
    "explosion",
    "attack",
    "cyber",
    "airspace",
    "sabotage",
    "fire",
    "other",
    "boarding",
)
# Kinds kept apart while mentions fold, shown as a listed type: a ship
# boarded by an authority folds only with another boarding, and is "other".
_SHOWN = {"boarding": "other"}


_GUNFIRE = frozenset({"shooting", "shoot", "gunfire", "stabbing", "stab", "gun", "gunman", "open"})


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
    the councillor") replaces it; those told as "also" hurt are added."""
    total = _count([c for c in carried if not c.including and not c.added])
    own = own or total
    larger = max((c for c in carried if c.including), key=lambda c: c.n, default=None)
    if own is None or (larger is not None and larger.n > own.n):
        own = larger
    more = [c for c in carried if c.added]  # "A woman ... was also injured"
    if more:
        base = own.n if own is not None else 0
        approx = (own is not None and own.approx) or any(c.approx for c in more)
        return Count(base + sum(c.n for c in more), approx)
    return own


def _totals(counts) -> list[Count]:
    return [c for c in counts if c is not None and c.including]


def _named_back(m: Mention) -> bool:
    """ "Firefighters fought the blaze", "the attack": a noun pointing back
    to an act told, with no place or time of its own, is never its fullest
    telling when the act is told too (a toll or a culprit may be said with it)."""
    return m.refers_back and m.head.pos_ == "NOUN" and not (m.headline or m.place or m.date)


def _unplaced(main: Mention, kind: str) -> str | None:
    """For an event no mention places: the one place its clause names, or the
    home of the firm that tells of an attack on its own systems."""
    found = sentence_place(main.head)
    if found is None and kind == "cyber":
        found = speakers_home(main.head) or hit_home_in_clause(main.head)
    return found


def event_incident(event: Event, text: str) -> Incident:
    """The event as an incident: main mention, facts, every mention."""
    body = [m for m in event.mentions if not m.headline] or event.mentions
    main = max(
        body,
        key=lambda m: (
            not asked(m.head),  # a question is never the telling
            not summary_item(m, event),  # "This week saw X, Y and Z", each told below
            not bulleted(m),  # "- Missile strike on X kills 9", told in prose too
            not characterises(m.head),
            not _likened(m),
            not _named_back(m),
            not m.time_point,  # "Two weeks before the Dagenham blaze, X set fire to ...": a date
            m.facts,
            not m.loose,
            -m.start,
        ),
    )
    ordered = [main] + [m for m in body if m is not main]
    ordered += [m for m in event.mentions if m.headline and m is not main]
    # A headline's word is shorthand: the body's words name the kind.
    voters = [m for m in ordered if not m.headline] or ordered
    kinds = [
        m.type for m in voters if not m.loose and not consequence(m) and not characterises(m.head)
    ] or [main.type]
    kind = min(kinds, key=_TYPE_ORDER.index)
    kind = _SHOWN.get(kind, kind)
    if kind == "explosion" and any(m.head.lemma_.lower() in _GUNFIRE for m in ordered):
        kind = "attack"  # a shooting with bombs left behind is a shooting
    # A cable's or pipeline's own name is what was hit: its sea, if told, or nothing.
    placed = next((m for m in ordered if m.place and not link_name(m.head.doc, m.place)), None)
    dated = next((m for m in ordered if m.date and m.date_own), None) or next(
        (m for m in ordered if m.date and not m.headline), None
    )
    if dated is not None:
        dated_date = finest(dated.date, [m.date for m in ordered if m.date and not m.headline])
    # A headline drops the hedge ("kills 11" over "killing at least 11"): the body's count first.
    told = [m for m in ordered if not m.headline and (m.killed or m.injured)] or ordered
    killed = _count([m.killed for m in told if m.killed and not m.killed.including])
    injured = _count([m.injured for m in told if m.injured and not m.injured.including])
    # "At least three killed and 11 injured ... five people were killed and 14
    # injured": the dead and the hurt of one telling, never mixed from two
    source = next((m for m in told if killed is not None and m.killed is killed), None)
    if source is not None and source.injured and not source.injured.including:
        injured = source.injured
    # "Three people were killed, police said", "Another 30 were injured": what
    # the next sentence counts, where no mention of the event counts it; a
    # total told with a mention ("hurt in the attack, including the
    # councillor") weighs as one carried.
    killed = _with_carried(
        killed, [m.carried[0] for m in ordered if m.carried[0]] + _totals(m.killed for m in told)
    )
    injured = _with_carried(
        injured, [m.carried[1] for m in ordered if m.carried[1]] + _totals(m.injured for m in told)
    )
    agent = next((m for m in ordered if m.perpetrator), None)
    victims = tuple(dict.fromkeys(v for m in ordered for v in m.victims))
    spans = sorted({(m.start, m.end) for m in event.mentions})
    return Incident(
        id="",
        start=main.start,
        end=main.end,
        text=text[main.start : main.end],
        type=kind,  # type: ignore[arg-type]
        place=placed.place if placed else _unplaced(main, kind),
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


def as_pattern(m: Mention, text: str) -> Pattern:
    return Pattern(
        id="",
        start=m.start,
        end=m.end,
        text=text[m.start : m.end],
        type=_SHOWN.get(m.type, m.type),
        place=m.place,  # type: ignore[arg-type]
    )
