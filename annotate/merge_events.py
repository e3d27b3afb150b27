"""Events across articles: incidents that several articles report as one.

Two reports are of one event when their type, place and date agree,
allowing for the same event told differently:

- types agree when equal, or when both are violence to people or things
  (fire, explosion, sabotage, attack, strike: one outlet's "blast" is
  another's "sabotage") and then place and day must both be given and agree;
- places agree when the words of one are among the other's place and area
  ("Gdansk" and "fuel depot, Gdansk"; not "Leipzig airport" and "Leipzig
  station"), countries by their canonical name;
- dates agree when one ISO date begins the other ("2025-03" and
  "2025-03-04"); an undated report joins a report of the same type and place
  only when the articles appeared within `WINDOW_DAYS` of the event.

A report needs at least a place or a day to join; it joins an event when it
is one event with some report there and contradicts none (in type, place or
date), and an event takes one report per article.
Every incident becomes an event (most have one report), in date order.
The facts are reconciled report by report, keeping each report's value.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from annotate.lexicons import country_of
from annotate.model import (
    Briefing,
    EventFact,
    FactReport,
    FactValue,
    Incident,
    ItemRef,
    SetEvent,
)

WINDOW_DAYS = 7
_VIOLENCE = frozenset({"fire", "explosion", "sabotage", "attack", "strike"})
# When reports name different types, the most specific wins.
_SPECIFIC = ("sabotage", "cyber", "airspace", "explosion", "attack", "strike", "fire", "other")
_STOP = frozenset({"the", "a", "an", "of", "in", "at", "near", "on", "outside", "and"})


@dataclass(frozen=True)
class _Report:
    ref: ItemRef
    incident: Incident
    published: dt.date | None
    place_words: frozenset[str]
    where_words: frozenset[str]  # place and area

    @property
    def day(self) -> str | None:
        iso = self.incident.date.iso if self.incident.date else None
        return iso if iso and len(iso) == 10 else None


def _words(place: str | None) -> frozenset[str]:
    if not place:
        return frozenset()
    country = country_of(place)
    text = (country or place).replace("’", "'").casefold()
    return frozenset(w.strip(".,'") for w in text.split() if w not in _STOP) - {""}


def _report(ref: ItemRef, incident: Incident, published: dt.date | None) -> _Report:
    place = _words(incident.place)
    return _Report(ref, incident, published, place, place | _words(incident.area))


def _types_agree(a: _Report, b: _Report) -> bool | None:
    """True same type; None related types (needs place and day); False not."""
    x, y = a.incident.type, b.incident.type
    if x == y:
        return True
    return None if x in _VIOLENCE and y in _VIOLENCE else False


def _places_agree(a: _Report, b: _Report) -> bool | None:
    """None when either gives no place."""
    if not a.place_words or not b.place_words:
        return None
    return a.place_words <= b.where_words or b.place_words <= a.where_words


def _dates_agree(a: _Report, b: _Report) -> bool | None:
    """None when either gives no date."""
    x = a.incident.date.iso if a.incident.date else None
    y = b.incident.date.iso if b.incident.date else None
    if not x or not y:
        return None
    return x.startswith(y) or y.startswith(x)


def _near_in_time(a: _Report, b: _Report) -> bool:
    """For an undated report: its article appeared soon after the other's event."""
    dated, undated = (a, b) if a.incident.date and a.incident.date.iso else (b, a)
    when = _day(dated.day) or dated.published
    if undated.published is None or when is None:
        return True  # nothing says otherwise; type and place already agree
    return -1 <= (undated.published - when).days <= WINDOW_DAYS


