"""Round 19 of the incident rules: dates. A date the clause names in full
(", on 18 February") beats a count of days from another event ("Four days
after the fire"), in any order of telling; a bare weekday does not (which
Sunday, the count says). Sentences written for these tests (not from any
corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

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
