"""Round 19 of the incident rules: dates. A date the clause names in full
(", on 18 February") beats a count of days from another event ("Four days
after the fire"), in any order of telling; a bare weekday does not (which
Sunday, the count says). Sentences written for these tests (not from any
corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

from annotate.engine import annotate_text
from annotate.incident_dates import normalise_date

WEDNESDAY = dt.date(2026, 5, 20)

events = events_on(WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "A fire destroyed a depot in Brno on 14 February. Four days after the fire, "
            "on 18 February, a drone circled over the plant in Brno.",
            "2026-02-18",
        ),
        (
            "A bomb exploded at a bus stop in Sumy on 3 March. Two days after the explosion, "
            "on 5 March, a second bomb went off at a market in Sumy.",
            "2026-03-05",
        ),
        (
            "A cable was cut near Gotland on 10 May. A week after the incident, on 17 May, "
            "a second cable was damaged off Ventspils.",
            "2026-05-17",
        ),
        (
            "A drone flew over the base at Volkel on 12 April. Three days before the flight, "
            "on 9 April, a fire broke out at a hangar in Uden.",
            "2026-04-09",
        ),
        # look-alikes: no day named, or only a weekday: the count from the event before
        (
            "A fire destroyed a depot in Brno on 14 February. Four days after the fire a "
            "drone circled over the plant in Brno.",
            "2026-02-18",
        ),
        (
            "A fire destroyed a depot in Brno on 14 February. A day after the fire, on "
            "Sunday, a drone circled over the plant in Brno.",
            "2026-02-15",
        ),
    ],
)
def test_a_named_day_beats_a_count_from_another_event(nlp, text, iso):
    found = events(nlp, text)
    assert len(found) == 2, [i.text for i in found]
    assert found[1].date is not None and found[1].date.iso == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "At about nine o'clock yesterday evening a fire broke out at a substation in Peitz.",
            "2026-05-19",
        ),
        (
            "Shortly after midnight yesterday, two drones flew over the power station at "
            "Jänschwalde.",
            "2026-05-19",
        ),
        (
            "A car was set alight outside the town hall in Cottbus at ten o'clock on Friday "
            "morning.",
            "2026-05-15",
        ),
        (
            "Shortly before 11 p.m. on Sunday, an explosion damaged a rail bridge near Forst.",
            "2026-05-17",
        ),
        ("At 9pm yesterday a fire broke out at a warehouse in Guben.", "2026-05-19"),
        # look-alike: an hour alone names no day
        ("At 9pm a fire broke out at a warehouse in Guben.", None),
    ],
)
def test_an_hour_told_with_a_day_is_that_day(nlp, text, iso):
    found = events(nlp, text)
    assert len(found) == 1, [i.text for i in found]
    assert (found[0].date.iso if found[0].date else None) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("about nine o'clock yesterday evening", "2026-05-19"),
        ("shortly after midnight yesterday", "2026-05-19"),
        ("at ten o'clock on Friday morning", "2026-05-15"),
        ("9pm on 3 May", "2026-05-03"),
        ("at around 3am on Monday", "2026-05-18"),
        ("at 9pm", None),
        ("at midnight", None),
    ],
)
def test_the_hour_is_dropped_from_a_day(text, iso):
    assert normalise_date(text, WEDNESDAY) == iso


@pytest.mark.parametrize(
    ("text", "told", "iso"),
    [
        # a town the tagger took into the date ("Vejle last March") is no part of it
        (
            "A court in Aarhus on Thursday sentenced two men to prison for setting fire to a "
            "warehouse in Vejle last March.",
            "last March",
            "2026-03",
        ),
        ("Two men set fire to a warehouse in Vejle last March.", "last March", "2026-03"),
        ("A fire destroyed a depot in Brovary on 12 May.", "12 May", "2026-05-12"),
        # look-alike: a named day is the date itself
        (
            "A fire broke out at a depot in Kyiv on Christmas Eve.",
            "Christmas Eve",
            "2025-12-24",
        ),
    ],
)
def test_a_town_before_a_date_is_not_part_of_it(nlp, text, told, iso):
    found = events(nlp, text)
    assert len(found) == 1, [i.text for i in found]
    assert found[0].date is not None
    assert (found[0].date.text, found[0].date.iso) == (told, iso)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a script's or bulletin's header dates it; its "yesterday" and "overnight" are
        # told from that day
        (
            "RADIO NEWS SCRIPT – Tuesday 12 May 2026, 07:00\n\nAt about nine o'clock "
            "yesterday evening, a fire broke out at an electricity substation in Peitz.",
            "2026-05-11",
        ),
        (
            "Morning news, 12 May 2026\n\nPolice say a fire that cut power to thousands of "
            "homes overnight was started deliberately. The blaze at a substation in Cottbus "
            "was reported at 2 a.m.",
            "2026-05-12",
        ),
        # look-alike: no header, no publication day: no year, no iso
        (
            "At about nine o'clock yesterday evening, a fire broke out at an electricity "
            "substation in Peitz.",
            None,
        ),
    ],
)
def test_a_header_dates_a_bulletin(nlp, text, iso):
    found = annotate_text(text, nlp).incidents
    assert len(found) == 1, [i.text for i in found]
    assert (found[0].date.iso if found[0].date else None) == iso
