"""Events across articles: one event where outlets tell the same one, in
different words; apart where type, place or day says otherwise."""

from __future__ import annotations

import datetime as dt

import pytest
from set_support import briefing, incident

from annotate.merge_events import WINDOW_DAYS, merge_events


def events_of(*incidents_by_article, published=None, actor_ids=None):
    briefings = [
        briefing(f"t{n}", (), (), (), tuple(x)) for n, x in enumerate(incidents_by_article)
    ]
    published = published or [None] * len(briefings)
    return merge_events(briefings, published, actor_ids or {})


def three_outlets():
    """One depot blast told three ways, and a warehouse fire five days later."""
    ledger = [
        incident(
            "i1",
            "explosion",
            place="Gdansk",
            date="2025-03-04",
            killed=2,
            injured=5,
            text="An explosion tore through a fuel depot in Gdansk",
        )
    ]
    wire = [
        incident(
            "i1",
            "sabotage",
            place="fuel depot",
            area="Gdansk",
            date="2025-03-04",
            killed=3,
            injured=4,
            approx=True,
            perpetrator="a1",
            attribution="alleged",
            text="suspected sabotage at the Gdansk fuel depot",
        ),
    ]
    times = [
        incident("i1", "explosion", place="Gdansk", text="the depot explosion"),
        incident("i2", "fire", place="Krakow", date="2025-03-09", text="a warehouse fire"),
    ]
    published = [dt.date(2025, 3, 4), dt.date(2025, 3, 5), dt.date(2025, 3, 10)]
    return events_of(ledger, wire, times, published=published, actor_ids={(1, "a1"): "A7"})


def test_one_event_told_by_three_outlets_is_one_event_with_three_reports() -> None:
    blast, fire = three_outlets()
    assert [(r.article, r.id) for r in blast.reports] == [(0, "i1"), (1, "i1"), (2, "i1")]
    assert (blast.type, blast.date) == ("explosion", "2025-03-04")
    assert blast.place == "fuel depot, Gdansk"
    assert blast.first_reported == "2025-03-04"
    assert [(r.article, r.id) for r in fire.reports] == [(2, "i2")]
    assert (fire.id, fire.date) == ("e2", "2025-03-09")


def test_facts_where_reports_differ_keep_each_reports_value() -> None:
    blast, _ = three_outlets()
    kind = blast.fact("type")
    assert not kind.agreed and [r.value for r in kind.reports] == [
        "explosion",
        "sabotage",
        "explosion",
    ]
    killed = blast.fact("killed")
    assert (killed.value, killed.agreed) == ("2–3", False)
    assert [(r.value, r.qualifier) for r in killed.reports] == [
        (2, None),
        (3, "at least"),
        (None, None),
    ]
    injured = blast.fact("injured")  # "at least 4" and 5 agree
    assert (injured.value, injured.agreed) == (5, True)
    place = blast.fact("place")
    assert place.agreed and [(r.value, r.qualifier) for r in place.reports] == [
        ("Gdansk", None),
        ("fuel depot", "Gdansk"),
        ("Gdansk", None),
    ]
    date = blast.fact("date")
    assert (date.value, date.agreed) == ("2025-03-04", True)
    perpetrator = blast.fact("perpetrator")
    assert (perpetrator.value, perpetrator.agreed) == ("A7", True)
    assert [(r.value, r.qualifier) for r in perpetrator.reports] == [
        (None, None),
        ("A7", "alleged"),
        (None, None),
    ]