def _day(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def same_event(a: _Report, b: _Report) -> bool:
    """Whether two reports (of different articles) tell of one event."""
    types = _types_agree(a, b)
    places = _places_agree(a, b)
    dates = _dates_agree(a, b)
    if types is False or places is False or dates is False:
        return False
    same_day = dates is True and a.day is not None and a.day == b.day
    if types is None:
        return places is True and same_day
    if places is None:
        return same_day
    if dates is None:
        return _near_in_time(a, b)
    return True


def _conflict(a: _Report, b: _Report) -> bool:
    """Type, place or date of two reports that cannot be one event's."""
    return False in (_types_agree(a, b), _places_agree(a, b), _dates_agree(a, b))


def merge_events(
    briefings: Sequence[Briefing],
    published: Sequence[dt.date | None],
    actor_ids: dict[tuple[int, str], str],
) -> list[SetEvent]:
    """Every article's incidents as events across the articles, in date order.

    `published` gives each article's publication date (None if unknown);
    `actor_ids` maps (article index, actor id) to set actor ids, for
    perpetrators.
    """
    events: list[list[_Report]] = []
    for n, briefing in enumerate(briefings):
        for incident in briefing.incidents:
            report = _report(ItemRef(n, incident.id), incident, published[n])
            fits = [
                e
                for e in events
                if all(r.ref.article != n and not _conflict(report, r) for r in e)
                and any(same_event(report, r) for r in e)
            ]
            if fits:
                max(fits, key=lambda e: _closeness(report, e)).append(report)
            else:
                events.append([report])
    built = [_event(reports, actor_ids) for reports in events]
    built.sort(key=_timeline_key)
    return [_renumbered(event, n) for n, event in enumerate(built, 1)]


def _closeness(report: _Report, event: list[_Report]) -> tuple[int, int]:
    """How well a report fits an event: same day and place words in common."""
    days = sum(1 for r in event if r.day is not None and r.day == report.day)
    places = sum(len(r.where_words & report.where_words) for r in event)
    return days, places


def _timeline_key(event: SetEvent) -> tuple[bool, str, str]:
    when = event.date or event.first_reported
    return when is None, when or "", event.id


def _renumbered(event: SetEvent, n: int) -> SetEvent:
    return SetEvent(
        id=f"e{n}",
        type=event.type,
        reports=event.reports,
        place=event.place,
        date=event.date,
        facts=event.facts,
        first_reported=event.first_reported,
    )


def _event(reports: list[_Report], actor_ids: dict[tuple[int, str], str]) -> SetEvent:
    kind, place, date = _type_fact(reports), _place_fact(reports), _date_fact(reports)
    published = [r.published for r in reports if r.published]
    first = reports[0].ref
    return SetEvent(
        id=f"{first.article}:{first.id}",  # renumbered once in timeline order
        type=str(kind.value),  # type: ignore[arg-type]
        reports=tuple(r.ref for r in reports),
        place=None if place.value is None else str(place.value),
        date=None if date.value is None else str(date.value),
        facts=(
            kind,
            place,
            date,
            _count_fact(reports, "killed"),
            _count_fact(reports, "injured"),
            _perpetrator_fact(reports, actor_ids),
        ),
        first_reported=min(published).isoformat() if published else None,
    )


def _type_fact(reports: list[_Report]) -> EventFact:
    values = [FactReport(r.ref, r.incident.type) for r in reports]
    counts = Counter(r.incident.type for r in reports)
    best = max(counts, key=lambda t: (counts[t], -_SPECIFIC.index(t)))
    return EventFact("type", best, len(counts) == 1, tuple(values))


def _place_fact(reports: list[_Report]) -> EventFact:
    values = [FactReport(r.ref, r.incident.place, r.incident.area) for r in reports]
    given = [r for r in reports if r.incident.place]
    agreed = all(_places_agree(a, b) is not False for a in given for b in given)
    best = max(given, key=lambda r: len(r.where_words), default=None)
    return EventFact("place", _where(best.incident) if best else None, agreed, tuple(values))


def _where(incident: Incident) -> str | None:
    """ "fuel depot, Gdansk": the place, and its area when that adds to it."""
    place, area = incident.place, incident.area
    if place and area and area.casefold() not in place.casefold():
        return f"{place}, {area}"
    return place


def _date_fact(reports: list[_Report]) -> EventFact:
    isos = [r.incident.date.iso if r.incident.date else None for r in reports]
    values = [FactReport(r.ref, iso) for r, iso in zip(reports, isos, strict=True)]
    given = [iso for iso in isos if iso]
    agreed = all(x.startswith(y) or y.startswith(x) for x in given for y in given)
    best = max(given, key=len, default=None) if agreed else _shared_prefix(given)
    return EventFact("date", best, agreed, tuple(values))


def _shared_prefix(isos: list[str]) -> str | None:
    """What differing dates share: the month or the year, if anything."""
    for size in (7, 4):
        heads = {iso[:size] for iso in isos if len(iso) >= size}
        if len(heads) == 1:
            return heads.pop()
    return None


def _count_fact(reports: list[_Report], name: str) -> EventFact:
    """A toll: exact counts must be equal and at least every lower bound;
    otherwise the range they span, each report's count kept."""
    values = []
    exact: set[int] = set()
    bounds: list[int] = []
    for r in reports:
        toll = r.incident.toll
        count = getattr(toll, name) if toll else None
        approx = bool(toll and getattr(toll, f"{name}_approx"))
        values.append(
            FactReport(r.ref, count, "at least" if approx and count is not None else None)
        )
        if count is not None and approx:
            bounds.append(count)
        elif count is not None:
            exact.add(count)
    if not exact and not bounds:
        return EventFact(name, None, True, tuple(values))  # type: ignore[arg-type]
    agreed = not exact or (len(exact) == 1 and all(b <= min(exact) for b in bounds))
    value: FactValue
    if agreed:
        value = next(iter(exact)) if exact else max(bounds)
    else:
        every = [*exact, *bounds]
        value = f"{min(every)}–{max(every)}"
    return EventFact(name, value, agreed, tuple(values))  # type: ignore[arg-type]


def _perpetrator_fact(reports: list[_Report], actor_ids: dict[tuple[int, str], str]) -> EventFact:
    values = []
    for r in reports:
        who = r.incident.perpetrator
        actor = actor_ids.get((r.ref.article, who)) if who else None
        values.append(FactReport(r.ref, actor, r.incident.attribution if actor else None))
    given = {v.value for v in values if v.value}
    value = next(iter(given)) if len(given) == 1 else None
    return EventFact("perpetrator", value, len(given) <= 1, tuple(values))