# (type, place, area, date, published) of two reports, and whether they are one event
PAIRS = [
    (
        ("fire", "Gdansk", None, "2025-03-04", None),
        ("fire", "Gdansk", None, "2025-03-04", None),
        True,
    ),
    (
        ("explosion", "Gdansk", None, "2025-03-04", None),
        ("sabotage", "Gdansk", None, "2025-03-04", None),
        True,
    ),
    (
        ("explosion", None, None, "2025-03-04", None),
        ("sabotage", None, None, "2025-03-04", None),
        False,
    ),
    (
        ("explosion", "Gdansk", None, "2025-03", None),
        ("sabotage", "Gdansk", None, "2025-03-04", None),
        False,
    ),
    (
        ("fire", "Gdansk", None, "2025-03-04", None),
        ("fire", "Gdansk", None, "2025-03-05", None),
        False,
    ),
    (
        ("fire", "Gdansk", None, "2025-03-04", None),
        ("fire", "Krakow", None, "2025-03-04", None),
        False,
    ),
    (
        ("fire", "Gdansk", None, "2025-03-04", None),
        ("fire", "fuel depot", "Gdansk", "2025-03-04", None),
        True,
    ),
    (
        ("fire", "Leipzig airport", "Leipzig", None, None),
        ("fire", "Leipzig station", "Leipzig", None, None),
        False,
    ),
    (("fire", "Gdansk", None, "2025-03", None), ("fire", "Gdansk", None, "2025-03-04", None), True),
    (("fire", None, None, "2025-03-04", None), ("fire", None, None, "2025-03-04", None), True),
    (("fire", None, None, "2025-03", None), ("fire", None, None, "2025-03", None), False),
    (("fire", None, None, None, None), ("fire", None, None, None, None), False),
    (
        ("cyber", "Gdansk", None, "2025-03-04", None),
        ("explosion", "Gdansk", None, "2025-03-04", None),
        False,
    ),
    (
        ("fire", "Gdansk", None, "2025-03-04", None),
        ("fire", "Gdansk", None, None, "2025-03-06"),
        True,
    ),
    (
        ("fire", "Gdansk", None, "2025-03-04", None),
        ("fire", "Gdansk", None, None, f"2025-03-{4 + WINDOW_DAYS + 1:02}"),
        False,
    ),
    (
        ("fire", "United States", None, "2025-03-04", None),
        ("fire", "U.S.", None, "2025-03-04", None),
        True,
    ),
]


@pytest.mark.parametrize("first, second, one", PAIRS)
def test_when_two_reports_are_one_event(first, second, one: bool) -> None:
    def report(spec):
        type_, place, area, date, _ = spec
        return [incident("i1", type_, place=place, area=area, date=date)]

    published = [dt.date.fromisoformat(s[4]) if s[4] else None for s in (first, second)]
    events = events_of(report(first), report(second), published=published)
    assert len(events) == (1 if one else 2)


def test_an_event_takes_one_report_per_article() -> None:
    events = events_of(
        [incident("i1", "fire", place="Gdansk", date="2025-03-04")],
        [
            incident("i1", "fire", place="Gdansk", date="2025-03-04"),
            incident("i2", "fire", place="Gdansk", date="2025-03-04"),
        ],
    )
    assert [[(r.article, r.id) for r in e.reports] for e in events] == [
        [(0, "i1"), (1, "i1")],
        [(1, "i2")],
    ]


def test_a_report_must_agree_with_every_report_of_the_event() -> None:
    """'Gdansk' fits both sites, but the sites are not one place."""
    events = events_of(
        [incident("i1", "fire", place="fuel depot", area="Gdansk", date="2025-03-04")],
        [incident("i1", "fire", place="shipyard", area="Gdansk", date="2025-03-04")],
        [incident("i1", "fire", place="Gdansk", date="2025-03-04")],
    )
    assert sorted(len(e.reports) for e in events) == [1, 2]


def test_the_timeline_runs_by_date_then_undated_and_ids_follow_it() -> None:
    events = events_of(
        [incident("i1", "fire", place="B", date="2025-05-01")],
        [incident("i1", "strike", place="A", date="2024-01-10")],
        [incident("i1", "cyber")],
        published=[None, None, dt.date(2023, 1, 1)],
    )
    assert [(e.id, e.date, e.first_reported) for e in events] == [
        ("e1", None, "2023-01-01"),
        ("e2", "2024-01-10", None),
        ("e3", "2025-05-01", None),
    ]


def test_disputed_perpetrators_are_kept_apart() -> None:
    events = events_of(
        [incident("i1", "fire", place="Gdansk", date="2025-03-04", perpetrator="a1")],
        [incident("i1", "fire", place="Gdansk", date="2025-03-04", perpetrator="a2")],
        actor_ids={(0, "a1"): "A1", (1, "a2"): "A2"},
    )
    fact = events[0].fact("perpetrator")
    assert (fact.value, fact.agreed) == (None, False)
    assert [r.value for r in fact.reports] == ["A1", "A2"]


def test_a_perpetrator_not_among_the_set_actors_is_no_value() -> None:
    (event,) = events_of([incident("i1", "fire", place="X", date="2025-01-01", perpetrator="a9")])
    assert event.fact("perpetrator").reports[0].value is None
